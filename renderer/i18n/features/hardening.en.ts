/** Strings of issue 16 (hardening): backup problems found by the stricter reader, the app lock's recovery … (en). */
export const hardeningEn = {
  'backup.problem.too-deep': 'The file’s content is nested deeper than {limit} levels (at “{field}”): it was not written by Qorgau.',
  'backup.problem.not-finite': 'The file holds a number that is not finite (at “{field}”).',
  'backup.problem.orphan-record': 'Record {record} of “{table}” names a record of “{parent}” that is not in the file (field “{field}”).',
  'backup.problem.counter-behind': 'The counter “{counter}” is at {value}, behind the number {given} already given out: new numbers would repeat.',
  'backup.problem.unreadable': 'The file could not be checked: {detail}',
} as const;
