/** Strings of issue 16 (hardening): backup problems found by the stricter reader, the app lock's recovery … (kk). */
import type { hardeningEn } from './hardening.en';

export const hardeningKk = {
  'backup.problem.too-deep': 'Файлдың мазмұны {limit} деңгейден терең салынған («{field}»): оны Qorgau жазбаған.',
  'backup.problem.not-finite': 'Файлда шекті емес сан бар («{field}»).',
  'backup.problem.orphan-record': '«{table}» кестесінің {record}-жазбасы файлда жоқ «{parent}» жазбасына сілтейді («{field}» өрісі).',
  'backup.problem.counter-behind': '«{counter}» есептегіші {value} мәнінде, берілген {given} нөмірінен артта: жаңа нөмірлер қайталанар еді.',
  'backup.problem.unreadable': 'Файлды тексеру мүмкін болмады: {detail}',
} as const satisfies Record<keyof typeof hardeningEn, string>;
