/** Strings of issue 17 (letters as they are sent): the representative's authority, the form of address (kk). */
import type { lettersEn } from './letters.en';

export const lettersKk = {
  'intake.formOfAddress': 'Хаттардағы қаратпа сөз',
  'intake.formOfAddress.hint': 'Әкесінің атынан немесе ЖСН-нен ұсынылды; тексеріңіз.',
  'intake.formOfAddress.male': 'Ер адам (Уважаемый …)',
  'intake.formOfAddress.female': 'Әйел адам (Уважаемая …)',
  'intake.formOfAddress.neutral': 'Бейтарап (жынысы белгісіз)',
  'intake.authorityKind': 'Өкілеттік құжатының түрі',
  'intake.authorityKind.choose': '— таңдаңыз —',
  'intake.authorityKind.power-of-attorney': 'Сенімхат',
  'intake.authorityKind.notarised-power-of-attorney': 'Нотариат куәландырған сенімхат',
  'intake.authorityKind.birth-certificate': 'Туу туралы куәлік (ата-ана)',
  'intake.authorityKind.guardianship-decision': 'Қорғаншылық белгілеу туралы шешім',
  'intake.authorityKind.court-decision': 'Сот шешімі',
  'intake.authorityKind.other': 'Өзге құжат',
  'intake.authorityNumber': 'Өкілеттік құжатының нөмірі',
  'intake.authorityDate': 'Өкілеттік құжатының күні',
  'intake.authorityDetails': 'Кім берген / өзге мәліметтер',
  'intake.representativeEmail': 'Өкілдің e-mail-ы',
  'intake.representativeAddress': 'Өкілдің пошталық мекенжайы',
  'intake.authority.kind': 'Өкілдің өкілеттігін растайтын құжаттың түрін таңдаңыз.',
  'intake.authority.number': 'Өкілеттік құжатының нөмірін көрсетіңіз.',
  'intake.authority.date': 'Өкілеттік құжатының күнін көрсетіңіз.',
  'intake.authority.dateAfterReceipt': 'Өкілеттік құжаты өтініш келіп түскеннен кейінгі күнмен жасалуы мүмкін емес.',
  'intake.representative.contact': 'Өкілдің e-mail-ын немесе пошталық мекенжайын көрсетіңіз: жауап өтінішті берген адамға жіберіледі.',
} as const satisfies Record<keyof typeof lettersEn, string>;
