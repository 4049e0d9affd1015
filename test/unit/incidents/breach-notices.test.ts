/**
 * The breach notices as document models, in Kazakh and Russian: every mandatory element is there (K8 with the
 * DPO's contacts and the K8a content; the 24- and 72-hour content of 152-FZ Art. 21 part 3.1), times are in
 * the zone of detection (and Moscow time to Roskomnadzor), and impossible input is refused naming the field.
 */
import { describe, expect, it } from 'vitest';
import {
  breachNoticeModel,
  buildBreachAuthorityNotice,
  buildBreachSubjectLetter,
  buildRknFirstNotice,
  buildRknResultsNotice,
  type BreachNoticeInput,
} from '../../../shared/documents/breach-notices';
import { DocumentInputError, MANDATORY_ELEMENTS, documentText, elementText, missingElements, toPdfDefinition } from '../../../shared/documents';
import { QIWI } from '../../fixtures/documents/sample-data';

const INPUT: BreachNoticeInput = {
  org: QIWI,
  outgoing: { number: 'QK/DPO/2026/0042', date: '2026-05-12' },
  incident: {
    number: 'INC-2026-0001',
    detectedAt: '2026-05-12T05:30:00.000Z',
    detectedZone: 'Asia/Almaty',
    detectionMethod: 'monitoring',
    detectedBy: 'Сейтқали Н., SOC',
    description: 'Открытый доступ к выгрузке CRM на внешнем файловом сервере',
    systems: ['CRM «Qorgau Client»', 'файловый сервер fs-02'],
    dataCategories: ['ФИО', 'ИИН', 'номер мобильного телефона'],
    subjects: { categories: ['клиенты — владельцы кошельков'], kzCount: 1200, rfCount: 35 },
    causes: 'Ошибка настройки прав доступа',
    consequences: 'Риск мошеннических звонков',
    measuresTaken: 'Доступ закрыт, пароли сброшены',
    measuresPlanned: 'Аудит прав доступа до 30.05.2026',
    subjectsContactData: 'ФИО, ИИН и номера мобильных телефонов всех затронутых клиентов есть в CRM',
    contact: { name: 'Омарова Сәуле', position: 'DPO', phone: '+7 727 355 00 00', email: 'dpo@qorgau.kz' },
    investigationResults: 'Выгрузку создал подрядчик при миграции; доступ был открыт 6 часов',
    responsiblePersons: 'ТОО «Подрядчик», администратор',
  },
  firstNotice: { number: 'QK/DPO/2026/0043', date: '2026-05-12' },
};

describe('breach notices', () => {
  for (const lang of ['kk', 'ru'] as const) {
    it(`to the authorized body (${lang}): K8 with the DPO's contacts and the K8a content`, () => {
      const model = buildBreachAuthorityNotice(INPUT, lang);
      expect(missingElements(model, MANDATORY_ELEMENTS['breach-notice'])).toEqual([]);
      expect(model.language).toBe(lang);
      const text = documentText(model);
      expect(text).toContain(QIWI.authorizedBody.name[lang]);
      expect(text).toContain(QIWI.dpo.email);
      expect(text).toContain('INC-2026-0001');
      expect(elementText(model, 'detection-time')).toContain('10:30');
      expect(elementText(model, 'breach-subjects')).toContain('1200');
      expect(elementText(model, 'breach-subjects')).toContain('35');
      expect(elementText(model, 'statutory-basis')).toContain('481/НҚ');
      expect(elementText(model, 'statutory-basis')).toContain(lang === 'kk' ? '25-бабы' : 'статьи 25');
    });

    it(`the letter to subjects (${lang})`, () => {
      const model = buildBreachSubjectLetter(INPUT, lang);
      expect(missingElements(model, MANDATORY_ELEMENTS['breach-subject-letter'])).toEqual([]);
      expect(documentText(model)).toContain(QIWI.dpo.phone);
    });
  }

  it('to Roskomnadzor within 24 hours (ru): incident, causes, harm, measures, contact; Almaty and Moscow time', () => {
    const model = buildRknFirstNotice(INPUT);
    expect(model.language).toBe('ru');
    expect(missingElements(model, MANDATORY_ELEMENTS['breach-rkn-notice'])).toEqual([]);
    expect(elementText(model, 'detection-time')).toContain('10:30');
    expect(elementText(model, 'detection-time')).toContain('08:30');
    expect(elementText(model, 'statutory-basis')).toContain('часть 3.1 статьи 21');
    expect(elementText(model, 'breach-subjects')).toContain('Российской Федерации — около 35');
    expect(documentText(model)).toContain(QIWI.rkn.name.ru);
  });

  it('to Roskomnadzor within 72 hours (ru): the investigation results, the persons responsible, the first notice', () => {
    const model = buildRknResultsNotice(INPUT);
    expect(missingElements(model, MANDATORY_ELEMENTS['breach-rkn-results'])).toEqual([]);
    expect(elementText(model, 'investigation-results')).toContain('подрядчик');
    expect(elementText(model, 'first-notice-reference')).toContain('QK/DPO/2026/0043');
    const none = buildRknResultsNotice({ ...INPUT, incident: { ...INPUT.incident, responsiblePersons: '' }, firstNotice: undefined });
    expect(elementText(none, 'responsible-persons')).toContain('не установлены');
    expect(elementText(none, 'first-notice-reference')).toContain('не направлялось');
  });

  it('Roskomnadzor is written to in Russian whatever language is asked', () => {
    expect(breachNoticeModel('breach-rkn-24h', INPUT, 'kk').language).toBe('ru');
  });

  it('refuses a 72-hour notice without results and a notice without description, naming the field', () => {
    const noResults = { ...INPUT, incident: { ...INPUT.incident, investigationResults: ' ' } };
    expect(() => buildRknResultsNotice(noResults)).toThrow(DocumentInputError);
    try {
      buildRknResultsNotice(noResults);
    } catch (error) {
      expect((error as DocumentInputError).field).toBe('incident.investigationResults');
    }
    expect(() => buildBreachAuthorityNotice({ ...INPUT, incident: { ...INPUT.incident, description: '' } }, 'kk')).toThrow(DocumentInputError);
  });

  it('lays out as a pdfmake definition', () => {
    const definition = toPdfDefinition([buildBreachAuthorityNotice(INPUT, 'kk')]);
    expect(definition.info?.title).toContain('INC-2026-0001');
  });
});
