/** Issue 17 (1)–(2): a letter answers whoever filed the request, and addresses them as «Уважаемый» / «Уважаемая». */
import { describe, expect, it } from 'vitest';
import { formFromIin, formFromName, suggestFormOfAddress } from '../../../shared/cases/form-of-address';
import type { CaseRecord } from '../../../shared/cases/model';
import { buildConfirmationLetter, buildExtensionNotice, buildRefusalLetter, documentText, elementText } from '../../../shared/documents';
import type { DocumentModel, RequestRef } from '../../../shared/documents';
import { requestRefOf } from '../../../shared/documents/case-documents';
import { confirmations, extensionRu, KZ_BORROWER_REQUEST, refusalQiwiRu, RU_SUBJECT_REQUEST } from '../../fixtures/documents/sample-data';

const ADVOCATE: NonNullable<RequestRef['representative']> = {
  fullName: 'Ким Ольга Викторовна',
  authority: { kind: 'notarised-power-of-attorney', number: '2-345', date: '2026-06-20', details: 'нотариус г. Алматы Петрова А. Б.' },
  contact: 'advocate.kim@example.kz',
};

const viaAdvocate: RequestRef = { ...RU_SUBJECT_REQUEST, representative: ADVOCATE };

const meta = (model: DocumentModel): string => {
  const block = model.blocks.find((b) => b.kind === 'letter-meta');
  if (block?.kind !== 'letter-meta') throw new Error('no letter-meta');
  return block.right.map((t) => t.text).join('\n');
};

describe('form of address at intake', () => {
  it.each([
    ['Иванов Иван Иванович', 'male'],
    ['Сергеев Пётр Андреевич', 'male'],
    ['Смирнова Ольга Викторовна', 'female'],
    ['Петрова Анна Сергеевна', 'female'],
    ['Оспанова Гүлнар Болатқызы', 'female'],
    ['Оспанова Гулнар Болаткызы', 'female'],
    ['Сейтқали Ерлан Болатұлы', 'male'],
    ['Сейткали Ерлан Болатулы', 'male'],
    ['Ахметов Нұрлан Серік ұлы', 'male'],
  ] as const)('%s → %s from the patronymic', (name, form) => {
    expect(formFromName(name)).toBe(form);
  });

  it('the IIN’s seventh digit when the name shows nothing: odd male, even female, 0 unknown', () => {
    expect(formFromIin('920229400152')).toBe('female'); // digit 7 = 4
    expect(formFromIin('880315300016')).toBeUndefined(); // invalid control digit → nothing known
    expect(formFromName('Ким Алина')).toBeUndefined();
    expect(suggestFormOfAddress('Ким Алина', '920229400152')).toBe('female');
    expect(suggestFormOfAddress('Ким Алина', '')).toBe('neutral');
  });

  it('the patronymic wins over the IIN', () => {
    expect(suggestFormOfAddress('Ким Алексей Петрович', '920229400152')).toBe('male');
  });
});

describe('salutation', () => {
  it('«Уважаемая …» when the patronymic shows the sex, never «(-ая)»', () => {
    const ru = documentText(buildRefusalLetter(refusalQiwiRu, 'ru'));
    expect(ru).toContain('Уважаемая Мария Андреевна!');
    expect(ru).not.toContain('(-ая)');
  });

  it('the recorded form of address wins; neutral only when nothing is known', () => {
    const male = { ...refusalQiwiRu, request: { ...RU_SUBJECT_REQUEST, subject: { fullName: 'Ли Саша', formOfAddress: 'male' as const } } };
    expect(documentText(buildRefusalLetter(male, 'ru'))).toContain('Уважаемый Ли Саша!');
    const unknown = { ...refusalQiwiRu, request: { ...RU_SUBJECT_REQUEST, subject: { fullName: 'Ли Саша' } } };
    const text = documentText(buildRefusalLetter(unknown, 'ru'));
    expect(text).toContain('Здравствуйте, Ли Саша!');
    expect(text).not.toMatch(/Уважаем|\(-ая\)/u);
  });

  it('Kazakh: «Құрметті …» whatever the sex', () => {
    expect(documentText(buildRefusalLetter({ ...refusalQiwiRu, request: KZ_BORROWER_REQUEST }, 'kk'))).toContain('Құрметті Гүлнар Болатқызы!');
  });
});

