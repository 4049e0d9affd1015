/**
 * The DPO's grounds library: DEFAULT_GROUNDS with the DPO's edits on top, plus grounds the DPO added.
 * Stored as one setting ('groundsLibrary'); the defaults stay data in code, so a later release that corrects
 * a default reaches every installation unless the DPO edited that entry. Refusals record ground ids; the
 * letter prints what the library says for them when it is generated.
 */
import { z } from 'zod';
import { textTooLong, type TextLimit } from '../text-limits';
import { DEFAULT_GROUNDS } from './grounds';
import type { Ground, OperatorKind } from './model';
import type { ProfileError } from './profile-schema';

const e = (code: ProfileError) => ({ message: code });
const text = (max: TextLimit) =>
  z
    .string()
    .trim()
    .min(1, e('doc.error.required'))
    .max(max, e(textTooLong(max)));
const bilingual = (max: TextLimit) => z.object({ kk: text(max), ru: text(max) });

export const LEGAL_TAGS = ['P', 'P-old', 'S', 'K', 'I'] as const;

/** What the DPO may change in an entry (or set for a new one). */
export const groundEditSchema = z.object({
  text: bilingual(4000),
  citation: bilingual(1000),
  tag: z.enum(LEGAL_TAGS),
  jurisdiction: z.enum(['kz', 'ru-subject']),
});
export type GroundEditInput = z.input<typeof groundEditSchema>;
export type GroundEdit = z.output<typeof groundEditSchema>;

const customGround = groundEditSchema.extend({ id: z.string().regex(/^custom-\d+$/) });

export const groundsSettingSchema = z.object({
  /** Edited default entries, by id. */
  overrides: z.record(z.string(), groundEditSchema),
  /** Entries the DPO added ('custom-1', 'custom-2', …). */
  custom: z.array(customGround),
});
export type GroundsSetting = z.output<typeof groundsSettingSchema>;

export const EMPTY_GROUNDS_SETTING: GroundsSetting = { overrides: {}, custom: [] };

const DEFAULT_IDS: ReadonlySet<string> = new Set(DEFAULT_GROUNDS.map((g) => g.id));

/** The library as the DPO sees and uses it: defaults (edited where the DPO edited them), then added grounds. */
export const resolveGrounds = (setting: GroundsSetting): Ground[] => [
  ...DEFAULT_GROUNDS.map((g): Ground => {
    const edit = setting.overrides[g.id];
    return edit === undefined ? g : { ...g, text: edit.text, citation: edit.citation, tag: edit.tag };
  }),
  ...setting.custom.map((c): Ground => ({ id: c.id, text: c.text, citation: c.citation, tag: c.tag, jurisdiction: c.jurisdiction })),
];

export const isDefaultGround = (id: string): boolean => DEFAULT_IDS.has(id);

/** Stores an edit of an existing entry (a default or an added one); an edit equal to the default is dropped. */
export const withGroundEdit = (setting: GroundsSetting, id: string, edit: GroundEdit): GroundsSetting => {
  const original = DEFAULT_GROUNDS.find((g) => g.id === id);
  if (original !== undefined) {
    const overrides = { ...setting.overrides };
    const same =
      original.text.kk === edit.text.kk &&
      original.text.ru === edit.text.ru &&
      original.citation.kk === edit.citation.kk &&
      original.citation.ru === edit.citation.ru &&
      original.tag === edit.tag;
    if (same) delete overrides[id];
    else overrides[id] = { ...edit, jurisdiction: original.jurisdiction };
    return { ...setting, overrides };
  }
  if (!setting.custom.some((c) => c.id === id)) throw new RangeError(`no ground ${id}`);
  return { ...setting, custom: setting.custom.map((c) => (c.id === id ? { ...edit, id } : c)) };
};

/** Adds a ground with the next free 'custom-N' id. */
export const withNewGround = (setting: GroundsSetting, edit: GroundEdit): { setting: GroundsSetting; id: string } => {
  const next = setting.custom.reduce((max, c) => Math.max(max, Number(c.id.slice('custom-'.length))), 0) + 1;
  const id = `custom-${next}`;
  return { setting: { ...setting, custom: [...setting.custom, { ...edit, id }] }, id };
};

/** Puts an edited default back as shipped. */
export const withGroundReset = (setting: GroundsSetting, id: string): GroundsSetting => {
  const overrides = { ...setting.overrides };
  delete overrides[id];
  return { ...setting, overrides };
};

/** Grounds offered for an operator: entries written for another kind of operator are left out. */
export const groundsForOperator = (grounds: readonly Ground[], kind: OperatorKind | undefined): Ground[] =>
  kind === undefined ? [...grounds] : grounds.filter((g) => g.appliesTo === undefined || g.appliesTo.includes(kind));
