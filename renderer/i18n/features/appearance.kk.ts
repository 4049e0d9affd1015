import type { FeatureMessages } from './feature-messages';
import type { appearanceEn } from './appearance.en';
import type { OneOtherForms } from '../../../shared/format/plural';

/** Сыртқы түр баптауының жолдары: ашық, күңгірт немесе жүйедегідей (kk). */
export const appearanceKk: FeatureMessages<typeof appearanceEn, OneOtherForms> = {
  'settings.theme': 'Сыртқы түрі',
  'settings.theme.system': 'Жүйедегідей (ашық немесе күңгірт)',
  'settings.theme.light': 'Ашық',
  'settings.theme.dark': 'Күңгірт',
  'settings.theme.hint': 'Осы компьютерде бірден қолданылады. «Жүйедегідей» операциялық жүйенің ашық не күңгірт баптауына сәйкес келеді.',
};
