/**
 * Issue 17 (3)–(4) on the rendered PDFs (pdftotext): every document kind in both languages — each half in its
 * own language (footers and page numbers included), no gap after a hyphen («комплаенс- контроля»), no «(-ая)».
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { confirmationLetterPdf, destructionActPdf, extensionNoticePdf, refusalLetterPdf } from '../../../shared/documents';
import type { LanguageChoice } from '../../../shared/documents';
import { renderPdf } from '../../fixtures/documents/pdf-node';
import {
  confirmations,
  destructionAct,
  extensionRu,
  refusalIdentityRu,
  refusalLftKk,
  refusalQiwiRu,
  RU_SUBJECT_REQUEST,
} from '../../fixtures/documents/sample-data';
import { KAZAKH_ONLY, RUSSIAN_ONLY, HYPHEN_GAP } from '../../fixtures/documents/language-markers';

const HAS_PDFTOTEXT = spawnSync('pdftotext', ['-v']).error === undefined;
const dir = mkdtempSync(join(tmpdir(), 'qorgau-halves-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** The text of each page (pdftotext -raw; pages split at form feeds), spaces folded. */
const pagesOf = async (definition: TDocumentDefinitions): Promise<string[]> => {
  n += 1;
  const file = join(dir, `doc-${n}.pdf`);
  writeFileSync(file, await renderPdf(definition));
  const out = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(out.status).toBe(0);
  return out.stdout
    .split('\f')
    .slice(0, -1)
    .map((p) => p.replace(/[\s\u00a0]+/gu, ' '));
};

const viaRepresentative = {
  ...refusalQiwiRu,
  request: {
    ...RU_SUBJECT_REQUEST,
    representative: {
      fullName: 'Ким Ольга Викторовна',
      authority: { kind: 'power-of-attorney' as const, number: '12', date: '2026-06-20' },
      contact: 'e-mail: advocate.kim@example.kz',
    },
  },
};

const DOCUMENTS: readonly { name: string; pdf: (choice: LanguageChoice) => TDocumentDefinitions }[] = [
  { name: 'partial refusal (RF subject)', pdf: (c) => refusalLetterPdf(refusalQiwiRu, c) },
  { name: 'refusal to a representative', pdf: (c) => refusalLetterPdf(viaRepresentative, c) },
  { name: 'refusal (KZ borrower)', pdf: (c) => refusalLetterPdf(refusalLftKk, c) },
  { name: 'full refusal', pdf: (c) => refusalLetterPdf(refusalIdentityRu, c) },
  ...(['blocked', 'unblocked', 'corrected', 'destroyed'] as const).map((action) => ({
    name: `confirmation ${action}`,
    pdf: (c: LanguageChoice) => confirmationLetterPdf(confirmations[action], c),
  })),
  { name: 'extension notice', pdf: (c) => extensionNoticePdf(extensionRu, c) },
  { name: 'destruction act (3 subjects)', pdf: (c) => destructionActPdf(destructionAct(3), c) },
  { name: 'batch destruction act (40 subjects)', pdf: (c) => destructionActPdf(destructionAct(40), c) },
];

describe.runIf(HAS_PDFTOTEXT)('bilingual PDFs: one language per half, no hyphen gaps', () => {
  it.each(DOCUMENTS)('$name', async ({ pdf }) => {
    const kkPages = (await pagesOf(pdf('kk'))).length;
    const pages = await pagesOf(pdf('both'));
    expect(pages.length).toBeGreaterThan(kkPages);
    pages.forEach((page, i) => {
      const kk = i < kkPages;
      const where = `page ${i + 1} (${kk ? 'kk' : 'ru'}): ${page}`;
      expect(page, where).toMatch(kk ? /\d+-бет, барлығы \d+/u : /Стр\. \d+ из \d+/u);
      expect(page.match(kk ? RUSSIAN_ONLY : KAZAKH_ONLY) ?? [], where).toEqual([]);
      expect(page.match(HYPHEN_GAP) ?? [], where).toEqual([]);
      expect(page, where).not.toContain('(-ая)');
    });
  });
});
