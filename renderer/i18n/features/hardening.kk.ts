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
  'startup.newer.title': 'Бұл деректерді Qorgau-дың жаңа нұсқасы сақтаған',
  'startup.newer.body':
    'Осы компьютердегі дерекқор нұсқасы — {version}; бұл Qorgau {current} нұсқасына дейін ғана біледі. Ол дерекқорды ашпайды, сондықтан ештеңе өзгермейді: Qorgau-дың жаңа нұсқасын қайта орнатыңыз.',
  'backup.needsKey':
    'Көшірмелер қолданба құлпының құпия сөзімен шифрланады, ал Qorgau іске қосылғаннан бері ол енгізілмеген: Qorgau-ды құлыптап («Қазір құлыптау»), құпия сөзбен ашып, қайталаңыз. Ештеңе жазылған жоқ.',
} as const satisfies Record<keyof typeof hardeningEn, string>;
