/**
 * Takes out of a text what could identify a person before it goes into a diagnostic report: long
 * digit runs (IIN/BIN are 12 digits; phone and document numbers), phone numbers written with
 * separators, e-mail addresses, and the user name in home-folder paths.
 */
const RULES: readonly (readonly [RegExp, string])[] = [
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu, '[e-mail]'],
  [/\+\d[\d ()-]{8,}\d/g, '[number]'],
  [/(?<!\d)8[ (]{0,2}\d{3}[ )]{0,2}\d{3}[ -]?\d{2}[ -]?\d{2}(?!\d)/g, '[number]'],
  [/\d{10,}/g, '[number]'],
  [/(\/home\/|\/Users\/|[A-Za-z]:\\Users\\)[^/\\\s]+/g, '$1[user]'],
];

export function redactPersonalData(text: string): string {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
