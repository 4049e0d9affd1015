/**
 * Which stored files may be opened in a viewer, decided by their CONTENT, never by the name or the type the
 * file came with: a PDF begins with `%PDF-`, a PNG, JPEG or TIFF with its signature, a plain text is UTF-8
 * without control characters and does not begin with markup. Anything else — an executable renamed `.pdf`,
 * HTML, SVG, an Office file — is not opened: it can only be saved. Also the file names the app gives such a
 * file on disk: the name's base made harmless, the extension of what the content is.
 */

export const VIEWABLE_KINDS = ['pdf', 'png', 'jpeg', 'tiff', 'text'] as const;
export type ViewableKind = (typeof VIEWABLE_KINDS)[number];

/** The one extension a file of each kind gets on disk. */
export const VIEWABLE_EXTENSION: Readonly<Record<ViewableKind, string>> = { pdf: 'pdf', png: 'png', jpeg: 'jpg', tiff: 'tif', text: 'txt' };

/** The MIME type a viewer is told (the browser's new tab; never the type the file came with). */
export const VIEWABLE_MIME: Readonly<Record<ViewableKind, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  text: 'text/plain;charset=utf-8',
};

/** Kinds a browser tab shows itself (TIFF and text are downloaded instead). */
export const BROWSER_VIEWABLE: readonly ViewableKind[] = ['pdf', 'png', 'jpeg'];

/** Largest file opened or saved this way: the caps of request attachments and of signed scans (20 MB). */
export const MAX_VIEWABLE_BYTES = 20 * 1024 * 1024;

const startsWith = (bytes: Uint8Array, signature: readonly number[]): boolean => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** Plain text: valid UTF-8, no control characters but tab, line feed, carriage return and form feed, not markup. */
function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return false;
  // HTML, SVG or XML saved as text would be rendered as a page by some viewers: not opened.
  return !/^\uFEFF?\s*</.test(text);
}

/** What the bytes are, by their signature; undefined: not a kind that is opened. */
export function sniffViewableKind(bytes: Uint8Array): ViewableKind | undefined {
  if (bytes.length === 0) return undefined;
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (isPlainText(bytes)) return 'text';
  return undefined;
}

/** Extensions a saved file may keep when its content is none of the viewable kinds (the request's Word and e-mail files). */
const KEPT_EXTENSIONS = ['doc', 'docx', 'eml'] as const;

const MAX_BASE = 80;

/**
 * The name a stored file gets on disk. The base keeps letters, digits, spaces and `-_()` only (no dots, so no
 * second extension; no bidi controls, so `…fdp.exe` cannot pose as `….pdf`); the extension is the one of the
 * sniffed kind. A file of no viewable kind keeps a `.doc`, `.docx` or `.eml` extension, anything else ends in `.bin`.
 */
export function safeAttachmentName(requested: string, kind: ViewableKind | undefined): string {
  const normalized = requested.normalize('NFC').replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '');
  const dot = normalized.lastIndexOf('.');
  const ownExtension = dot > 0 ? normalized.slice(dot + 1).toLowerCase() : '';
  const hasExtension = /^[a-z0-9]{1,5}$/.test(ownExtension);
  const base = (hasExtension ? normalized.slice(0, dot) : normalized)
    .replace(/[^\p{L}\p{N} _()-]+/gu, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s_]+|[\s_]+$/g, '')
    .slice(0, MAX_BASE)
    .trim();
  const extension = kind !== undefined ? VIEWABLE_EXTENSION[kind] : (KEPT_EXTENSIONS as readonly string[]).includes(ownExtension) ? ownExtension : 'bin';
  // Windows reserves device names whatever the extension (CON.pdf is the console): such a base gets a suffix.
  const safeBase = base === '' ? 'file' : /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base) ? `${base}_file` : base;
  return `${safeBase}.${extension}`;
}

/**
 * The name a stored file is offered under when saved: as safeAttachmentName, except that an e-mail (`.eml`, plain
 * text by content) keeps its extension — saved, it is the message the subject sent; opened, it is shown as text.
 */
export function attachmentSaveName(requested: string, kind: ViewableKind | undefined): string {
  const name = safeAttachmentName(requested, kind);
  return kind === 'text' && /\.eml$/i.test(requested.trim()) ? name.replace(/\.txt$/, '.eml') : name;
}

/** The Save dialog's filter for a file of that kind (its one extension), or for the kept extension. */
export function attachmentFilter(fileName: string): { readonly name: string; readonly extensions: string[] } {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1);
  return { name: extension.toUpperCase(), extensions: [extension] };
}
