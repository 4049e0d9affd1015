/** Strings of the Documents area and the organisation profile (en). */
export const documentsEn = {
} as const;
