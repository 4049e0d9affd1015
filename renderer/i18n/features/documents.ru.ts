/** Strings of the Documents area and the organisation profile (ru). */
export const documentsRu = {
} as const;
