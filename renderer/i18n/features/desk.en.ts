/** Strings of the daily desk: search, list order and marks, first-run checklist, settings sections, overview, shortcuts, help (en). */
export const deskEn = {
  'cases.sort.by': 'Sort by {column}',
  'cases.sort.asc': 'ascending',
  'cases.sort.desc': 'descending',
  'cases.sort.relevance': 'Best match first',
  'cases.mark.overdue': 'Overdue',
  'cases.mark.today': 'Due today',
  'cases.noMatch.search': 'No case matches “{text}”. Search looks at every word of the name, numbers, IIN, e-mail, phone and the request text.',
  'cases.noMatch.filter': 'No cases match these filters.',
  'cases.noCases': 'No requests registered yet. Register the first one with “New request”.',
};
