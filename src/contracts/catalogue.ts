/** The catalogues the web app's pickers and admin forms show (reference data, no citizen in it). */
import { z } from 'zod';
import { OrgKindSchema, RoleSchema } from './common.js';

/** An FFB concept (life area, goal type, level): its code, the text shown, and the code system's definition. */
export const Concept = z.object({ code: z.string(), display: z.string(), definition: z.string().nullable() });
export type Concept = z.infer<typeof Concept>;

/** An entry of one of the center's own lists (target groups, legal bases). */
export const NamedCode = z.object({ code: z.string(), name: z.string() });
export type NamedCode = z.infer<typeof NamedCode>;

/** A kind of intervention (service) valid today: its step (or steps by the granted hours a week), delivery and legal bases. */
export const InterventionKind = NamedCode.extend({
  ladderStep: z.number(),
  ladderStepName: z.string(),
  defaultLegalBasis: z.string().nullable(),
  /** A stay on a place, support in one's own home, a day service, or other (no delivering unit). */
  delivery: z.enum(['stay', 'home', 'day', 'other']),
  /** The legal bases it may be granted on. */
  legalBases: z.array(z.string()),
  /** When not empty, the step is that of the highest `hoursFrom` at or below the granted hours a week (which are then required). */
  stepsByExtent: z.array(z.object({ hoursFrom: z.number(), ladderStep: z.number() })),
});
export type InterventionKind = z.infer<typeof InterventionKind>;

export const Catalogue = z.object({
  ffbAreas: z.array(Concept),
  goalTypes: z.array(Concept),
  /** Scales best → worst with 'Ikke vurderet' last. */
  functionalLevels: z.array(Concept),
  supportNeedLevels: z.array(Concept),
  targetGroups: z.array(NamedCode),
  interventionKinds: z.array(InterventionKind),
  /** The legal bases a service can be granted on today; `stay`: a basis for a place. */
  legalBases: z.array(NamedCode.extend({ stay: z.boolean() })),
  /** Denmark's 98 municipalities: acting and paying municipality of a service. */
  municipalities: z.array(NamedCode.extend({ region: z.string() })),
  /** The signed-in user's own municipality's code (the default acting and paying municipality); null when not set. */
  ownMunicipalityCode: z.string().nullable(),
  /** Why a service ends, and where the citizen went. */
  endReasons: z.array(NamedCode),
  destinations: z.array(NamedCode),
  /** The legal bases a place may have (the codes the server accepts on a place). */
  placeLegalBases: z.array(z.string()).readonly(),
  /** Where in the tree each role may be held (the server refuses other kinds with a field error). */
  roleUnitKinds: z.record(RoleSchema, z.array(OrgKindSchema).readonly()),
  /** Which kinds may sit directly under each kind (municipality → center → (area) → facility → unit). */
  childKinds: z.record(OrgKindSchema, z.array(OrgKindSchema).readonly()),
});
export type Catalogue = z.infer<typeof Catalogue>;
