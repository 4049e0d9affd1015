import { describe, expect, it } from 'vitest';
import {
  DocumentInputError,
  MANDATORY_ELEMENTS,
  buildConfirmationLetter,
  buildDestructionAct,
  buildExtensionNotice,
  buildRefusalLetter,
  documentText,
  elementText,
  languagesFor,
  missingElements,
  refusalLetterPdf,
} from '../../../shared/documents';
import type { DocLanguage, DocumentKind, DocumentModel } from '../../../shared/documents';
import {
  KZ_BORROWER_REQUEST,
  LFT,
  QIWI,
  confirmations,
  destructionAct,
  extensionRu,
  ground,
  refusalIdentityRu,
  refusalLftKk,
  refusalQiwiRu,
} from '../../fixtures/documents/sample-data';

const LANGS: readonly DocLanguage[] = ['kk', 'ru'];

const DOCUMENTS: readonly { name: string; kind: DocumentKind; build: (lang: DocLanguage) => DocumentModel }[] = [
  { name: 'partial refusal, RF subject (QIWI)', kind: 'refusal-letter', build: (l) => buildRefusalLetter(refusalQiwiRu, l) },
  { name: 'refusal, KZ borrower (MFO)', kind: 'refusal-letter', build: (l) => buildRefusalLetter(refusalLftKk, l) },
  { name: 'full refusal, identity not confirmed', kind: 'refusal-letter', build: (l) => buildRefusalLetter(refusalIdentityRu, l) },
  ...(['blocked', 'unblocked', 'corrected', 'destroyed'] as const).map((action) => ({
    name: `confirmation: ${action}`,
    kind: 'confirmation-letter' as const,
    build: (l: DocLanguage) => buildConfirmationLetter(confirmations[action], l),
  })),
  { name: 'RF extension notice', kind: 'extension-notice', build: (l) => buildExtensionNotice(extensionRu, l) },
  { name: 'destruction act, 3 subjects', kind: 'destruction-act', build: (l) => buildDestructionAct(destructionAct(3), l) },
];

describe.each(LANGS)('every mandatory element is present (%s)', (lang) => {
  it.each(DOCUMENTS.map((d) => [d.name, d] as const))('%s', (_name, doc) => {
    const model = doc.build(lang);
    expect(model.kind).toBe(doc.kind);
    expect(model.language).toBe(lang);
    expect(missingElements(model, MANDATORY_ELEMENTS[doc.kind])).toEqual([]);
  });
});

