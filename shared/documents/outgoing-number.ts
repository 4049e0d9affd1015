/** Outgoing numbers: prefix + year + four-digit sequence, e.g. 'QK/DPO/' → 'QK/DPO/2026/0123'. */
export const composeOutgoingNumber = (prefix: string, year: number, sequence: number): string => `${prefix}${year}/${String(sequence).padStart(4, '0')}`;
