/** Strings of the "from the moment" reading (K8) and of loadable calendar files (en). */
export const calendarFileEn = {
  'moment.title': 'Terms "from the moment" of an event',
  'moment.hint':
    'A breach notice to the authorised body is due "within one working day from the moment of detection" (Law 94-V Art. 25 p.2 sub.8 ind.5). Choose how such a term ends. A change re-dates every open deadline at once.',
  'moment.same-time': 'At the same time on the next working day (default)',
  'moment.next-day': 'From the next day, at close of business (Civil Code Art. 173)',
  'moment.source': 'Source',
  'moment.saved': 'Saved. Deadlines moved: {moved}.',
  'calendarFile.title': 'Load a calendar file',
  'calendarFile.hint':
    'When the government announces holidays or transfers of days off, load a calendar file (format: docs/calendar-file.md). It replaces the shipped data of the years it lists; your own corrections of days stay on top.',
  'calendarFile.choose': 'Calendar file (JSON)',
  'calendarFile.invalid': 'The file was not loaded:',
  'calendarFile.preview': 'What the file changes ({calendar}, years {years})',
  'calendarFile.noChanges': 'The file changes no day of the shipped calendar.',
  'calendarFile.change.date': 'Date',
  'calendarFile.change.before': 'Shipped',
  'calendarFile.change.after': 'From the file',
  'calendarFile.working': 'working day',
  'calendarFile.nonWorking': 'day off',
  'calendarFile.apply': 'Apply the file',
  'calendarFile.cancel': 'Cancel',
  'calendarFile.applied': 'Applied. Deadlines moved: {moved}.',
  'calendarFile.loaded': 'Loaded: {name} (years {years}), SHA-256 {sha}, {at}',
  'calendarFile.none': 'No file loaded: the shipped data is used.',
  'calendarFile.remove': 'Remove the file (back to the shipped data)',
  'calendarFile.removed': 'Removed. Deadlines moved: {moved}.',
} as const;
