/**
 * The organisation tree (org units), places, and facilities with their occupancy (belægning).
 * Request schemas the server validates by, response schemas it answers by.
 */
import { z } from 'zod';
import { NamedCode } from './catalogue.js';
import { activeSwitch, CareDate, editOf, OrgKindSchema, Ref, Version } from './common.js';

/** The legal bases a place can have: those of a stay (Serviceloven §§ 107–110, almenboligloven § 105); migration 016 keeps new places to them too. */
export const placeLegalBases = ['§107', '§108', '§109', '§110', 'ABL §105'] as const;

const UnitName = z.string().trim().min(1, 'Skal udfyldes.').max(200, 'Højst 200 tegn.');
const PlaceName = z.string().trim().min(1, 'Skal udfyldes.').max(100, 'Højst 100 tegn.');
const LegalBasis = z.enum(placeLegalBases, 'Ukendt lovgrundlag.');
/** Codes from the target-group catalogue; duplicates are dropped. */
const TargetGroupCodes = z
  .array(z.string().min(1).max(50), 'Skal være en liste af målgrupper.')
  .max(20, 'Højst 20 målgrupper.')
  .transform((codes) => [...new Set(codes)]);

export const IdParams = z.strictObject({ id: z.uuid('Ukendt id.') });

/** A place's physical standard (what matching's hard rules read); omitted on create: none of them, area not stated. */
const standards = {
  wheelchairAccessible: z.boolean('Skal være ja eller nej.').optional().describe('Kørestolsegnet.'),
  ownBath: z.boolean('Skal være ja eller nej.').optional().describe('Eget bad.'),
  ownKitchen: z.boolean('Skal være ja eller nej.').optional().describe('Eget køkken.'),
  areaM2: z.number('Skal være et tal (m²).').gt(0, 'Arealet skal være over 0 m².').lt(1000, 'Arealet skal være under 1000 m².').nullable().optional()
    .describe('The area in m² (one decimal); null: not stated.'),
};

export const CreateOrgUnitBody = z.strictObject({
  parentId: z.uuid('Vælg hvor enheden hører til.'),
  kind: z.enum(OrgKindSchema.options, 'Ukendt type.'),
  name: UnitName,
});
export type CreateOrgUnitInput = z.infer<typeof CreateOrgUnitBody>;
/** What a client sends (before defaults and transforms). */
export type CreateOrgUnitRequest = z.input<typeof CreateOrgUnitBody>;

export const UpdateOrgUnitBody = editOf({
  name: UnitName.optional(),
  active: activeSwitch('false deactivates: units are never deleted, so history keeps its names.'),
  followUpIntervalMonths: z.int('Skal være et helt antal måneder.').min(1, 'Mindst 1 måned.').max(24, 'Højst 24 måneder.').optional().describe('The default interval between follow-ups on goals of citizens here.'),
});
export type UpdateOrgUnitInput = z.infer<typeof UpdateOrgUnitBody>;
export type UpdateOrgUnitRequest = z.input<typeof UpdateOrgUnitBody>;

export const CreatePlaceBody = z.strictObject({
  unitId: z.uuid('Vælg en afdeling.'),
  name: PlaceName,
  legalBasis: LegalBasis,
  targetGroupCodes: TargetGroupCodes,
  activeFrom: CareDate.optional().describe('The first day the place exists (counts towards occupancy, open for move-ins); default today. A later day plans the place ("planlagt fra").'),
  ...standards,
});
export type CreatePlaceInput = z.infer<typeof CreatePlaceBody>;

export const UpdatePlaceBody = editOf({
  name: PlaceName.optional(),
  legalBasis: LegalBasis.optional(),
  active: activeSwitch('false deactivates (the place counts until today), true reopens it.'),
  targetGroupCodes: TargetGroupCodes.optional(),
  activeFrom: CareDate.optional().describe('Corrects or plans the first day the place exists: not after its first move-in or its deactivation.'),
  ...standards,
});
export type UpdatePlaceInput = z.infer<typeof UpdatePlaceBody>;

