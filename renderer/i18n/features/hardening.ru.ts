/** Strings of issue 16 (hardening): backup problems found by the stricter reader, the app lock's recovery … (ru). */
import type { hardeningEn } from './hardening.en';

export const hardeningRu = {
  'backup.problem.too-deep': 'Содержимое файла вложено глубже {limit} уровней («{field}»): его записал не Qorgau.',
  'backup.problem.not-finite': 'В файле есть бесконечное или нечисловое значение («{field}»).',
  'backup.problem.orphan-record': 'Запись {record} таблицы «{table}» ссылается на запись «{parent}», которой нет в файле (поле «{field}»).',
  'backup.problem.counter-behind': 'Счётчик «{counter}» равен {value} и отстаёт от уже выданного номера {given}: новые номера повторились бы.',
  'backup.problem.unreadable': 'Файл не удалось проверить: {detail}',
} as const satisfies Record<keyof typeof hardeningEn, string>;
