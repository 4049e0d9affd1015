/** The starter registers offered while the register is empty (fully editable once taken). */
import type { ProcessingActivity } from '../model';
import { MICROFINANCE_ORGANISATION_STARTER } from './microfinance-organisation';
import { PAYMENT_ORGANISATION_STARTER } from './payment-organisation';

export const STARTER_IDS = ['payment-organisation', 'microfinance-organisation'] as const;
export type StarterId = (typeof STARTER_IDS)[number];

export const STARTERS: Readonly<Record<StarterId, readonly ProcessingActivity[]>> = {
  'payment-organisation': PAYMENT_ORGANISATION_STARTER,
  'microfinance-organisation': MICROFINANCE_ORGANISATION_STARTER,
};
