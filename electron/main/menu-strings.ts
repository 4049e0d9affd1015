/** Labels of the native application menu in the three interface languages. */
import type { Locale } from '../../shared/locale';

export interface MenuStrings {
  file: string;
  edit: string;
  view: string;
  window: string;
  help: string;
  cases: string;
  deadlines: string;
  documents: string;
  register: string;
  breaches: string;
  settings: string;
  newRequest: string;
  find: string;
  shortcuts: string;
  about: string;
  lawKz: string;
  lawRu: string;
}

export const MENU_STRINGS: Readonly<Record<Locale, MenuStrings>> = {
  kk: {
    file: 'Файл',
    edit: 'Түзету',
    view: 'Көрініс',
    window: 'Терезе',
    help: 'Анықтама',
    cases: 'Өтініштер',
    deadlines: 'Мерзімдер',
    documents: 'Құжаттар',
    register: 'Тізілім',
    breaches: 'Бұзушылықтар журналы',
    settings: 'Баптаулар',
    newRequest: 'Жаңа өтініш',
    find: 'Іздеу',
    shortcuts: 'Пернетақта тіркесімдері',
    about: 'Qorgau туралы',
    lawKz: '«Дербес деректер және оларды қорғау туралы» Заң (adilet.zan.kz)',
    lawRu: '152-ФЗ «О персональных данных» (consultant.ru)',
  },
  ru: {
    file: 'Файл',
    edit: 'Правка',
    view: 'Вид',
    window: 'Окно',
    help: 'Справка',
    cases: 'Обращения',
    deadlines: 'Сроки',
    documents: 'Документы',
    register: 'Реестр',
    breaches: 'Журнал нарушений',
    settings: 'Настройки',
    newRequest: 'Новое обращение',
    find: 'Найти',
    shortcuts: 'Сочетания клавиш',
    about: 'О программе Qorgau',
    lawKz: 'Закон «О персональных данных и их защите» (adilet.zan.kz)',
    lawRu: '152-ФЗ «О персональных данных» (consultant.ru)',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    cases: 'Cases',
    deadlines: 'Deadlines',
    documents: 'Documents',
    register: 'Register',
    breaches: 'Breach register',
    settings: 'Settings',
    newRequest: 'New request',
    find: 'Find',
    shortcuts: 'Keyboard shortcuts',
    about: 'About Qorgau',
    lawKz: 'KZ Law on Personal Data and Their Protection (adilet.zan.kz)',
    lawRu: 'RF 152-FZ on Personal Data (consultant.ru)',
  },
};

export const LAW_URLS = {
  kz: 'https://adilet.zan.kz/rus/docs/Z1300000094',
  ru: 'https://www.consultant.ru/document/cons_doc_LAW_61801/',
} as const;
