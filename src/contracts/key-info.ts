/**
 * Key information on the citizen record (nøgleoplysninger): outside professionals, allergies, aids,
 * risk assessments (Brøset's violence checklist) and the crisis plan; and legal representation and
 * consent as a register (værge, fremtidsfuldmagt, samtykker).
 */
import { z } from 'zod';
import { CareDate, dataOf, flags, Version } from './common.js';

const text = (max: number) => z.string().trim().min(1, 'Feltet skal udfyldes.').max(max, `Højst ${max} tegn.`);
const optionalText = (max: number) => z.string().trim().max(max, `Højst ${max} tegn.`).nullable().optional();
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ]{6,18}[0-9]$/, 'Ugyldigt telefonnummer.')
  .nullable()
  .optional();

export const KeyInfoItemParams = z.strictObject({ citizenId: z.uuid('Ukendt borger-id.'), itemId: z.uuid('Ukendt id.') });
export const ConsentParams = z.strictObject({ citizenId: z.uuid('Ukendt borger-id.'), consentId: z.uuid('Ukendt samtykke.') });

/** A read or export made under a consent (to hand over to its recipient): logged against the consent. */
export const UnderConsentQuery = z.strictObject({
  consentId: z.uuid('Ukendt samtykke.').optional().describe('The consent the read or export is made under; its audit row names it.'),
});

// ---- Outside professionals

export const professionalKinds = ['gp', 'psychiatry', 'substance_treatment', 'probation', 'dentist', 'other'] as const;
export type ProfessionalKind = (typeof professionalKinds)[number];

export const ProfessionalBody = z.strictObject({
  kind: z.enum(professionalKinds, 'Vælg hvilken slags fagperson.'),
  name: text(200),
  organisation: optionalText(200),
  phone,
  note: optionalText(2000),
});
export type ProfessionalInput = z.infer<typeof ProfessionalBody>;

export const Professional = z.object({
  id: z.string(),
  kind: z.enum(professionalKinds),
  name: z.string(),
  organisation: z.string().nullable(),
  phone: z.string().nullable(),
  note: z.string().nullable(),
});
export type Professional = z.infer<typeof Professional>;

// ---- Allergies and aids

export const allergySeverities = ['mild', 'moderate', 'severe'] as const;
export type AllergySeverity = (typeof allergySeverities)[number];

export const AllergyBody = z.strictObject({
  substance: text(200),
  reaction: optionalText(500),
  severity: z.enum(allergySeverities, 'Vælg hvor alvorlig.'),
});
export type AllergyInput = z.infer<typeof AllergyBody>;

export const Allergy = z.object({ id: z.string(), substance: z.string(), reaction: z.string().nullable(), severity: z.enum(allergySeverities) });
export type Allergy = z.infer<typeof Allergy>;

export const AidBody = z.strictObject({ name: text(200), note: optionalText(2000) });
export type AidInput = z.infer<typeof AidBody>;

export const Aid = z.object({ id: z.string(), name: z.string(), note: z.string().nullable() });
export type Aid = z.infer<typeof Aid>;

// ---- Risk assessment: Brøset's violence checklist (BVC)

/** The six behaviours of the BVC, each scored 0 (absent) or 1 (present in the last 24 hours). */
export const bvcItems = ['confused', 'irritable', 'boisterous', 'verbalThreats', 'physicalThreats', 'attackingObjects'] as const;
export type BvcItem = (typeof bvcItems)[number];

const bvcScore = z.union([z.literal(0), z.literal(1)], 'Skal være 0 (ikke til stede) eller 1 (til stede).');

export const RiskAssessmentBody = z.strictObject({
  assessedOn: CareDate,
  ...(Object.fromEntries(bvcItems.map((item) => [item, bvcScore])) as Record<BvcItem, typeof bvcScore>),
  note: optionalText(2000),
});
export type RiskAssessmentInput = z.infer<typeof RiskAssessmentBody>;

/** The Danish reading of a BVC total: 0 low, 1–2 moderate, 3 or more high risk of violence in the next 24 hours. */
export const bvcLevels = ['low', 'moderate', 'high'] as const;
export type BvcLevel = (typeof bvcLevels)[number];
export const bvcLevel = (total: number): BvcLevel => (total === 0 ? 'low' : total <= 2 ? 'moderate' : 'high');

export const RiskAssessment = z.object({
  id: z.string(),
  assessedOn: z.string(),
  scores: z.object(Object.fromEntries(bvcItems.map((item) => [item, z.number()])) as Record<BvcItem, z.ZodNumber>),
  total: z.number(),
  level: z.enum(bvcLevels),
  note: z.string().nullable(),
  assessedBy: z.string(),
});
export type RiskAssessment = z.infer<typeof RiskAssessment>;

// ---- Crisis plan

