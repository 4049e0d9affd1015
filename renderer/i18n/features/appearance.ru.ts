import type { FeatureMessages } from './feature-messages';
import type { appearanceEn } from './appearance.en';
import type { RussianForms } from '../../../shared/format/plural';

/** Строки настройки оформления: светлое, тёмное или как в системе (ru). */
export const appearanceRu: FeatureMessages<typeof appearanceEn, RussianForms> = {
  'settings.theme': 'Оформление',
  'settings.theme.system': 'Как в системе (светлое или тёмное)',
  'settings.theme.light': 'Светлое',
  'settings.theme.dark': 'Тёмное',
  'settings.theme.hint': 'Применяется сразу на этом компьютере. «Как в системе» следует светлой или тёмной настройке операционной системы.',
};
