/** Strings of the wording fixes: time spans with plurals, lengths typed, the estimated-calendar warning (en). */
export const wordsEn = {
  'span.days': { one: '{count} day', other: '{count} days' },
  'span.hours': { one: '{count} hour', other: '{count} hours' },
  'span.minutes': { one: '{count} minute', other: '{count} minutes' },
  'span.overdue': 'overdue by {span}',
  'span.left': '{span} left',
  'text.long.typed': { one: '{count} character typed.', other: '{count} characters typed.' },
  'estimate.badge': 'Estimated calendar',
  'estimate.explain':
    'This due date falls in {years}, whose official calendar of days off is not published yet: the working days are estimated and the date may move. Check the calendar settings when the calendar is published.',
  'estimate.link': 'Calendar settings',
  'ground.en.heading': 'English (a reading aid: letters are written in Kazakh or Russian)',
  'ground.inRussian': '(edited or added by you: shown in Russian)',
  'help.tag.P-old.name': 'older text',
  'help.tag.P-old.means': 'Read in an official text that may be an older version: later amendments are possible. Check the current text before relying on it.',
} as const;
