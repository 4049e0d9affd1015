/** Strings of backups, export/import, encryption and the app lock (ru). */
export const backupRu = {
} as const;
