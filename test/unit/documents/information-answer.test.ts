/** The information answer carries every element of legal-reference §11.3 for the jurisdiction, from the ticked activities. */
import { describe, expect, it } from 'vitest';
import { documentText, missingElements } from '../../../shared/documents/document-model';
import { MANDATORY_ELEMENTS } from '../../../shared/documents/elements';
import { buildInformationAnswer, type InformationAnswerInput } from '../../../shared/documents/information-answer';
import { informationAnswerPdf } from '../../../shared/documents/pdf-definitions';
import { STARTERS } from '../../../shared/processing/starters';
import { renderPdf } from '../../fixtures/documents/pdf-node';
import { KZ_BORROWER_REQUEST, LFT, RU_SUBJECT_REQUEST } from '../../fixtures/documents/sample-data';

const mfo = STARTERS['microfinance-organisation'];
const input = (request = KZ_BORROWER_REQUEST): InformationAnswerInput => ({
  org: LFT,
  request,
  outgoing: { number: 'LFT/DPO/2026-0042', date: '2026-12-01' },
  register: { version: 2, effectiveFrom: '2026-12-01' },
  activities: mfo.filter((a) => a.id === 'microloan-contract' || a.id === 'aml-fraud'),
});

describe('information answer', () => {
  it('KZ, Kazakh: confirmation, purposes with bases, sources, methods, data, terms, recipients, transfers, systems, rights, DPO; cites the register version', () => {
    const model = buildInformationAnswer(input(), 'kk');
    expect(missingElements(model, MANDATORY_ELEMENTS['information-answer'])).toEqual([]);
    const text = documentText(model);
    for (const part of [
      'Біз Сіздің дербес деректеріңізді өңдейтінімізді растаймыз',
      'Өңдеу мақсаттары және құқықтық негіздері',
      'Деректердің көздері',
      'Жинау және өңдеу тәсілдері',
      'Өңделетін дербес деректер тізбесі',
      '5 жыл қатынастар аяқталғаннан бастап',
      '5 жыл операция жасалған күннен бастап',
      'Бірінші кредиттік бюро',
      'Трансшекаралық беру жүзеге асырылмайды',
      'МҚҰ есептік жүйесі',
      '2-нұсқа',
    ]) {
      expect(text, part).toContain(part);
    }
  });

  it('RF citizen, Russian: the eleven items of Art. 14 p.7, numbered', () => {
    const text = documentText(buildInformationAnswer(input(RU_SUBJECT_REQUEST), 'ru'));
    for (let item = 1; item <= 11; item++) expect(text).toMatch(new RegExp(`(^|\\n)${item}\\. `));
    expect(text).toContain('ч. 3, 7 ст. 14 Федерального закона № 152-ФЗ');
    expect(text).toContain('5 лет с окончания отношений');
    expect(text).toContain('версия 2, действует с 01.12.2026');
  });

  it('refuses an answer without any activity, and renders a PDF', async () => {
    expect(() => buildInformationAnswer({ ...input(), activities: [] }, 'kk')).toThrow(/activity/);
    const bytes = await renderPdf(informationAnswerPdf(input(RU_SUBJECT_REQUEST), 'ru'));
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
