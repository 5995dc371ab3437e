/** Citizens: the list (Mine borgere), search, the record, registering and editing, relatives, CPR reveal. */
import { z } from 'zod';
import { containsCpr, parseCpr } from '../domain/cpr.js';
import { CareDate, dataOf, editOf, flags, Ref } from './common.js';
import { NoteExcerpt } from './journal.js';
import { Intervention, whereFields } from './placements.js';

// ---- Requests

export const CitizenParams = z.strictObject({ citizenId: z.uuid('Ukendt borger-id.') });

export const CitizenListQuery = z.strictObject({
  /**
   * Name, or birth date as DD-MM-ÅÅÅÅ, DDMMÅÅ or ÅÅÅÅ-MM-DD. Never a whole CPR number: this is a URL,
   * which travels through proxies and browser history; that search is POST /citizens/search.
   */
  q: z
    .string()
    .trim()
    .max(100, 'Højst 100 tegn.')
    .refine((q) => !containsCpr(q), 'Søg på et CPR-nummer i feltet til CPR-nummer, så nummeret ikke står i adressen.')
    .optional(),
  /** One of the caller's own units (their roles' or a running cover's): only citizens placed there today. */
  unitId: z.uuid('Ukendt afdeling.').optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type CitizenListFilter = z.infer<typeof CitizenListQuery>;

/** A CPR number, validated (the date must exist; no modulus-11 check) and normalised to 10 digits. */
export const Cpr = z.string().transform((s, ctx) => {
  const r = parseCpr(s);
  if (!r.ok) {
    ctx.addIssue({ code: 'custom', message: r.reason });
    return z.NEVER;
  }
  return r.cpr;
});

export const CprSearchBody = z.strictObject({ cpr: Cpr });

const PersonName = z.string().trim().min(1, 'Skal udfyldes.').max(100, 'Højst 100 tegn.');
/** Codes from the target-group catalogue; at least one (a citizen can belong to several). Duplicates are dropped. */
const TargetGroupCodes = z
  .array(z.string().min(1).max(50))
  .min(1, 'Vælg mindst én målgruppe.')
  .max(20)
  .transform((codes) => [...new Set(codes)]);
/** A user of the municipality who is the citizen's contact person (kontaktperson); null clears it. */
const ContactPersonId = z.uuid('Ukendt medarbejder.').nullable().optional();

export const CreateCitizenBody = z.strictObject({
  cpr: Cpr,
  firstName: PersonName,
  lastName: PersonName,
  targetGroupCodes: TargetGroupCodes,
  contactPersonId: ContactPersonId,
  /** Move in at once: a place, the kind of intervention (its ladder step) and the first day. */
  placement: z
    .strictObject({ placeId: z.uuid('Ukendt plads.'), kindCode: z.string().min(1, 'Vælg en indsats.').max(50), startDate: CareDate })
    .optional(),
});
export type CreateCitizenInput = z.infer<typeof CreateCitizenBody>;
/** What a client sends to register a citizen. */
export type NewCitizenRequest = z.input<typeof CreateCitizenBody>;

export const UpdateCitizenBody = editOf({
  firstName: PersonName.optional(),
  lastName: PersonName.optional(),
  targetGroupCodes: TargetGroupCodes.optional(),
  contactPersonId: ContactPersonId,
});
export type UpdateCitizenInput = z.infer<typeof UpdateCitizenBody>;
export type CitizenPatch = z.input<typeof UpdateCitizenBody>;

export const RelativeParams = z.strictObject({ citizenId: z.uuid('Ukendt borger-id.'), relativeId: z.uuid('Ukendt pårørende-id.') });

const RelativeFields = {
  name: z.string().trim().min(1, 'Skal udfyldes.').max(200, 'Højst 200 tegn.'),
  /** In the citizen's words: mor, bror, ven, værge … */
  relation: z.string().trim().min(1, 'Skal udfyldes.').max(100, 'Højst 100 tegn.'),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ]{6,18}[0-9]$/, 'Ugyldigt telefonnummer.')
    .nullable()
    .optional(),
  /** The citizen has consented to sharing information with this person. */
  consentToShare: z.boolean(),
  note: z.string().trim().max(2000, 'Højst 2000 tegn.').nullable().optional(),
};

