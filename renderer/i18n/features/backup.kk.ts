/** Strings of backups, export/import, encryption and the app lock (kk). */
export const backupKk = {
} as const;
