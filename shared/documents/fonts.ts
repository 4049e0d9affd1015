/**
 * The letter font: Liberation Serif 2.1 (Debian fonts-liberation2, SIL OFL 1.1; licence text in
 * resources/fonts/LICENSE-LiberationSerif.txt). Covers Cyrillic including every Kazakh letter
 * (Ә Ғ Қ Ң Ө Ұ Ү Һ І). Only file names live here: reading the bytes is the caller's job (a path in Node,
 * a virtual-file-system key or fetched bytes in the renderer).
 */
import type { TFontDictionary } from 'pdfmake/interfaces';

export const FONT_FAMILY = 'LiberationSerif';

export const FONT_FILES = {
  normal: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italics: 'LiberationSerif-Italic.ttf',
  bolditalics: 'LiberationSerif-BoldItalic.ttf',
} as const;

export type FontStyleKey = keyof typeof FONT_FILES;

/** Directory of the TTFs relative to the repository root (and to `resources` in the packaged app). */
export const FONT_DIRECTORY = 'resources/fonts';
export const FONT_LICENSE_FILE = 'LICENSE-LiberationSerif.txt';

/**
 * pdfmake font dictionary for FONT_FAMILY, each file name mapped by `locate` — e.g. to an absolute path in
 * Node (`(f) => path.join(fontsDir, f)`) or to the same name when the bytes are in pdfmake's virtual FS.
 */
export const pdfmakeFonts = (locate: (fileName: string) => string): TFontDictionary => ({
  [FONT_FAMILY]: {
    normal: locate(FONT_FILES.normal),
    bold: locate(FONT_FILES.bold),
    italics: locate(FONT_FILES.italics),
    bolditalics: locate(FONT_FILES.bolditalics),
  },
});
