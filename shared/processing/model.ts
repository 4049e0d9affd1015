/**
 * The operator's register of processing activities (legal-reference §11.3–§11.4): what is processed, why, on
 * which legal basis, for how long and from which event the term runs, to whom it goes and where it is kept.
 * The register is versioned: a version is a snapshot of every activity, in force from its effective date until
 * the next version's; an information answer cites the version in force on the day it is given. Texts that are
 * printed in letters are kept in Kazakh and Russian.
 */
import type { Bilingual } from '../documents/model';

export type { Bilingual };

/** Consent of the subject, a contract with the subject, or a law (cited to the point). */
export const LEGAL_BASIS_KINDS = ['consent', 'contract', 'law'] as const;
export type LegalBasisKind = (typeof LEGAL_BASIS_KINDS)[number];

/** The event a storage term runs from. */
export const RETENTION_EVENTS = ['end-of-relationship', 'operation-date', 'purpose-achieved', 'consent-withdrawn'] as const;
export type RetentionEvent = (typeof RETENTION_EVENTS)[number];

export const TERM_UNITS = ['years', 'months'] as const;
export type TermUnit = (typeof TERM_UNITS)[number];

/** Who receives the data: another operator, or a processor acting for the operator (RF Art. 14 p.7 sub.9). */
export const PARTY_ROLES = ['recipient', 'processor'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

export interface LegalBasis {
  readonly kind: LegalBasisKind;
  /** Pinpoint citation, e.g. «ҚКЖ/ҚТ туралы Заңның 11-бабы 4-тармағы» / «ст. 11 п. 4 Закона о ПОД/ФТ». */
  readonly citation: Bilingual;
}

export interface RetentionTerm {
  readonly amount: number;
  readonly unit: TermUnit;
  readonly runsFrom: RetentionEvent;
  /** The law or internal act that sets the term, cited to the point. */
  readonly basis: Bilingual;
}

export interface Party {
  readonly role: PartyRole;
  readonly name: string;
  readonly address: string;
  /** ISO 3166-1 alpha-2 (KZ, RU …). */
  readonly country: string;
}

export interface CrossBorderTransfer {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  /** The ground under Art. 16 of Law 94-V (adequate protection p.1; consent p.4 sub.1 …). */
  readonly basis: Bilingual;
}

export interface InformationSystem {
  readonly name: string;
  /** Where its database is located (Art. 12 p.2 wants it in the RK): city and country. */
  readonly databaseLocation: string;
  /** ISO 3166-1 alpha-2 of the database location. */
  readonly country: string;
}

export interface ProcessingActivity {
  /** Stable within the register: relationships and imports name it (e.g. 'microloan-contract'). */
  readonly id: string;
  readonly purpose: Bilingual;
  readonly legalBasis: LegalBasis;
  readonly subjectCategories: Bilingual;
  readonly dataCategories: Bilingual;
  /** The list of data, as it is printed in the answer. */
  readonly dataList: Bilingual;
  readonly sources: Bilingual;
  /** Methods of collection and processing. */
  readonly methods: Bilingual;
  readonly retention: RetentionTerm;
  readonly parties: readonly Party[];
  readonly crossBorder: readonly CrossBorderTransfer[];
  readonly systems: readonly InformationSystem[];
}

/** Where a version came from. */
export const VERSION_SOURCES = ['edit', 'starter', 'import'] as const;
export type VersionSource = (typeof VERSION_SOURCES)[number];

/** One version of the register: every activity, in force from `effectiveFrom`. Never changed once saved. */
export interface RegisterVersionRecord {
  readonly id: string;
  /** 1, 2, 3 … in the order they were saved. */
  readonly version: number;
  /** YYYY-MM-DD: in force from this day until the next version's effective day. */
  readonly effectiveFrom: string;
  readonly savedAt: string;
  readonly source: VersionSource;
  /** Why the register changed (typed by the DPO; the starter's name for a starter). */
  readonly note: string;
  readonly activities: readonly ProcessingActivity[];
}
