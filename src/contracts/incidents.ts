/**
 * Incidents: adverse events (utilsigtede hændelser, the DPSD report's fields and severity matrix)
 * followed up by the unit's leader; violence and threats against staff or residents with the
 * 14-day deadline of the work-accident report; the leaders' and the center's dashboard.
 * Reported as learning, not blame: no field names a guilty person.
 */
import { z } from 'zod';
import { CareDate, dataOf, flags, Ref, Version } from './common.js';
import { ClockTime } from './visits.js';

/** Kinds of adverse event (the municipalities' own grouping; the DPSD main group is chosen in the national form). */
export const adverseEventTypes = ['medication_error', 'fall', 'infection', 'pressure_ulcer', 'sector_transition', 'other'] as const;
export type AdverseEventType = (typeof adverseEventTypes)[number];
export const adverseEventStatuses = ['reported', 'analysis', 'closed'] as const;
export type AdverseEventStatus = (typeof adverseEventStatuses)[number];
export const violenceKinds = ['physical', 'threat', 'harassment', 'sexual', 'other'] as const;
export type ViolenceKind = (typeof violenceKinds)[number];

const Text = (max: number) => z.string().trim().max(max, `Højst ${max} tegn.`);
const Required = (min: number, max: number, message: string) => z.string(message).trim().min(min, message).max(max, `Højst ${max} tegn.`);

export const ReportAdverseEventBody = z.strictObject({
  /** The citizen the event concerned; omitted for an event not about one (then `unitId` is the actor's unit). */
  citizenId: z.uuid('Ukendt borger.').optional(),
  /** Where: the unit (for a citizen, one serving them today). */
  unitId: z.uuid('Vælg afdelingen.'),
  /** The round registration it arose from, if any. */
  administrationId: z.uuid('Ukendt medicinregistrering.').optional(),
  date: CareDate,
  time: ClockTime,
  eventType: z.enum(adverseEventTypes, 'Vælg hvilken slags hændelse.'),
  title: Required(3, 200, 'Skriv en overskrift (mindst 3 tegn).'),
  description: Required(10, 8000, 'Beskriv hvad der skete før, under og efter (mindst 10 tegn).'),
  consequenceNote: Text(4000).default(''),
  prevention: Text(4000).default(''),
  comments: Text(4000).default(''),
  location: Text(200).default(''),
  involvedLocations: Text(500).default(''),
  medicine: Text(1000).default(''),
  /** A level of the matrix's "actual consequence" (GET /incidents/options). */
  actualConsequence: z.string('Vælg den faktiske konsekvens.').min(1, 'Vælg den faktiske konsekvens.').max(100),
  /** A level of "possible consequence"; not asked when the actual consequence is serious or fatal. */
  possibleConsequence: z.string().max(100).nullable().default(null),
});
export type ReportAdverseEventInput = z.infer<typeof ReportAdverseEventBody>;

export const AdverseEventFollowUpBody = z.strictObject({
  version: Version,
  status: z.enum(adverseEventStatuses, 'Vælg en status.'),
  learning: Text(4000).default(''),
  actions: Text(4000).default(''),
}).refine((b) => b.status !== 'closed' || b.learning.length >= 3, { path: ['learning'], message: 'Skriv læringen, før hændelsen lukkes.' });
export type AdverseEventFollowUpInput = z.infer<typeof AdverseEventFollowUpBody>;

export const AdverseEventParams = z.strictObject({ eventId: z.uuid('Ukendt hændelse.') });
export const AdverseEventListQuery = z.strictObject({
  citizenId: z.uuid('Ukendt borger.').optional(),
  status: z.enum(['open', 'all'], 'Vælg en af mulighederne.').default('all'),
});

/** One adverse event as its reader sees it. `reportedBy` only for the unit's leaders; health details only for those treating the citizen or leading the unit. */
export const AdverseEvent = z.object({
  id: z.string(),
  citizen: Ref.nullable(),
  unit: Ref,
  facility: Ref,
  administrationId: z.string().nullable(),
  /** ISO timestamp. */
  occurredAt: z.string(),
  eventType: z.enum(adverseEventTypes),
  title: z.string(),
  /** Null where the reader may not see a medication error's health details. */
  description: z.string().nullable(),
  consequenceNote: z.string().nullable(),
  prevention: z.string(),
  comments: z.string(),
  location: z.string(),
  involvedLocations: z.string(),
  medicine: z.string().nullable(),
  actualConsequence: z.string(),
  possibleConsequence: z.string().nullable(),
  severity: z.string(),
  reportedBy: Ref.nullable(),
  reportedByMe: z.boolean(),
  /** ISO timestamp. */
  reportedAt: z.string(),
  status: z.enum(adverseEventStatuses),
  learning: z.string(),
  actions: z.string(),
  followedUpBy: z.string().nullable(),
  followedUpAt: z.string().nullable(),
  version: z.number(),
  abilities: flags('followUp', 'export'),
});
export type AdverseEvent = z.infer<typeof AdverseEvent>;
export const AdverseEventResponse = dataOf(AdverseEvent);