describe('reasoned refusal — legal-reference §6', () => {
  const ru = buildRefusalLetter(refusalQiwiRu, 'ru');
  const kk = buildRefusalLetter(refusalQiwiRu, 'kk');

  it('1. operator name, BIN, address and DPO contacts', () => {
    for (const m of [ru, kk]) {
      expect(elementText(m, 'operator-name')).toContain('«QIWI Kazakhstan» ЖШС');
      expect(elementText(m, 'operator-name')).toContain('ТОО «QIWI Kazakhstan»');
      expect(elementText(m, 'operator-bin')).toContain('060640010247');
      expect(elementText(m, 'operator-address')).toContain('050059');
      expect(elementText(m, 'dpo-contacts')).toContain(QIWI.dpo.name);
      expect(elementText(m, 'dpo-contacts')).toContain('kzps@qiwi.com');
      expect(elementText(m, 'dpo-contacts')).toContain(QIWI.dpo.phone);
    }
    expect(elementText(ru, 'operator-bin')).toContain('БИН 060640010247');
    expect(elementText(kk, 'operator-bin')).toContain('БСН 060640010247');
    expect(elementText(ru, 'dpo-contacts')).toContain('Лицо, ответственное за организацию обработки персональных данных');
    expect(elementText(kk, 'dpo-contacts')).toContain('Дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға');
  });

  it('2. outgoing number and date; reference to the request with receipt time (zone) and channel', () => {
    expect(elementText(ru, 'outgoing-number')).toBe('Исх. № QK/DPO/2026/0123');
    expect(elementText(ru, 'outgoing-date')).toBe('от 08.07.2026');
    expect(elementText(kk, 'outgoing-number')).toBe('Шығыс № QK/DPO/2026/0123');
    expect(elementText(kk, 'outgoing-date')).toBe('2026 жылғы 8 шілде');
    expect(elementText(ru, 'request-reference')).toContain('На обращение № DSR-2026-000123 (вх. № 1047) от 01.07.2026');
    expect(elementText(ru, 'request-reference')).toContain('01.07.2026 10:12 (UTC+05:00, Алматы) по электронной почте');
    expect(elementText(kk, 'request-reference')).toContain('2026 жылғы 1 шілдедегі № DSR-2026-000123 өтінішке (кіріс № 1047)');
    expect(elementText(kk, 'request-reference')).toContain('2026 жылғы 1 шілдеде сағат 10:12-де (UTC+05:00, Алматы) электрондық пошта арқылы');
  });

  it('3. subject identified by name and masked IIN only', () => {
    const borrower = buildRefusalLetter(refusalLftKk, 'kk');
    expect(elementText(borrower, 'subject-identification')).toContain('Оспанова Гүлнар Болатқызы');
    expect(elementText(borrower, 'subject-identification')).toContain('ЖСН: ********0152');
    expect(documentText(borrower)).not.toContain(KZ_BORROWER_REQUEST.subject.iin);
    // salutation follows the sex encoded in the IIN
    expect(documentText(buildRefusalLetter(refusalLftKk, 'ru'))).toContain('Уважаемая Гүлнар Болатқызы!');
    expect(documentText(borrower)).toContain('Құрметті Гүлнар Болатқызы!');
  });

  it('4. what was asked, what is provided and what exactly is refused', () => {
    expect(elementText(ru, 'request-summary')).toContain('уничтожить Ваши персональные данные');
    expect(elementText(kk, 'request-summary')).toContain('дербес деректеріңізді жою');
    expect(elementText(ru, 'provided-scope')).toContain('обработка данных в этих целях прекращена');
    expect(elementText(ru, 'refused-scope')).toContain('истории операций по кошельку');
    expect(elementText(kk, 'refused-scope')).toContain('операциялар тарихын жою');
    const full = buildRefusalLetter(refusalIdentityRu, 'ru');
    expect(elementText(full, 'provided-scope')).toBe('Обращение не исполнено ни в какой части; основания приведены ниже.');
    expect(elementText(buildRefusalLetter(refusalIdentityRu, 'kk'), 'provided-scope')).toBe(
      'Өтініш ешбір бөлігінде орындалмады; негіздері төменде келтірілген.',
    );
  });

  it('5. each ground with its pinpoint article, in the letter language', () => {
    for (const [m, lang] of [
      [ru, 'ru'],
      [kk, 'kk'],
    ] as const) {
      for (const g of refusalQiwiRu.grounds) {
        expect(elementText(m, 'legal-grounds')).toContain(g.text[lang]);
        expect(elementText(m, 'legal-grounds')).toContain(g.citation[lang]);
      }
    }
    expect(elementText(ru, 'legal-grounds')).toContain('ст. 11 п. 4; ст. 3 п. 1 пп. 12)');
    expect(elementText(kk, 'legal-grounds')).toContain('Негізі: «Қылмыстық жолмен алынған');
    expect(elementText(ru, 'statutory-basis')).toContain('пп. 7) п. 2 ст. 25');
    expect(elementText(ru, 'statutory-basis')).toContain('п. 7 ст. 8'); // consent withdrawal → reasoned refusal
    expect(elementText(ru, 'statutory-basis')).toContain('ч. 2 ст. 20 Федерального закона № 152-ФЗ');
    expect(elementText(kk, 'statutory-basis')).toContain('уәжді бас тарту');
  });

  it('6. what was done instead: measure, from, until; date after which data are destroyed', () => {
    expect(elementText(ru, 'measures-taken')).toContain('Доступ к персональным данным ограничен');
    expect(elementText(ru, 'measures-taken')).toContain('03.07.2026 11:00 (UTC+05:00, Алматы)');
    expect(elementText(ru, 'measures-taken')).toContain('03.07.2031');
    expect(elementText(kk, 'measures-taken')).toContain('Дербес деректерге қол жеткізу шектелді');
    expect(elementText(kk, 'measures-taken')).toContain('2031 жылғы 3 шілде');
    expect(elementText(ru, 'destruction-date')).toBe('Дата, после которой данные будут уничтожены: 03.07.2031');
    expect(elementText(kk, 'destruction-date')).toBe('Деректер мына күннен кейін жойылады: 2031 жылғы 3 шілде');
    expect(elementText(buildRefusalLetter(refusalIdentityRu, 'ru'), 'measures-taken')).toBe('Иных действий с Вашими персональными данными не производилось.');
  });

  it('7. right to appeal: KZ authorized body, local executive body, court; RF subjects also Roskomnadzor', () => {
    const appealRu = elementText(ru, 'appeal-rights');
    expect(appealRu).toContain(QIWI.authorizedBody.name.ru);
    expect(appealRu).toContain('пп. 3)–5) п. 1 ст. 27-1 Закона РК № 94-V');
    expect(appealRu).toContain('Акимат города Алматы');
    expect(appealRu).toContain('пп. 1) и 4) п. 2 ст. 27');
    expect(appealRu).toContain('в суд');
    expect(appealRu).toContain('ст. 30 Закона РК № 94-V');
    expect(appealRu).toContain('Роскомнадзор');
    expect(appealRu).toContain('109992, г. Москва');
    expect(appealRu).toContain('ст. 17 Федерального закона от 27.07.2006 № 152-ФЗ');
    const appealKk = elementText(kk, 'appeal-rights');
    expect(appealKk).toContain(QIWI.authorizedBody.name.kk);
    expect(appealKk).toContain('27-1-бабы 1-тармағының 3)–5) тармақшалары');
    expect(appealKk).toContain('сотқа');
    expect(appealKk).toContain('Роскомнадзор');

    const kzOnly = elementText(buildRefusalLetter(refusalLftKk, 'kk'), 'appeal-rights');
    expect(kzOnly).not.toContain('Роскомнадзор');
    expect(kzOnly).toContain('жергілікті атқарушы органына (');
  });

  it('8. signature block: position, name, signature line with ЭЦП / ЭЦҚ', () => {
    expect(elementText(ru, 'signature')).toContain('С уважением,');
    expect(elementText(ru, 'signature')).toContain(`${QIWI.dpo.position.ru} ____________ ${QIWI.dpo.name} (подпись / ЭЦП)`);
    expect(elementText(kk, 'signature')).toContain('Құрметпен,');
    expect(elementText(kk, 'signature')).toContain('(қолы / ЭЦҚ)');
  });

  it('speaks only the language chosen (apart from the bilingual letterhead)', () => {
    const body = (m: DocumentModel) => documentText({ ...m, blocks: m.blocks.filter((b) => b.kind !== 'letterhead') });
    expect(body(kk)).not.toMatch(/обращени|Уважаем|Основание:/u);
    expect(body(ru)).not.toMatch(/өтініш|Құрметті|Негізі:/u);
  });

  it('refuses to build a refusal without grounds or without saying what is refused', () => {
    expect(() => buildRefusalLetter({ ...refusalQiwiRu, grounds: [] }, 'ru')).toThrow(DocumentInputError);
    expect(() => buildRefusalLetter({ ...refusalQiwiRu, refused: [] }, 'kk')).toThrow(/refused/);
  });
});