export const CrisisPlanBody = z.strictObject({
  /** The version read; absent when there is no crisis plan yet (a stale absence answers 409 too). */
  version: Version.optional(),
  signs: text(4000),
  whatHelps: text(4000),
  whoToCall: text(4000),
});
export type CrisisPlanInput = z.infer<typeof CrisisPlanBody>;

export const CrisisPlan = z.object({
  signs: z.string(),
  whatHelps: z.string(),
  whoToCall: z.string(),
  version: z.number(),
  updatedBy: z.string(),
  /** ISO timestamp. */
  updatedAt: z.string(),
});
export type CrisisPlan = z.infer<typeof CrisisPlan>;

export const KeyInfo = z.object({
  professionals: z.array(Professional),
  allergies: z.array(Allergy),
  aids: z.array(Aid),
  /** Newest first. */
  riskAssessments: z.array(RiskAssessment),
  crisisPlan: CrisisPlan.nullable(),
  abilities: flags('edit'),
});
export type KeyInfo = z.infer<typeof KeyInfo>;

// ---- Legal representation

export const representativeKinds = ['guardian', 'future_power_of_attorney'] as const;
export type RepresentativeKind = (typeof representativeKinds)[number];
/** Værgemålsloven: § 5 personal matters, § 7 financial matters, or both. */
export const representationScopes = ['personal', 'financial', 'both'] as const;
export type RepresentationScope = (typeof representationScopes)[number];

export const RepresentativeBody = z
  .strictObject({
    kind: z.enum(representativeKinds, 'Vælg værge eller fremtidsfuldmagt.'),
    name: text(200),
    phone,
    scope: z.enum(representationScopes, 'Vælg hvad repræsentationen omfatter.'),
    /** A guardian's period starts here; a power of attorney is in force from here. */
    validFrom: CareDate,
    validTo: CareDate.nullable().optional(),
    note: optionalText(2000),
  })
  .refine((b) => !b.validTo || b.validTo >= b.validFrom, { message: 'Slutdatoen må ikke ligge før startdatoen.', path: ['validTo'] });
export type RepresentativeInput = z.infer<typeof RepresentativeBody>;

export const Representative = z.object({
  id: z.string(),
  kind: z.enum(representativeKinds),
  name: z.string(),
  phone: z.string().nullable(),
  scope: z.enum(representationScopes),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  note: z.string().nullable(),
  /** In force today. */
  active: z.boolean(),
});
export type Representative = z.infer<typeof Representative>;

// ---- Consents

/** What a consent lets be shared. */
export const consentScopes = ['plan', 'journal_summary', 'health', 'key_information', 'finances', 'housing'] as const;
export type ConsentScope = (typeof consentScopes)[number];

const NO_SCOPE = 'Vælg mindst én ting samtykket omfatter.';

export const ConsentBody = z
  .strictObject({
    /** A relative of the record's (by id) or a named body (by name). */
    relativeId: z.uuid('Ukendt pårørende.').optional(),
    bodyName: text(200).optional(),
    scopes: z.array(z.enum(consentScopes, 'Ukendt område.'), NO_SCOPE).min(1, NO_SCOPE).max(consentScopes.length),
    givenOn: CareDate,
    validUntil: CareDate.nullable().optional(),
    note: optionalText(2000),
  })
  .refine((b) => (b.relativeId === undefined) !== (b.bodyName === undefined), {
    message: 'Vælg enten en pårørende eller skriv navnet på en myndighed eller instans.',
    path: ['relativeId'],
  })
  .refine((b) => !b.validUntil || b.validUntil >= b.givenOn, { message: 'Udløbsdatoen må ikke ligge før datoen for samtykket.', path: ['validUntil'] });
export type ConsentInput = z.infer<typeof ConsentBody>;

export const WithdrawConsentBody = z.strictObject({ withdrawnOn: CareDate });

export const Consent = z.object({
  id: z.string(),
  recipientKind: z.enum(['relative', 'body']),
  relativeId: z.string().nullable(),
  recipientName: z.string(),
  scopes: z.array(z.enum(consentScopes)),
  givenOn: z.string(),
  validUntil: z.string().nullable(),
  note: z.string().nullable(),
  withdrawnOn: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
  /** Given, not expired and not withdrawn today. */
  active: z.boolean(),
  /** Reads and exports made under it so far (the audit log). */
  uses: z.number(),
  lastUsedAt: z.string().nullable(),
});
export type Consent = z.infer<typeof Consent>;

export const Representation = z.object({
  representatives: z.array(Representative),
  consents: z.array(Consent),
  abilities: flags('manage'),
});
export type Representation = z.infer<typeof Representation>;

export const KeyInfoResponse = dataOf(KeyInfo);
export const RepresentationResponse = dataOf(Representation);
