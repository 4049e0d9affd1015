/** Strings of the error surface: an area that stopped working, an action that did not complete, a load that failed (en). */
export const errorsEn = {
  'errors.app.title': 'Qorgau stopped working',
  'errors.area.title': 'The “{area}” section stopped working',
  'errors.body':
    'Your saved data is safe: an error in what is shown does not change the database. Go back to the case list and carry on; if it happens again, send a diagnostic report to whoever supports Qorgau.',
  'errors.task.title': 'An action did not complete',
  'errors.task.body': 'Qorgau could not finish what it was doing. Check the result and try again; if it happens again, send a diagnostic report.',
  'errors.back': 'Back to the case list',
  'errors.report': 'Send a diagnostic report',
  'errors.report.hint':
    'The report is a file you save: versions, the error and where it happened — no personal data, no settings. Nothing leaves this computer unless you send the file yourself.',
  'errors.dismiss': 'Dismiss',
  'errors.details': 'Technical details',
  'errors.load': 'Could not load this: {message}',
  'errors.retry': 'Try again',
} as const;
