/** Strings of the guarded forms: leaving with unsaved input, the kept intake draft, the Esc shortcut (en). */
export const formsEn = {
  'leave.title': 'Leave without saving?',
  'leave.body':
    'This form has input that is not saved yet. If you leave, it is lost — except a new request, whose draft is kept and offered when you open the form again.',
  'leave.stay': 'Stay on the form',
  'leave.go': 'Leave',
  'intake.draft.offer': 'An unfinished request typed on {when} was kept.',
  'intake.draft.files': 'Attached files are not kept; attach them again.',
  'intake.draft.restore': 'Continue it',
  'intake.draft.drop': 'Discard it',
  'overview.pdf.kk': 'PDF report (Kazakh)',
  'overview.pdf.ru': 'PDF report (Russian)',
  'overview.report.title': 'Data subject requests: overview',
  'overview.report.period': 'Period: {from} — {to}',
  'overview.report.prepared': 'Prepared {at} ({zone})',
  'help.keys.escape': 'Close the dialog or confirmation in front (the same as its Cancel)',
} as const;