describe('confirmation letters — Law 94-V Art. 25 p.2 sub.8', () => {
  const paragraphs = {
    corrected: ['второй', 'екінші'],
    blocked: ['третий', 'үшінші'],
    destroyed: ['четвёртый', 'төртінші'],
    unblocked: ['пятый', 'бесінші'],
  } as const;

  it.each(Object.entries(paragraphs))('%s cites its paragraph of sub.8 and the time of the action', (action, [ruWord, kkWord]) => {
    const input = confirmations[action as keyof typeof confirmations];
    const ru = buildConfirmationLetter(input, 'ru');
    const kk = buildConfirmationLetter(input, 'kk');
    expect(elementText(ru, 'statutory-basis')).toContain(`ст. 25 п. 2 пп. 8) абз. ${ruWord}`);
    expect(elementText(kk, 'statutory-basis')).toContain(`8) тармақшасының ${kkWord} абзацы`);
    expect(elementText(ru, 'action-time')).toMatch(/\d{2}\.\d{2}\.2026 \d{2}:\d{2} \(UTC\+05:00, Алматы\)/u);
    expect(elementText(kk, 'action-time')).toMatch(/2026 жылғы \d+ шілде, \d{2}:\d{2} \(UTC\+05:00, Алматы\)/u);
  });

  it('blocked: says what blocking suspends (Art. 1 sub.3); destroyed: irreversibility (Art. 1 sub.6) and the act', () => {
    expect(documentText(buildConfirmationLetter(confirmations.blocked, 'kk'))).toContain('1-бабының 3) тармақшасы');
    const destroyed = buildConfirmationLetter(confirmations.destroyed, 'ru');
    expect(documentText(destroyed)).toContain('исключающим возможность их восстановления (пп. 6) ст. 1 Закона РК № 94-V)');
    expect(documentText(destroyed)).toContain('Акт об уничтожении: № QK-А-2026/014 от 14.07.2026');
    expect(elementText(destroyed, 'statutory-basis')).toContain('152-ФЗ'); // RF subject
    expect(elementText(buildConfirmationLetter(confirmations.blocked, 'ru'), 'statutory-basis')).not.toContain('152-ФЗ');
  });
});

