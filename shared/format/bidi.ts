/**
 * Bidirectional control characters in text a person typed or a file came with. In a file name they spoof
 * the extension: "invoice\u202Efdp.exe" (U+202E RIGHT-TO-LEFT OVERRIDE) is drawn as "invoiceexe.pdf". The
 * screens isolate user text (renderer/components/UserText.tsx) so it cannot reorder what is around it, and
 * show a file name that holds such characters flagged, each character made visible as its code point.
 */

/** LRE, RLE, PDF, LRO, RLO (U+202A–202E), LRI, RLI, FSI, PDI (U+2066–2069), LRM and RLM (U+200E/F). */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F]/g;

export function hasBidiControls(text: string): boolean {
  return text.search(BIDI_CONTROL) !== -1;
}

/** The text with each bidi control replaced by its code point in brackets ("invoice[U+202E]fdp.exe"). */
export function revealBidiControls(text: string): string {
  return text.replace(BIDI_CONTROL, (control) => `[U+${control.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
}
