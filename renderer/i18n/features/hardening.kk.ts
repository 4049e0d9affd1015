/** Strings of issue 16 (hardening): backup problems found by the stricter reader, the app lock's recovery … (kk). */
import type { hardeningEn } from './hardening.en';

export const hardeningKk = {
  'backup.problem.too-deep': 'Файлдың мазмұны {limit} деңгейден терең салынған («{field}»): оны Qorgau жазбаған.',
  'backup.problem.not-finite': 'Файлда шекті емес сан бар («{field}»).',
  'backup.problem.orphan-record': '«{table}» кестесінің {record}-жазбасы файлда жоқ «{parent}» жазбасына сілтейді («{field}» өрісі).',
  'backup.problem.counter-behind': '«{counter}» есептегіші {value} мәнінде, берілген {given} нөмірінен артта: жаңа нөмірлер қайталанар еді.',
  'backup.problem.unreadable': 'Файлды тексеру мүмкін болмады: {detail}',
  'lock.damaged.title': 'Осы компьютердегі қолданба құлпы зақымдалған',
  'lock.damaged.body': 'Сақталған құлып оқылмайтындықтан, Qorgau құпия сөзді тексере алмайды, сондықтан құлыптаулы қалады. Ештеңе өзгертілген жоқ.',
  'lock.damaged.recovery':
    'Шығар жол — қайта бастау: осы компьютердегі деректерді жойып, соңғы резервтік көшірмені қалпына келтіріңіз (Баптаулар → Резервтік көшірмелер және қалпына келтіру). Көшірмелер қалтасына тиіспейді.',
  'lock.damaged.word': 'ЖОЮ',
  'lock.damaged.confirm': 'Растау үшін {word} деп теріңіз:',
  'lock.damaged.erase': 'Мұндағы деректерді жойып, қайта бастау',
} as const satisfies Record<keyof typeof hardeningEn, string>;