describe('addressee', () => {
  it('a request filed by a representative is answered to the representative, at their address, with the authority document', () => {
    const model = buildRefusalLetter({ ...refusalQiwiRu, request: viaAdvocate }, 'ru');
    expect(meta(model)).toBe('Представителю субъекта персональных данных\nКим Ольга Викторовна\nadvocate.kim@example.kz');
    const text = documentText(model);
    expect(text).toContain('Уважаемая Ольга Викторовна!');
    expect(text).toContain('Субъект персональных данных, в интересах которого подано обращение: Смирнова Мария Андреевна');
    expect(elementText(model, 'representative')).toContain('Представитель: Ким Ольга Викторовна');
    expect(elementText(model, 'representative')).toContain(
      'Документ, подтверждающий полномочия: нотариально удостоверенная доверенность № 2-345 от 20.06.2026, нотариус г. Алматы Петрова А. Б.',
    );
    // the data are the subject's, not the representative's
    expect(text).not.toMatch(/Ваши персональные данные|Вашими данными|Вашими персональными/u);
    expect(text).not.toContain('m.smirnova@example.ru');
  });

  it('Kazakh: «Дербес деректер субъектісінің өкіліне», the authority with its attributive date', () => {
    const model = buildConfirmationLetter({ ...confirmations.blocked, request: { ...KZ_BORROWER_REQUEST, representative: ADVOCATE } }, 'kk');
    expect(meta(model)).toContain('Дербес деректер субъектісінің өкіліне\nКим Ольга Викторовна');
    expect(elementText(model, 'representative')).toContain('2026 жылғы 20 маусымдағы № 2-345 нотариат куәландырған сенімхат');
    const text = documentText(model);
    expect(text).toContain('Мүддесі үшін өтініш берілген дербес деректер субъектісі: Оспанова Гүлнар Болатқызы');
    expect(text).toContain('Субъектінің дербес деректері бұғатталғанын хабарлаймыз.');
    expect(text).not.toContain('Дербес деректеріңіз');
  });

  it('without a representative the subject is the addressee', () => {
    const model = buildExtensionNotice(extensionRu, 'ru');
    expect(meta(model)).toMatch(/^Субъекту персональных данных\nСмирнова Мария Андреевна/u);
    expect(elementText(model, 'representative')).toBe('');
  });
});

describe('the case record → the request of a letter', () => {
  const record: CaseRecord = {
    id: 'c1',
    number: 'DSR-2026-000201',
    year: 2026,
    seq: 201,
    status: 'open',
    receivedAt: '2026-07-01T05:12:00.000Z',
    enteredAt: '2026-07-01T05:30:00.000Z',
    channel: 'post',
    language: 'ru',
    jurisdiction: 'kz',
    rfSubject: false,
    requestTypes: ['access'],
    subject: { fullName: 'Смирнова Мария Андреевна', email: 'm@example.kz', address: 'г. Алматы, ул. Абая, 1', formOfAddress: 'female' },
    representative: {
      fullName: 'Ким Олег Петрович',
      authorityDocument: '',
      authorityKind: 'power-of-attorney',
      authorityNumber: '17',
      authorityDate: '2026-06-01',
      email: 'kim@example.kz',
      address: 'г. Алматы, пр. Достык, 5, офис 3',
      formOfAddress: 'male',
    },
    description: '',
    subjectName: 'смирнова мария андреевна',
    subjectIin: '',
    nextDueAt: '',
    updatedAt: '2026-07-01T05:30:00.000Z',
    searchTokens: [],
  };

  it('a request by post is answered to the representative’s postal address', () => {
    const ref = requestRefOf(record);
    expect(ref.representative).toEqual({
      fullName: 'Ким Олег Петрович',
      authority: { kind: 'power-of-attorney', number: '17', date: '2026-06-01' },
      contact: 'г. Алматы, пр. Достык, 5, офис 3',
      formOfAddress: 'male',
    });
    expect(ref.subject.contact).toBeUndefined();
  });

  it('by e-mail, to the representative’s e-mail; a subject’s own request to the subject', () => {
    expect(requestRefOf({ ...record, channel: 'email' }).representative?.contact).toBe('kim@example.kz');
    const own = requestRefOf({ ...record, representative: undefined });
    expect(own.representative).toBeUndefined();
    expect(own.subject.contact).toBe('г. Алматы, ул. Абая, 1');
  });

  it('a representative recorded before issue 17 (one free-text reference) is printed as it was typed', () => {
    const legacy = requestRefOf({ ...record, representative: { fullName: 'Ким Олег Петрович', authorityDocument: 'доверенность № 5 от 01.02.2026' } });
    const model = buildRefusalLetter({ ...refusalQiwiRu, request: legacy }, 'ru');
    expect(elementText(model, 'representative')).toContain('Документ, подтверждающий полномочия: доверенность № 5 от 01.02.2026');
    expect(documentText(model)).toContain('Уважаемый Олег Петрович!');
  });
});