describe('RF extension notice — 152-FZ Art. 14 part 3, Art. 20 parts 1–2', () => {
  it('states reasons and both deadlines in Almaty and Moscow time', () => {
    const ru = buildExtensionNotice(extensionRu, 'ru');
    expect(elementText(ru, 'original-deadline')).toContain('15.07.2026 18:00 (UTC+05:00, Алматы) = 15.07.2026 16:00 (UTC+03:00, Москва)');
    expect(elementText(ru, 'new-deadline')).toContain('22.07.2026 18:00 (UTC+05:00, Алматы)');
    expect(elementText(ru, 'statutory-basis')).toContain('ч. 3 ст. 14, ч. 1–2 ст. 20');
    expect(elementText(ru, 'extension-reasons')).toContain('извлечение из архива');
    const kk = buildExtensionNotice(extensionRu, 'kk');
    expect(elementText(kk, 'new-deadline')).toContain('2026 жылғы 22 шілде, 18:00 (UTC+05:00, Алматы) = 2026 жылғы 22 шілде, 16:00 (UTC+03:00, Мәскеу)');
    expect(elementText(kk, 'statutory-basis')).toContain('14-бабының 3-бөлігі, 20-бабының 1–2-бөліктері');
  });

  it('exists only for RF subjects, with a later deadline and reasons', () => {
    expect(() => buildExtensionNotice({ ...extensionRu, request: KZ_BORROWER_REQUEST }, 'kk')).toThrow(DocumentInputError);
    expect(() => buildExtensionNotice({ ...extensionRu, newDeadline: extensionRu.originalDeadline }, 'ru')).toThrow(/later/);
    expect(() => buildExtensionNotice({ ...extensionRu, reasons: [] }, 'ru')).toThrow(/reasons/);
  });
});

