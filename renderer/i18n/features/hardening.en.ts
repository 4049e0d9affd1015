/** Strings of issue 16 (hardening): backup problems found by the stricter reader, the app lock's recovery … (en). */
export const hardeningEn = {
  'backup.problem.too-deep': 'The file’s content is nested deeper than {limit} levels (at “{field}”): it was not written by Qorgau.',
  'backup.problem.not-finite': 'The file holds a number that is not finite (at “{field}”).',
  'backup.problem.orphan-record': 'Record {record} of “{table}” names a record of “{parent}” that is not in the file (field “{field}”).',
  'backup.problem.counter-behind': 'The counter “{counter}” is at {value}, behind the number {given} already given out: new numbers would repeat.',
  'backup.problem.unreadable': 'The file could not be checked: {detail}',
  'lock.damaged.title': 'The app lock on this computer is damaged',
  'lock.damaged.body': 'Qorgau cannot check the passphrase because the stored app lock is unreadable, so it stays locked. Nothing has been changed.',
  'lock.damaged.recovery':
    'The way out is to start over: delete the data on this computer, then restore your latest backup (Settings → Backups and restore). The backup folder is not touched.',
  'lock.damaged.word': 'DELETE',
  'lock.damaged.confirm': 'To confirm, type {word}:',
  'lock.damaged.erase': 'Delete the data here and start over',
  'startup.newer.title': 'This data was saved by a newer Qorgau',
  'startup.newer.body':
    'The database on this computer has version {version}; this Qorgau knows up to {current}. It does not open it, so nothing is changed: install the newer Qorgau again.',
  'backup.needsKey':
    'Backups are encrypted with the app-lock passphrase, which has not been entered since Qorgau started: lock Qorgau (Lock now), unlock it with the passphrase and try again. Nothing was written.',
  'elsewhere.reload': 'Reload',
  'elsewhere.blocked.title': 'Another Qorgau window is holding up the update',
  'elsewhere.blocked.body':
    'This Qorgau needs to update the data on this computer, but another Qorgau window (an older one) still has it open. Close the other Qorgau windows: the update then goes on by itself. Nothing has been changed yet.',
  'elsewhere.upgraded.title': 'Qorgau was updated in another window — reload',
  'elsewhere.upgraded.body':
    'A newer Qorgau opened the data on this computer in another window, so this window has stopped using it (nothing you saved is lost). Reload this window to go on.',
  'elsewhere.deleted.title': 'The data was deleted in another window',
  'elsewhere.deleted.body':
    'Another window deleted the data on this computer, so this window has stopped using it. Reload to start over, then restore a backup if you need one (Settings → Backups and restore).',
  'bidi.flag': 'Hidden direction characters: the name may not be what it seems',
  'text.long.100': 'Too long: 100 characters at most.',
  'text.long.200': 'Too long: 200 characters at most.',
  'text.long.300': 'Too long: 300 characters at most.',
  'text.long.400': 'Too long: 400 characters at most.',
  'text.long.500': 'Too long: 500 characters at most.',
  'text.long.1000': 'Too long: 1,000 characters at most.',
  'text.long.4000': 'Too long: 4,000 characters at most.',
  'text.long.20000': 'Too long: 20,000 characters at most.',
  'action.problem.long': 'Too long: the note takes at most 4,000 characters, the reason for a destruction at most 1,000.',
  'errors.quota':
    'The disk is full: Qorgau could not save, and nothing of this step was saved. Free some disk space (delete files you no longer need, empty the trash), or export a backup to another drive (Settings → Backups and restore), then try again.',
  'doc.draft.problem.long': 'A text of this document is too long (4,000 characters at most; the field is marked): shorten it.',
  'backup.strength.too-long': 'Too long: 1,000 characters at most.',
} as const;
