/** Strings of stored files: opening and saving attachments and signed scans, their lists on the case screen (en). */
export const attachmentsEn = {
  'files.open': 'Open',
  'files.save': 'Save',
  'files.open.named': 'Open {name}',
  'files.save.named': 'Save {name}',
  'files.refused': '“{name}”: this kind of file can only be saved — it is opened only when it is a PDF, a PNG, JPEG or TIFF image or plain text.',
  'files.downloaded': '“{name}” was downloaded as {file}.',
  'files.saved': 'Saved: {path}',
  'files.failed': '“{name}” could not be opened or saved: {message}',
  'files.request.title': 'Files of the request',
  'files.request.none': 'No files came with the request.',
  'files.action.title': 'Files of this action',
  'files.scans.title': 'Signed scans of issued documents',
  'files.scans.hint': 'The scan of the signed paper of each act, next to the act’s number; kept apart from the files the subject sent.',
  'files.scans.of': '{kind} № {number} of {date}',
} as const;