/** The period for occupancy over time: both days included; defaults to the last 365 days up to today. */
export const FacilityQuery = z
  .strictObject({ from: CareDate.optional(), to: CareDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'Slutdatoen skal ligge efter startdatoen.', path: ['to'] });
export type FacilityQuery = z.infer<typeof FacilityQuery>;

// ---- Answers ----

/** What the signed-in user may do at a unit of the tree, by the policy's actions on it. */
export const OrgAbilities = z
  .object({
    read: z.boolean(),
    readFigures: z.boolean(),
    readUsers: z.boolean(),
    readDueList: z.boolean(),
    registerCitizens: z.boolean(),
    manage: z.boolean(),
    manageUsers: z.boolean(),
    /** Sees the covers (vagtdækning) on its units: leads it or one of its units. */
    readCovers: z.boolean(),
    /** Sees who was given a role that reads citizens' records there: leads it or one of its units. */
    readRoleGrants: z.boolean(),
  })
  .partial().meta({ id: 'OrgAbilities' });
export type OrgAbilities = z.infer<typeof OrgAbilities>;

/** GET /org-units: one unit of the municipality's tree (the list is flat, depth first, siblings by name). */
export const OrgUnit = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: OrgKindSchema,
  name: z.string(),
  /** '/<root id>/<child id>/…/<own id>/' */
  path: z.string(),
  active: z.boolean(),
  /** The default months between follow-ups on goals of citizens here. */
  followUpIntervalMonths: z.int(),
  version: z.int(),
  abilities: OrgAbilities,
}).meta({ id: 'OrgUnit' });
export type OrgUnit = z.infer<typeof OrgUnit>;

export const TargetGroup = NamedCode.meta({ id: 'TargetGroup' });
export type TargetGroup = z.infer<typeof TargetGroup>;

/** POST /places, PATCH /places/:id */
export const Place = z.object({
  id: z.string(),
  unitId: z.string(),
  name: z.string(),
  legalBasis: z.string(),
  targetGroups: z.array(TargetGroup),
  active: z.boolean(),
  /** The place's validity: it counts towards occupancy from `activeFrom` until, not including, `activeUntil`. */
  activeFrom: z.string(),
  activeUntil: z.string().nullable(),
  wheelchairAccessible: z.boolean(),
  ownBath: z.boolean(),
  ownKitchen: z.boolean(),
  areaM2: z.number().nullable(),
  version: z.int(),
}).meta({ id: 'Place' });
export type Place = z.infer<typeof Place>;

/** Occupancy held against the target, as every occupancy figure carries it. */
export const AgainstTarget = z.object({
  /** One decimal; null when there are no places (no figure, not 0 %). */
  occupancyPct: z.number().nullable(),
  targetPct: z.number(),
  belowTarget: z.boolean(),
});
export type AgainstTarget = z.infer<typeof AgainstTarget>;

/** Occupancy today: occupied of active places. */
export const OccupancyNow = AgainstTarget.extend({ places: z.int(), occupied: z.int(), vacant: z.int() }).meta({ id: 'OccupancyNow' });
export type OccupancyNow = z.infer<typeof OccupancyNow>;

/** Occupancy over a period in place-days, both ends included. */
export const OccupancyPeriod = AgainstTarget.extend({
  from: z.string(),
  to: z.string(),
  days: z.int(),
  availablePlaceDays: z.int(),
  occupiedPlaceDays: z.int(),
}).meta({ id: 'OccupancyPeriod' });
export type OccupancyPeriod = z.infer<typeof OccupancyPeriod>;

const Occupancy = z.object({ now: OccupancyNow, period: OccupancyPeriod });

/** GET /facilities: one facility's figures side by side with the others. */
export const FacilitySummary = OccupancyNow.extend({
  ...Ref.shape,
  centerName: z.string().nullable(),
  /** Active goals of the citizens living there whose follow-up date has passed. */
  overdueFollowUps: z.int(),
  /** Covers (vagtdækning) running now on its units. */
  runningCovers: z.int(),
}).meta({ id: 'FacilitySummary' });
export type FacilitySummary = z.infer<typeof FacilitySummary>;

