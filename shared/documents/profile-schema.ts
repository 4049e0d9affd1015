/**
 * The organisation profile and the destruction-act defaults the DPO keeps in Settings: one zod schema each,
 * shared by the forms (react-hook-form resolver) and the settings repository (a stored value that does not
 * parse is ignored). Error messages are stable codes ('doc.error.*') that the interface translates; nothing
 * is saved unless every field passes. The KZ authorized body has no default: its current name is uncertain
 * (legal-reference §10.10) and the DPO must enter it. Roskomnadzor defaults to DEFAULT_RKN (editable).
 */
import { z } from 'zod';
import { TEXT_LIMIT, textTooLong, type TextLimit, type TextTooLong } from '../text-limits';
import { validateBin } from '../validation';
import type { ActPerson, Bilingual, CommissionMember, DestructionMethod, OperatorKind, OrgProfile, PublicBody } from './model';
import { DEFAULT_RKN } from './public-bodies';

export const PROFILE_ERRORS = [
  'doc.error.required',
  'doc.error.bin.length',
  'doc.error.bin.digits',
  'doc.error.bin.checksum',
  'doc.error.bin.month',
  'doc.error.bin.entity-type',
  'doc.error.email',
  'doc.error.phone',
  'doc.error.logo.type',
  'doc.error.logo.size',
  'doc.error.prefix',
  'doc.error.prefix.same',
  'doc.error.body.partial',
  'doc.error.list.empty',
  'doc.error.chair',
  'doc.error.sheets',
] as const;
/** A code of PROFILE_ERRORS, or a text over its limit (the message states the limit). */
export type ProfileError = (typeof PROFILE_ERRORS)[number] | TextTooLong;

/** Logo limit: a PNG or JPEG of at most 200 KB, stored as a data URL. */
export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_TYPES = ['image/png', 'image/jpeg'] as const;

export const OPERATOR_KINDS = ['payment-organisation', 'microfinance-organisation', 'bank', 'other'] as const satisfies readonly OperatorKind[];
export const DESTRUCTION_METHODS = [
  'database-deletion',
  'cryptographic-erasure',
  'overwriting',
  'media-destruction',
  'shredding',
  'incineration',
] as const satisfies readonly DestructionMethod[];

const e = (code: ProfileError) => ({ message: code });

const required = (max: TextLimit) =>
  z
    .string()
    .trim()
    .min(1, e('doc.error.required'))
    .max(max, e(textTooLong(max)));
const optional = (max: TextLimit) =>
  z
    .string()
    .trim()
    .max(max, e(textTooLong(max)));
const bilingual = (max: TextLimit) => z.object({ kk: required(max), ru: required(max) });
const optionalBilingual = (max: TextLimit) => z.object({ kk: optional(max), ru: optional(max) });

const DATA_URL = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/]+={0,2})$/;

/** Bytes a base64 payload decodes to. */
export const base64Size = (payload: string): number => {
  const padding = payload.endsWith('==') ? 2 : payload.endsWith('=') ? 1 : 0;
  return Math.floor((payload.length * 3) / 4) - padding;
};

const logo = z.string().superRefine((value, ctx) => {
  if (value === '') return;
  const match = DATA_URL.exec(value);
  if (!match) ctx.addIssue({ code: 'custom', message: 'doc.error.logo.type' satisfies ProfileError });
  else if (base64Size(match[2] ?? '') > LOGO_MAX_BYTES) ctx.addIssue({ code: 'custom', message: 'doc.error.logo.size' satisfies ProfileError });
});

const bin = z
  .string()
  .transform((s) => s.replace(/\s/g, ''))
  .superRefine((value, ctx) => {
    const result = validateBin(value);
    if (!result.valid) ctx.addIssue({ code: 'custom', message: `doc.error.bin.${result.reason}` satisfies ProfileError });
  });

/** 'QK/DPO/', 'ЛФТ-ДД/': letters, digits and / . _ - (the year and sequence are appended). */
const prefix = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}/._-]{1,24}$/u, e('doc.error.prefix'));

const publicBody = z.object({ name: bilingual(400), address: bilingual(400) });
const optionalBody = z.object({ name: optionalBilingual(400), address: optionalBilingual(400) });

const allOrNothing = (body: { name: Bilingual; address: Bilingual }): 'empty' | 'full' | 'partial' => {
  const values = [body.name.kk, body.name.ru, body.address.kk, body.address.ru];
  const filled = values.filter((v) => v !== '').length;
  return filled === 0 ? 'empty' : filled === values.length ? 'full' : 'partial';
};

const person = z.object({ name: required(200), position: bilingual(200) });

/** The DPO's deputies: who else may act for the organisation in the app (and be named in its audit trail). */
export const MAX_DEPUTIES = 5;

export const orgProfileSchema = z
  .object({
    legalName: bilingual(300),
    bin,
    address: bilingual(400),
    city: bilingual(100),
    dpo: z.object({
      name: required(200),
      position: bilingual(200),
      email: z
        .string()
        .trim()
        .max(TEXT_LIMIT.line, e(textTooLong(TEXT_LIMIT.line)))
        .pipe(z.email(e('doc.error.email'))),
      phone: z
        .string()
        .trim()
        .regex(/^\+?[\d\s()-]{7,20}$/, e('doc.error.phone')),
    }),
    /** Absent in profiles saved before deputies could be named. */
    deputies: z.array(person).max(MAX_DEPUTIES).optional(),
    logo,
    kind: z.enum(OPERATOR_KINDS, e('doc.error.required')),
    outgoingNumberPrefix: prefix,
    actNumberPrefix: prefix,
    authorizedBody: publicBody,
    localExecutiveBody: optionalBody,
    rkn: publicBody,
  })
  .superRefine((value, ctx) => {
    if (value.outgoingNumberPrefix === value.actNumberPrefix) {
      ctx.addIssue({ code: 'custom', path: ['actNumberPrefix'], message: 'doc.error.prefix.same' satisfies ProfileError });
    }
    if (allOrNothing(value.localExecutiveBody) === 'partial') {
      ctx.addIssue({ code: 'custom', path: ['localExecutiveBody', 'name', 'kk'], message: 'doc.error.body.partial' satisfies ProfileError });
    }
  });

