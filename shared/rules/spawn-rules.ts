/** Chained obligations: an outcome recorded on one obligation starts another, on the clock named here. */
import type { RuleId } from './rule-id';
import type { SpawnRule } from './types';

const extended = (from: RuleId, citation: string): SpawnRule => ({
  from,
  outcome: 'extension-notice',
  spawns: from,
  clock: 'parent-trigger',
  extended: true,
  citation,
});

const destructionImpossible = (from: RuleId): SpawnRule => ({
  from,
  outcome: 'destruction-impossible',
  spawns: 'ru.destruction-impossible.destroy',
  clock: 'parent-due',
  citation: '152-FZ Art. 21 part 6',
});

const destroyed = (from: RuleId): SpawnRule => ({
  from,
  outcome: 'destroyed',
  spawns: 'ru.destruction.keep-act',
  clock: 'outcome',
  citation: 'RKN Order 28.10.2022 No. 179 p.8',
});

export const SPAWN_RULES: readonly SpawnRule[] = [
  // KZ: blocking → verification → destroy (confirmed) or unblock (not confirmed), each 1 WD from the outcome.
  { from: 'kz.block', outcome: 'verification-confirmed', spawns: 'kz.destroy', clock: 'outcome', citation: 'Law 94-V Art. 25 p.2 sub.8 ind.3' },
  { from: 'kz.block', outcome: 'verification-not-confirmed', spawns: 'kz.unblock', clock: 'outcome', citation: 'Law 94-V Art. 25 p.2 sub.8 ind.4' },
  // KZ: a destruction demand whose violation is confirmed → destroy within 1 WD of the confirmation (K6).
  {
    from: 'kz.destruction.demand',
    outcome: 'verification-confirmed',
    spawns: 'kz.destroy',
    clock: 'outcome',
    citation: 'Law 94-V Art. 25 p.2 sub.8 ind.3',
  },
  // KZ: correction impossible → destroy within the same working day counted from the documents.
  {
    from: 'kz.correction.change',
    outcome: 'correction-impossible',
    spawns: 'kz.correction.destroy',
    clock: 'parent-trigger',
    citation: 'Law 94-V Art. 25 p.2 sub.8 ind.1',
  },
  // RF: +5 WD from the same start once a reasoned extension notice is sent.
  extended('ru.access.provide', '152-FZ Art. 14 part 3; Art. 20 part 1'),
  extended('ru.access.refuse', '152-FZ Art. 20 part 2'),
  extended('ru.authority-request.answer', '152-FZ Art. 20 part 4'),
  extended('ru.stop-processing.stop', '152-FZ Art. 21 part 5.1'),
  // RF: blocking → inaccuracy confirmed → clarify and unblock within 7 WD of the documents' submission.
  // R7 runs from the day the documents were submitted — with the request, so from the block's own start
  // (the receipt), not from the instant the DPO records the verification.
  {
    from: 'ru.block',
    outcome: 'verification-confirmed',
    spawns: 'ru.inaccuracy.clarify-unblock',
    clock: 'parent-trigger',
    citation: '152-FZ Art. 21 part 2',
  },
  // RF: unlawful processing detected during the block → stop within 3 WD (R8), destroy within 10 WD (R9) of detection.
  { from: 'ru.block', outcome: 'unlawful-confirmed', spawns: 'ru.unlawful.stop', clock: 'outcome', citation: '152-FZ Art. 21 part 3' },
  { from: 'ru.block', outcome: 'unlawful-confirmed', spawns: 'ru.unlawful.destroy', clock: 'outcome', citation: '152-FZ Art. 21 part 3' },
  // RF: destruction impossible within the term → block and destroy within 6 months of its end.
  destructionImpossible('ru.unlawful.destroy'),
  destructionImpossible('ru.purpose-achieved.destroy'),
  destructionImpossible('ru.consent-withdrawal.stop'),
  destructionImpossible('ru.stop-processing.stop'),
  // RF: after destruction → keep the act and log export 3 years.
  destroyed('ru.destruction.destroy'),
  destroyed('ru.unlawful.destroy'),
  destroyed('ru.purpose-achieved.destroy'),
  destroyed('ru.consent-withdrawal.stop'),
  destroyed('ru.destruction-impossible.destroy'),
];
