/** Strings of issue 16 (hardening): backup problems found by the stricter reader, the app lock's recovery … (ru). */
import type { hardeningEn } from './hardening.en';

export const hardeningRu = {
  'backup.problem.too-deep': 'Содержимое файла вложено глубже {limit} уровней («{field}»): его записал не Qorgau.',
  'backup.problem.not-finite': 'В файле есть бесконечное или нечисловое значение («{field}»).',
  'backup.problem.orphan-record': 'Запись {record} таблицы «{table}» ссылается на запись «{parent}», которой нет в файле (поле «{field}»).',
  'backup.problem.counter-behind': 'Счётчик «{counter}» равен {value} и отстаёт от уже выданного номера {given}: новые номера повторились бы.',
  'backup.problem.unreadable': 'Файл не удалось проверить: {detail}',
  'lock.damaged.title': 'Блокировка приложения на этом компьютере повреждена',
  'lock.damaged.body':
    'Qorgau не может проверить пароль, потому что сохранённая блокировка нечитаема, поэтому приложение остаётся заблокированным. Ничего не изменено.',
  'lock.damaged.recovery':
    'Выход — начать заново: удалить данные на этом компьютере и восстановить последнюю резервную копию (Настройки → Резервные копии и восстановление). Папка копий не затрагивается.',
  'lock.damaged.word': 'УДАЛИТЬ',
  'lock.damaged.confirm': 'Для подтверждения введите {word}:',
  'lock.damaged.erase': 'Удалить данные здесь и начать заново',
  'startup.newer.title': 'Эти данные сохранены более новой версией Qorgau',
  'startup.newer.body':
    'База данных на этом компьютере имеет версию {version}; этот Qorgau знает версии до {current}. Он её не открывает, поэтому ничего не изменено: установите более новую версию Qorgau снова.',
  'backup.needsKey':
    'Копии шифруются паролем блокировки приложения, а он не вводился с запуска Qorgau: заблокируйте Qorgau («Заблокировать сейчас»), разблокируйте паролем и повторите. Ничего не записано.',
} as const satisfies Record<keyof typeof hardeningEn, string>;
