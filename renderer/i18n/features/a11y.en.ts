/** Strings for keyboard and screen-reader use: the skip link, announcements, names of calendar days (en). */
export const a11yEn = {
  'a11y.skip': 'Skip to content',
  'a11y.menu': 'Menu',
  'a11y.registered': 'Request {number} registered.',
  'a11y.recorded': 'Recorded: {action}.',
  'a11y.calendar.keys':
    'Each month is one stop for the Tab key: the arrow keys move between days, Home and End to the start and end of the week, Enter or Space shows the day.',
  'a11y.weekdays': 'Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday',
  'a11y.calendar.corrected': 'your correction',
  'a11y.calendar.unverified': 'to verify',
  'a11y.deadlines.obligation': 'Obligation',
  'a11y.deadlines.due': 'Due',
  'a11y.deadlines.left': 'Time left',
} as const;
