/**
 * Editable default for Roskomnadzor, the RF body named in replies on data of Russian citizens
 * (152-FZ Art. 17) [K]. The Kazakh name follows seed 000 (QIWI Kazakhstan policy, §5.2). The KZ authorized
 * body is deliberately not defaulted: its current name is uncertain (legal-reference §10.10) and must be
 * entered in the organisation profile.
 */
import type { PublicBody } from './model';

export const DEFAULT_RKN: PublicBody = {
  name: {
    kk: 'Байланыс, ақпараттық технологиялар және бұқаралық коммуникациялар саласындағы Федералды қадағалау қызметі (Роскомнадзор)',
    ru: 'Федеральная служба по надзору в сфере связи, информационных технологий и массовых коммуникаций (Роскомнадзор)',
  },
  address: {
    kk: '109992, Мәскеу қ., Китайгородский өткелі, 7-үй, 2-құрылыс',
    ru: '109992, г. Москва, Китайгородский проезд, д. 7, стр. 2',
  },
};
