/**
 * Every issued PDF prints the audit trail's anchor at issue — the position and the first hex digits of the
 * head hash (shared/audit/anchor.ts) — as a second footer line on every page of every section.
 */
import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { anchorLine, type AuditAnchor } from '../audit/anchor';

const anchorContent = (anchor: AuditAnchor): Content => ({ text: anchorLine(anchor), fontSize: 7, color: '#555555', margin: [72, 2, 48, 0] });

const withLine =
  (footer: DynamicContent | Content | undefined, anchor: AuditAnchor): DynamicContent =>
  (page, pages, size) => {
    const own = typeof footer === 'function' ? footer(page, pages, size) : footer;
    return own === undefined || own === null ? anchorContent(anchor) : { stack: [own, anchorContent(anchor)] };
  };

/** The definition with the anchor line under each section's footer (or as the footer where there is none). */
export function stampAnchor(definition: TDocumentDefinitions, anchor: AuditAnchor): TDocumentDefinitions {
  const content = Array.isArray(definition.content) ? definition.content : [definition.content];
  const sections = content.every((item) => typeof item === 'object' && item !== null && 'section' in item);
  if (sections) {
    return {
      ...definition,
      content: content.map((item) => {
        const section = item as unknown as { readonly footer?: DynamicContent | Content } & Record<string, unknown>;
        return { ...section, footer: withLine(section.footer, anchor) } as unknown as Content;
      }),
    };
  }
  return { ...definition, footer: withLine(definition.footer, anchor) };
}
