/** Strings of the Documents area and the organisation profile (kk). */
export const documentsKk = {
} as const;
