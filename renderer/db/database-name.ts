/** The name of the app's IndexedDB database, apart from Dexie so the boot script can name it. */
export const DATABASE_NAME = 'qorgau';
