/** Strings of issue 17 (letters as they are sent): the representative's authority, the form of address (ru). */
import type { lettersEn } from './letters.en';

export const lettersRu = {
  'intake.formOfAddress': 'Обращение в письмах',
  'intake.formOfAddress.hint': 'Предложено по отчеству или ИИН; проверьте.',
  'intake.formOfAddress.male': 'Уважаемый …',
  'intake.formOfAddress.female': 'Уважаемая …',
  'intake.formOfAddress.neutral': 'Нейтрально (пол неизвестен)',
  'intake.authorityKind': 'Вид документа о полномочиях',
  'intake.authorityKind.choose': '— выберите —',
  'intake.authorityKind.power-of-attorney': 'Доверенность',
  'intake.authorityKind.notarised-power-of-attorney': 'Нотариально удостоверенная доверенность',
  'intake.authorityKind.birth-certificate': 'Свидетельство о рождении (родитель)',
  'intake.authorityKind.guardianship-decision': 'Решение об установлении опеки',
  'intake.authorityKind.court-decision': 'Решение суда',
  'intake.authorityKind.other': 'Иной документ',
  'intake.authorityNumber': 'Номер документа о полномочиях',
  'intake.authorityDate': 'Дата документа о полномочиях',
  'intake.authorityDetails': 'Кем выдан / иные сведения',
  'intake.representativeEmail': 'E-mail представителя',
  'intake.representativeAddress': 'Почтовый адрес представителя',
  'intake.authority.kind': 'Выберите вид документа, подтверждающего полномочия представителя.',
  'intake.authority.number': 'Укажите номер документа о полномочиях.',
  'intake.authority.date': 'Укажите дату документа о полномочиях.',
  'intake.authority.dateAfterReceipt': 'Документ о полномочиях не может быть датирован позже поступления обращения.',
  'intake.representative.contact': 'Укажите e-mail или почтовый адрес представителя: ответ направляется тому, кто подал обращение.',
} as const satisfies Record<keyof typeof lettersEn, string>;