export const AdverseEventListItem = AdverseEvent.pick({
  id: true, citizen: true, unit: true, facility: true, occurredAt: true, eventType: true, title: true, severity: true, status: true, reportedByMe: true,
});
export type AdverseEventListItem = z.infer<typeof AdverseEventListItem>;
export const AdverseEventList = dataOf(z.array(AdverseEventListItem));

/** One field of the DPSD report as the national form orders it; `prompt` for the description's parts. */
export const DpsdField = z.object({ field: z.string(), prompt: z.string().optional(), value: z.string() });
export const DpsdExport = z.object({ form: z.string(), fields: z.array(DpsdField) });
export type DpsdExport = z.infer<typeof DpsdExport>;

export const ReportViolenceBody = z.strictObject({
  unitId: z.uuid('Vælg afdelingen.'),
  date: CareDate,
  kind: z.enum(violenceKinds, 'Vælg hvad der skete.'),
  /** Exactly one exposed person: a staff member (user) or a resident (citizen). */
  exposedUserId: z.uuid('Ukendt medarbejder.').optional(),
  exposedCitizenId: z.uuid('Ukendt borger.').optional(),
  /** The resident who acted, if any. */
  actingCitizenId: z.uuid('Ukendt borger.').optional(),
  description: Required(10, 4000, 'Beskriv hvad der skete (mindst 10 tegn).'),
  injury: Text(2000).default(''),
  absenceDays: z.int('Skriv et helt antal dage.').min(0, 'Fraværsdage kan ikke være negative.').max(365, 'Højst 365 dage.').default(0),
}).superRefine((b, ctx) => {
  if (!b.exposedUserId === !b.exposedCitizenId) {
    ctx.addIssue({ code: 'custom', path: ['exposedUserId'], message: 'Vælg hvem der blev udsat: en medarbejder eller en beboer.' });
  }
  if (b.exposedCitizenId && b.actingCitizenId === b.exposedCitizenId) {
    ctx.addIssue({ code: 'custom', path: ['actingCitizenId'], message: 'Den udsatte og den udøvende kan ikke være den samme.' });
  }
});
export type ReportViolenceInput = z.infer<typeof ReportViolenceBody>;

export const WorkAccidentBody = z.strictObject({ version: Version, reportedOn: CareDate });
export const ViolenceParams = z.strictObject({ incidentId: z.uuid('Ukendt registrering.') });

export const ViolenceIncident = z.object({
  id: z.string(),
  unit: Ref,
  facility: Ref,
  date: z.string(),
  kind: z.enum(violenceKinds),
  exposedStaff: Ref.nullable(),
  exposedCitizen: Ref.nullable(),
  actingCitizen: Ref.nullable(),
  description: z.string(),
  injury: z.string(),
  absenceDays: z.number(),
  /** A staff member's exposure: the work-accident report's due date (the day + 14), when it was made, and whether it is overdue. */
  workAccident: z.object({ due: z.string(), reportedOn: z.string().nullable(), overdue: z.boolean(), markedOverdueAt: z.string().nullable() }).nullable(),
  reportedBy: Ref.nullable(),
  reportedByMe: z.boolean(),
  reportedAt: z.string(),
  version: z.number(),
  abilities: flags('recordWorkAccident'),
});
export type ViolenceIncident = z.infer<typeof ViolenceIncident>;
export const ViolenceResponse = dataOf(ViolenceIncident);
export const ViolenceList = dataOf(z.array(ViolenceIncident));

/** What the report forms offer: the severity matrix (from the reference data), and the units the actor reports on, with their staff and residents. */
export const IncidentOptions = dataOf(z.object({
  severity: z.object({
    actualLevels: z.array(z.string()),
    possibleLevels: z.array(z.string()),
    /** Actual levels for which the possible consequence is not asked. */
    actualWithoutPossible: z.array(z.string()),
    matrix: z.array(z.object({ actual: z.string(), possible: z.string().nullable(), category: z.string() })),
  }),
  units: z.array(Ref.extend({ facilityName: z.string(), staff: z.array(Ref), citizens: z.array(Ref) })),
}));
export type IncidentOptions = z.infer<typeof IncidentOptions>;

export const DashboardQuery = z.strictObject({
  /** First month shown (YYYY-MM); the default is eleven months before this one. */
  from: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Skriv en måned (ÅÅÅÅ-MM).').optional(),
});

/** Counts only, never free text about a citizen: the center's management reads it too. */
export const IncidentDashboard = dataOf(z.object({
  from: z.string(),
  to: z.string(),
  /** Incidents by source and type per facility per month (YYYY-MM). */
  counts: z.array(z.object({ facility: Ref, month: z.string(), source: z.string(), type: z.string(), count: z.number() })),
  /** Per facility: adverse events not closed, and work-accident reports overdue. */
  open: z.array(z.object({ facility: Ref, openFollowUps: z.number(), overdueWorkAccidents: z.number() })),
}));
export type IncidentDashboard = z.infer<typeof IncidentDashboard>;
