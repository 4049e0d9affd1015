/**
 * pdfmake in the renderer. The Liberation Serif TTFs shipped in resources/fonts are bundled as assets
 * (Vite `?url`: relative URLs, so the same code works from app://qorgau/ and from a plain HTTP server),
 * fetched once and handed to pdfmake's virtual file system; pdfkit embeds each font as a subset of the
 * glyphs a document uses. pdfmake itself is loaded on first use (its own chunk). No eval: the CSP holds.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import boldItalicUrl from '../../../resources/fonts/LiberationSerif-BoldItalic.ttf?url';
import boldUrl from '../../../resources/fonts/LiberationSerif-Bold.ttf?url';
import italicUrl from '../../../resources/fonts/LiberationSerif-Italic.ttf?url';
import regularUrl from '../../../resources/fonts/LiberationSerif-Regular.ttf?url';
import { FONT_FILES, pdfmakeFonts } from '../../../shared/documents/fonts';
import { breakLongWords } from '../../../shared/format/break-long-words';
import type * as PdfMakeModule from 'pdfmake/build/pdfmake';

type PdfMake = typeof PdfMakeModule;

const FONT_URLS: Readonly<Record<keyof typeof FONT_FILES, string>> = {
  normal: regularUrl,
  bold: boldUrl,
  italics: italicUrl,
  bolditalics: boldItalicUrl,
};

const toBase64 = (bytes: Uint8Array): string => {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
};

async function fetchFont(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`font ${url}: HTTP ${response.status}`);
  return toBase64(new Uint8Array(await response.arrayBuffer()));
}

async function load(): Promise<PdfMake> {
  const entries = Object.entries(FONT_URLS) as [keyof typeof FONT_FILES, string][];
  const [module, fonts] = await Promise.all([
    import('pdfmake/build/pdfmake'),
    Promise.all(entries.map(async ([style, url]) => [FONT_FILES[style], await fetchFont(url)] as const)),
  ]);
  // The UMD bundle arrives as a CommonJS default export.
  const pdfMake = (module as { default?: PdfMake }).default ?? module;
  pdfMake.addVirtualFileSystem(Object.fromEntries(fonts));
  pdfMake.setFonts(pdfmakeFonts((file) => file));
  return pdfMake;
}

let ready: Promise<PdfMake> | undefined;

/** Renders a document definition to PDF bytes. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Uint8Array> {
  ready ??= load().catch((error: unknown) => {
    ready = undefined;
    throw error;
  });
  const pdfMake = await ready;
  // Long unbroken words are broken first: pdfmake lays one out letter by letter (issue 16 finding 9).
  const buffer = await pdfMake.createPdf(breakLongWords(definition)).getBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
