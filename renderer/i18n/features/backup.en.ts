/** Strings of backups, export/import, encryption and the app lock (en). */
export const backupEn = {
} as const;