describe('destruction act — Order 179 p.3 а–к and the KZ internal form', () => {
  const input = destructionAct(3);
  const ru = buildDestructionAct(input, 'ru');
  const kk = buildDestructionAct(input, 'kk');

  it('а) operator name and address; б) processor; в) subjects; г) who destroyed, with position and signature line', () => {
    expect(elementText(ru, 'operator-name')).toContain('ТОО «QIWI Kazakhstan»');
    expect(elementText(ru, 'operator-address')).toContain('г. Алматы, ул. Козыбаева, 212');
    expect(elementText(ru, 'processor')).toContain('ООО «Ключевые Бизнес Решения»');
    const subjects = elementText(ru, 'subjects');
    for (const s of input.subjects) {
      expect(subjects).toContain(s.fullName);
      expect(subjects).toContain(s.identifier.ru);
    }
    expect(elementText(ru, 'destroyed-by')).toContain('Системный администратор ____________ Ким Александр Викторович (подпись / ЭЦП)');
    expect(elementText(kk, 'destroyed-by')).toContain('Жүйелік әкімші ____________ Ким Александр Викторович (қолы / ЭЦҚ)');
  });

  it('д) categories; е) paper carriers with sheets; ж) information systems; з) method; и) reason; к) date', () => {
    expect(elementText(ru, 'data-categories')).toContain('маркетинговый профиль');
    expect(elementText(ru, 'paper-carriers')).toContain('Заявления-согласия (на бумаге) — 3 л.');
    expect(elementText(kk, 'paper-carriers')).toContain('Келісім-өтініштер (қағаз түрінде) — 3 парақ');
    expect(elementText(ru, 'information-systems')).toContain('Процессинг «QIWI Әмиян»');
    expect(elementText(ru, 'destruction-method')).toContain('удаление записей из базы данных');
    expect(elementText(ru, 'destruction-method')).toContain('шредирование');
    expect(elementText(ru, 'destruction-reason')).toContain('отзыв субъектом согласия');
    expect(elementText(ru, 'destruction-time')).toContain('14.07.2026 17:00 (UTC+05:00, Алматы)');
  });

  it('KZ form: number, date, place, BIN, ground by article, case and receipt date, exceptions, commission, deadline', () => {
    expect(elementText(ru, 'act-number')).toContain('АКТ № QK-А-2026/014');
    expect(elementText(ru, 'act-date')).toBe('14.07.2026');
    expect(elementText(kk, 'act-date')).toBe('2026 жылғы 14 шілде');
    expect(elementText(ru, 'act-place')).toBe('г. Алматы');
    expect(elementText(kk, 'act-place')).toBe('Алматы қ.');
    expect(elementText(ru, 'operator-bin')).toContain('060640010247');
    expect(elementText(ru, 'legal-ground')).toContain('ст. 8 п. 7, ст. 24 п. 1 пп. 5) Закона РК № 94-V');
    expect(elementText(ru, 'case-reference')).toContain('№ DSR-2026-000123 от 01.07.2026');
    expect(elementText(kk, 'case-reference')).toContain('2026 жылғы 1 шілдедегі № DSR-2026-000123');
    expect(elementText(ru, 'retained-exceptions')).toContain('данные надлежащей проверки и история операций — Закон РК от 28.08.2009 № 191-IV');
    expect(elementText(ru, 'commission')).toMatch(/^Комиссия:\nПредседатель комиссии/u); // chair first
    expect(elementText(ru, 'commission')).toContain('Ғабитов Өркен Қайратұлы');
    expect(elementText(ru, 'deadline-met')).toContain('да (срок — до 22.07.2026 18:00 (UTC+05:00, Алматы))');
    expect(elementText(kk, 'deadline-met')).toContain('иә (мерзімнің соңы: 2026 жылғы 22 шілде');
    const late = buildDestructionAct({ ...input, dueBy: '2026-07-10T13:00:00Z', lateReason: { kk: 'кешігу себебі', ru: 'причина опоздания' } }, 'ru');
    expect(elementText(late, 'deadline-met')).toBe('Срок уничтожения соблюдён: нет (срок — до 10.07.2026 18:00 (UTC+05:00, Алматы)); причина опоздания');
  });

  it('event-log annex: one row per log entry with the zone in the header; Order 179 and 3-year note for RF data', () => {
    const annex = elementText(ru, 'event-log-annex');
    expect(annex).toContain('Приложение № 2 к акту № QK-А-2026/014 от 14.07.2026');
    expect(annex).toContain('Дата и время (UTC+05:00, Алматы)');
    expect(annex).toContain('14.07.2026 16:00:00 | svc-retention (Ким А. В.) | DELETE client_profile');
    expect(annex.split('\n').filter((line) => line.includes('Процессинг') || line.includes('Backup Vault'))).toHaveLength(input.eventLog.length);
    expect(documentText(ru)).toContain('приказом Роскомнадзора от 28.10.2022 № 179');
    expect(documentText(ru)).toContain('хранятся три года');
    expect(documentText(buildDestructionAct({ ...input, includesRfSubjects: false }, 'ru'))).not.toContain('Роскомнадзора');
  });

  // How fast: pdf_act_model_1000_subjects_ms in `npm run bench` (test/bench/pdf.bench.ts), not here.
  it('1 000 subjects: one model, one table row each', () => {
    const model = buildDestructionAct(destructionAct(1000), 'ru');
    const table = model.blocks.find((b) => b.kind === 'table' && b.element === 'subjects');
    expect(table?.kind === 'table' ? table.rows.length : 0).toBe(1000);
  });

  it('refuses an act that identifies nobody, names no executor or no commission', () => {
    expect(() => buildDestructionAct({ ...input, subjects: [] }, 'ru')).toThrow(/subjects/);
    expect(() => buildDestructionAct({ ...input, destroyedBy: [] }, 'ru')).toThrow(/destroyedBy/);
    expect(() => buildDestructionAct({ ...input, commission: [] }, 'ru')).toThrow(/commission/);
  });
});

describe('language choice', () => {
  it("'both' prints Kazakh first, then Russian, each in its own section", () => {
    expect(languagesFor('both')).toEqual(['kk', 'ru']);
    expect(languagesFor('ru')).toEqual(['ru']);
    const def = refusalLetterPdf(refusalLftKk, 'both');
    const content = def.content as { section?: unknown }[];
    expect(content).toHaveLength(2);
    expect(content.every((c) => c.section !== undefined)).toBe(true);
    expect(def.language).toBe('kk-KZ');
  });

  it('defaults to the language of the request', () => {
    expect(refusalLetterPdf(refusalLftKk).language).toBe('kk-KZ');
    expect(refusalLetterPdf(refusalQiwiRu).language).toBe('ru-RU');
  });

  it('an MFO profile without a logo still gets a letterhead', () => {
    const m = buildRefusalLetter({ ...refusalLftKk, org: { ...LFT }, grounds: [ground('kz-consent-unfulfilled-obligation')] }, 'kk');
    expect(m.blocks[0]?.kind).toBe('letterhead');
    expect(elementText(m, 'operator-name')).toContain('Микроқаржы ұйымы');
  });
});