/** A place as a facility's page lists it: the place, whether it is taken, and by whom. */
export const FacilityPlace = Place.omit({ unitId: true }).extend({
  occupied: z.boolean(),
  /** Named only when the caller may read that citizen. */
  occupant: z.object({ citizenId: z.string(), name: z.string() }).nullable(),
}).meta({ id: 'FacilityPlace' });
export type FacilityPlace = z.infer<typeof FacilityPlace>;

export const FacilityUnit = Ref.extend({
  active: z.boolean(),
  version: z.int(),
  occupancy: Occupancy,
  places: z.array(FacilityPlace),
}).meta({ id: 'FacilityUnit' });
export type FacilityUnit = z.infer<typeof FacilityUnit>;

/** GET /facilities/:id: the facility, its units and places, and occupancy now and over the period asked for. */
export const FacilityDetail = Ref.extend({
  centerName: z.string().nullable(),
  active: z.boolean(),
  followUpIntervalMonths: z.int(),
  version: z.int(),
  abilities: OrgAbilities,
  occupancy: Occupancy,
  units: z.array(FacilityUnit),
}).meta({ id: 'FacilityDetail' });
export type FacilityDetail = z.infer<typeof FacilityDetail>;

// ---- Organisation changes and targets (issue 12) ----

/** POST /org-units/:id/move: the unit (and everything under it) goes under another parent. */
export const MoveOrgUnitBody = z.strictObject({
  version: Version,
  parentId: z.uuid('Vælg hvor enheden skal ligge.'),
  effectiveDate: CareDate.optional().describe('The day the unit belongs to its new parent; default today, never later, nor before its last move.'),
});
export type MoveOrgUnitInput = z.infer<typeof MoveOrgUnitBody>;

/** One move in a unit's history: from which parent, to which, from when and by whom. */
export const OrgUnitMove = z.object({
  id: z.string(),
  fromParent: Ref,
  toParent: Ref,
  effectiveDate: z.string(),
  movedBy: z.string().describe("The mover's display name."),
  movedAt: z.string(),
}).meta({ id: 'OrgUnitMove' });
export type OrgUnitMove = z.infer<typeof OrgUnitMove>;

/** The lowest and highest occupancy target an admin may set (percent). */
export const TARGET_MIN_PCT = 50;
export const TARGET_MAX_PCT = 100;

/** POST /org-units/:id/occupancy-targets: a target for the unit and year, or null to inherit again. */
export const SetTargetBody = z.strictObject({
  year: z.int('Skriv et årstal.').min(2000, 'Året skal ligge mellem 2000 og 2199.').max(2199, 'Året skal ligge mellem 2000 og 2199.'),
  targetPct: z
    .number('Skriv et tal.')
    .min(TARGET_MIN_PCT, `Målet skal være mindst ${TARGET_MIN_PCT} %.`)
    .max(TARGET_MAX_PCT, `Målet kan højst være ${TARGET_MAX_PCT} %.`)
    .refine((n) => Math.round(n * 10) === n * 10, 'Højst én decimal.')
    .nullable()
    .describe('Percent, 50–100 with at most one decimal; null removes the unit\'s own target for the year (the one above applies).'),
});
export type SetTargetInput = z.infer<typeof SetTargetBody>;

/** The target that applies to a unit in a year: its own or the nearest above it; `source` null is the default. */
export const EffectiveTarget = z.object({
  year: z.int(),
  targetPct: z.number(),
  source: Ref.nullable(),
}).meta({ id: 'EffectiveTarget' });
export type EffectiveTarget = z.infer<typeof EffectiveTarget>;

/** GET /org-units/:id/occupancy-targets: the unit's own targets by year, and what applies this year and next. */
export const OccupancyTargets = z.object({
  own: z.array(z.object({ year: z.int(), targetPct: z.number(), setBy: z.string(), setAt: z.string() })),
  effective: z.array(EffectiveTarget),
  /** May targets be set on this unit (a municipality, center, area or facility)? */
  settable: z.boolean(),
}).meta({ id: 'OccupancyTargets' });
export type OccupancyTargets = z.infer<typeof OccupancyTargets>;