export type OrgProfileInput = z.input<typeof orgProfileSchema>;
/** The stored profile (settings key 'orgProfile'). */
export type OrgProfileSetting = z.output<typeof orgProfileSchema>;

const emptyBilingual = (): Bilingual => ({ kk: '', ru: '' });

/** Values of a new, empty profile form: Roskomnadzor prefilled, the authorized body left for the DPO. */
export const emptyOrgProfile = (): OrgProfileInput => ({
  legalName: emptyBilingual(),
  bin: '',
  address: emptyBilingual(),
  city: emptyBilingual(),
  dpo: { name: '', position: emptyBilingual(), email: '', phone: '' },
  deputies: [],
  logo: '',
  kind: 'other',
  outgoingNumberPrefix: 'DPO/',
  actNumberPrefix: 'DPO-ACT/',
  authorizedBody: { name: emptyBilingual(), address: emptyBilingual() },
  localExecutiveBody: { name: emptyBilingual(), address: emptyBilingual() },
  rkn: { name: { ...DEFAULT_RKN.name }, address: { ...DEFAULT_RKN.address } },
});

/** The document builders' OrgProfile from the stored setting, in the organisation's zone. */
export const toOrgProfile = (setting: OrgProfileSetting, timeZone: string): OrgProfile => {
  const local: PublicBody | undefined = allOrNothing(setting.localExecutiveBody) === 'full' ? setting.localExecutiveBody : undefined;
  return {
    legalName: setting.legalName,
    bin: setting.bin,
    address: setting.address,
    city: setting.city,
    dpo: setting.dpo,
    ...(setting.logo === '' ? {} : { logo: setting.logo }),
    authorizedBody: setting.authorizedBody,
    ...(local === undefined ? {} : { localExecutiveBody: local }),
    rkn: setting.rkn,
    outgoingNumberPrefix: setting.outgoingNumberPrefix,
    kind: setting.kind,
    timeZone,
  };
};

/* ───────────── destruction-act defaults ───────────── */

const member = person.extend({ role: z.enum(['chair', 'member']) });

/**
 * Who destroys and who signs as the commission, the information systems and categories usually named, and
 * the usual method; each act's form starts from these (settings key 'actDefaults').
 */
export const actDefaultsSchema = z
  .object({
    destroyedBy: z.array(person).min(1, e('doc.error.list.empty')),
    commission: z.array(member).min(1, e('doc.error.list.empty')),
    informationSystems: z.array(required(200)),
    categories: z.array(bilingual(300)).min(1, e('doc.error.list.empty')),
    methods: z.array(z.enum(DESTRUCTION_METHODS)).min(1, e('doc.error.list.empty')),
    processor: z.object({ name: optionalBilingual(300), address: optionalBilingual(400) }),
    /** The CSV column of each annex field, saved per information system when its event log is imported (issue 17). */
    logMappings: z
      .record(
        z.string().max(200),
        z.object({ subject: z.string().max(200), categories: z.string().max(200), reason: z.string().max(200), destroyedAt: z.string().max(200) }),
      )
      .optional(),
  })
  .superRefine((value, ctx) => {
    if (value.commission.filter((m) => m.role === 'chair').length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['commission'], message: 'doc.error.chair' satisfies ProfileError });
    }
    if (allOrNothing(value.processor) === 'partial') {
      ctx.addIssue({ code: 'custom', path: ['processor', 'name', 'kk'], message: 'doc.error.body.partial' satisfies ProfileError });
    }
  });

export type ActDefaultsInput = z.input<typeof actDefaultsSchema>;
export type ActDefaults = z.output<typeof actDefaultsSchema>;

/** Defaults before the DPO sets them: the DPO destroys and chairs, database deletion, no categories yet. */
export const initialActDefaults = (profile: OrgProfileSetting | null): ActDefaultsInput => {
  const dpo: ActPerson = profile === null ? { name: '', position: emptyBilingual() } : { name: profile.dpo.name, position: profile.dpo.position };
  const chair: CommissionMember = { ...dpo, role: 'chair' };
  return {
    destroyedBy: [{ name: dpo.name, position: { ...dpo.position } }],
    commission: [{ name: chair.name, position: { ...chair.position }, role: 'chair' }],
    informationSystems: [],
    categories: [],
    methods: ['database-deletion'],
    processor: { name: emptyBilingual(), address: emptyBilingual() },
  };
};

/** The processor of the act, or undefined when the DPO left it empty. */
export const processorOf = (defaults: ActDefaults): { name: Bilingual; address: Bilingual } | undefined =>
  allOrNothing(defaults.processor) === 'full' ? defaults.processor : undefined;

/** A person who may act in the app: the DPO or a deputy named in the profile. */
export interface ProfilePerson {
  readonly name: string;
  readonly role: 'dpo' | 'deputy';
}

/** The people of the profile who may act, the DPO first. */
export const profilePeople = (profile: OrgProfileSetting | null): ProfilePerson[] =>
  profile === null
    ? []
    : [{ name: profile.dpo.name, role: 'dpo' as const }, ...(profile.deputies ?? []).map((d) => ({ name: d.name, role: 'deputy' as const }))];
