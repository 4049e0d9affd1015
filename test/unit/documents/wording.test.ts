/** Issue 17 (5): the legal review's Kazakh and Russian corrections, ё in the documents' Russian, statutory phrases. */
import { describe, expect, it } from 'vitest';
import { formatKkInstantLocative } from '../../../shared/format';
import {
  buildConfirmationLetter,
  buildDestructionAct,
  buildExtensionNotice,
  buildRefusalLetter,
  documentText,
  elementText,
  LABELS,
} from '../../../shared/documents';
import { MESSAGES } from '../../../renderer/i18n/messages';
import { confirmations, destructionAct, extensionRu, refusalLftKk, refusalQiwiRu } from '../../fixtures/documents/sample-data';

/** Every interface string of a language (plural forms included). */
const allText = (messages: object): string =>
  Object.values(messages)
    .map((v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v)))
    .join('\n');

const everyRussianText = [
  documentText(buildRefusalLetter(refusalQiwiRu, 'ru')),
  documentText(buildRefusalLetter(refusalLftKk, 'ru')),
  ...(['blocked', 'unblocked', 'corrected', 'destroyed'] as const).map((a) => documentText(buildConfirmationLetter(confirmations[a], 'ru'))),
  documentText(buildExtensionNotice(extensionRu, 'ru')),
  documentText(buildDestructionAct(destructionAct(3), 'ru')),
  JSON.stringify(LABELS.ru, (_k, v: unknown) => (typeof v === 'function' ? String(v) : v)),
].join('\n');

describe('Kazakh wording', () => {
  it('the receipt time takes the locative: «2026 жылғы 1 шілдеде сағат 10:12-де … келіп түсті»', () => {
    expect(formatKkInstantLocative('2026-07-01T05:12:00Z', 'Asia/Almaty')).toBe('2026 жылғы 1 шілдеде сағат 10:12-де (UTC+05:00, Алматы)');
    expect(formatKkInstantLocative('2026-07-01T05:40:00Z', 'Asia/Almaty')).toMatch(/сағат 10:40-та /u);
    expect(formatKkInstantLocative('2026-07-01T05:00:00Z', 'Asia/Almaty')).toMatch(/сағат 10:00-де /u);
    expect(formatKkInstantLocative('2026-07-01T05:06:00Z', 'Asia/Almaty')).toMatch(/сағат 10:06-да /u);
    expect(formatKkInstantLocative('2026-09-01T05:03:00Z', 'Asia/Almaty')).toMatch(/1 қыркүйекте сағат 10:03-те /u);
    expect(elementText(buildRefusalLetter(refusalLftKk, 'kk'), 'request-reference')).toMatch(
      /2026 жылғы 2 шілдеде сағат 14:40-та \(UTC\+05:00, Алматы\) .* келіп түсті\./u,
    );
  });

  it('the act is cited with the attributive date, and its annex is «1-қосымша»', () => {
    const kk = documentText(buildConfirmationLetter(confirmations.destroyed, 'kk'));
    expect(kk).toContain('Жою актісі: 2026 жылғы 14 шілдедегі № QK-А-2026/014');
    const act = documentText(buildDestructionAct(destructionAct(3), 'kk'));
    expect(act).toContain('2026 жылғы 14 шілдедегі № QK-А-2026/014 актіге 1-қосымша');
    expect(act).toContain('актіге 1-қосымша;');
    expect(act).not.toContain('№ 1 қосымша');
    expect(act).toContain('талаптардың 3-тармағында көзделген мәліметтерді қамтиды');
    expect(act).toContain('жойылғанын растау үшін жасалды');
  });

  it('the sections of a reasoned answer, the DPO as «жауапты тұлға» (Art. 25 p.3), «дәлелді жауап» (Art. 25 p.2 sub.7)', () => {
    const kk = documentText(buildRefusalLetter(refusalLftKk, 'kk'));
    expect(kk).toContain('2. Өтініштің орындалған бөлігі');
    expect(kk).toContain('3. Бас тартылған бөлігі және бас тарту негіздері');
    expect(kk).toContain('Дербес деректерді өңдеуді ұйымдастыруға жауапты тұлға:');
    expect(kk).toContain('ДӘЛЕЛДІ ЖАУАП');
    expect(kk).not.toMatch(/жауапты адам|Не орындалды|Неден бас тартылды/u);
    // «уәжді бас тарту» only where Art. 8 p.7 (consent withdrawal) is cited
    for (const m of kk.matchAll(/уәжді бас тарту/gu)) expect(kk.slice(Math.max(0, m.index - 40), m.index)).toContain('8-бабының 7-тармағы');
  });

  it('the interface: Kazakh is the state language, Russian is used officially; a scan is a «скан-көшірме»; placeholders need no case ending', () => {
    const kk = allText(MESSAGES.kk);
    expect(kk).not.toMatch(/екі мемлекеттік тілде|сканер|уәжді бас тарту|\{max\} (дейін|артық|асады)/u);
    expect(kk).toContain('қазақ және орыс тілдерінде');
    expect(allText(MESSAGES.ru)).not.toMatch(/обоих государственных языках|более новой Qorgau/u);
    expect(allText(MESSAGES.en)).not.toMatch(/both state languages|\bauthorized\b|\bcanceled\b|organization/u);
  });
});

describe('Russian wording', () => {
  it('ё in the documents, as in the interface', () => {
    expect(everyRussianText).not.toMatch(
      /(?<![\p{L}])(еще|путем|счете|трех|четвертый|Продленный|соблюден|Внесенные|приеме|истек|платежная|расчетах)(?![\p{L}])/iu,
    );
    expect(everyRussianText).toContain('Срок уничтожения соблюдён');
  });

  it('the act confirms the destruction and contains what Order 179 p.3 requires', () => {
    const ru = documentText(buildDestructionAct(destructionAct(3), 'ru'));
    expect(ru).toContain('Настоящий акт составлен в подтверждение уничтожения персональных данных');
    expect(ru).toContain(
      'Акт содержит сведения, предусмотренные п. 3 Требований к подтверждению уничтожения персональных данных, утв. приказом Роскомнадзора от 28.10.2022 № 179',
    );
    expect(ru).not.toMatch(/составлен о том|п\. 3 документа/u);
  });

  it('no «(-ая)» anywhere', () => {
    expect(everyRussianText).not.toContain('(-ая)');
  });
});