export const CreateRelativeBody = z.strictObject(RelativeFields);
export type CreateRelativeInput = z.infer<typeof CreateRelativeBody>;
export type NewRelativeRequest = z.input<typeof CreateRelativeBody>;

export const UpdateRelativeBody = editOf({
  name: RelativeFields.name.optional(),
  relation: RelativeFields.relation.optional(),
  phone: RelativeFields.phone,
  consentToShare: RelativeFields.consentToShare.optional(),
  note: RelativeFields.note,
});
export type UpdateRelativeInput = z.infer<typeof UpdateRelativeBody>;
export type RelativePatch = z.input<typeof UpdateRelativeBody>;

// ---- Responses


/** One row of a citizen list. The CPR number only masked; never whole. */
export const CitizenListItem = Ref.extend({
  birthDate: z.string(),
  age: z.number(),
  cprMasked: z.string(),
  isContactPerson: z.boolean(),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  facilityName: z.string().nullable(),
  nextFollowUp: z.object({ goalId: z.string(), title: z.string(), date: z.string(), overdue: z.boolean() }).nullable(),
  /** Absent unless the actor reads this citizen's journal; null when there is no note yet. */
  latestNote: NoteExcerpt.nullable().optional(),
});
export type CitizenListItem = z.infer<typeof CitizenListItem>;
export const CitizenList = dataOf(z.array(CitizenListItem));

/** What the actor may do with the citizen (the policy's answer, sent so the UI shows only those). */
export const CitizenAbilities = flags(
  'read',
  'revealCpr',
  'readPlan',
  'editPlan',
  'readJournal',
  'writeJournal',
  'readJournalErrors',
  'readEarlierNotes',
  'readHealthNotes',
  'update',
  'manageRelatives',
  'manageInterventions',
  'readAccessLog',
  'makeStatusReport',
  'readStatusReports',
  'readUseOfForce',
  'reportRevisitation',
);
export type CitizenAbilities = z.infer<typeof CitizenAbilities>;

/** Where the citizen lives today: the active intervention with a place. */
export const Placement = z.object({
  interventionId: z.string(),
  ...whereFields,
  legalBasis: z.string(),
  since: z.string(),
  until: z.string().nullable(),
});
export type Placement = z.infer<typeof Placement>;

export const LadderPeriod = z.object({ step: z.number(), name: z.string(), from: z.string(), to: z.string().nullable() });
export type LadderPeriod = z.infer<typeof LadderPeriod>;

export const Relative = z.object({
  id: z.string(),
  name: z.string(),
  relation: z.string(),
  phone: z.string().nullable(),
  consentToShare: z.boolean(),
  note: z.string().nullable(),
  version: z.number(),
});
export type Relative = z.infer<typeof Relative>;
export const RelativeResponse = dataOf(Relative);

/** The citizen record. */
export const Citizen = z.object({
  id: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  name: z.string(),
  birthDate: z.string(),
  age: z.number(),
  cprMasked: z.string(),
  version: z.number(),
  contactPerson: Ref.nullable(),
  targetGroups: z.array(z.object({ code: z.string(), name: z.string() })),
  placement: Placement.nullable(),
  interventions: z.array(Intervention),
  ladder: z.object({ currentStep: z.number().nullable(), currentStepName: z.string().nullable(), path: z.array(LadderPeriod) }),
  relatives: z.array(Relative),
  /** Months between follow-ups where the citizen lives: a new goal's next follow-up is its start plus these. */
  followUpIntervalMonths: z.number(),
  abilities: CitizenAbilities,
});
export type Citizen = z.infer<typeof Citizen>;
export const CitizenResponse = dataOf(Citizen);

/** The whole CPR number (DDMMYY-SSSS): the reveal action's answer only. */
export const RevealedCpr = z.object({ cpr: z.string() });
export type RevealedCpr = z.infer<typeof RevealedCpr>;
