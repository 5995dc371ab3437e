import { z } from 'zod';
import { CareDate, hasChange, nothingToChange, Version } from '../../../contracts/common.js';
import { orgKinds } from './tree.js';

/** The legal bases a place can have (Serviceloven §§ and almenboligloven §105). */
export const placeLegalBases = ['§82a', '§82b', '§85', '§85a', '§99', '§103', '§104', '§107', '§108', '§109', '§110', 'ABL §105'] as const;

const UnitName = z.string().trim().min(1, 'Skal udfyldes.').max(200, 'Højst 200 tegn.');
const PlaceName = z.string().trim().min(1, 'Skal udfyldes.').max(100, 'Højst 100 tegn.');
const LegalBasis = z.enum(placeLegalBases, 'Ukendt lovgrundlag.');
/** Codes from the target-group catalogue; duplicates are dropped. */
const TargetGroupCodes = z
  .array(z.string().min(1).max(50), 'Skal være en liste af målgrupper.')
  .max(20, 'Højst 20 målgrupper.')
  .transform((codes) => [...new Set(codes)]);

export const IdParams = z.strictObject({ id: z.uuid('Ukendt id.') });

export const CreateOrgUnitBody = z.strictObject({
  parentId: z.uuid('Vælg hvor enheden hører til.'),
  kind: z.enum(orgKinds, 'Ukendt type.'),
  name: UnitName,
});
export type CreateOrgUnitInput = z.infer<typeof CreateOrgUnitBody>;

export const UpdateOrgUnitBody = z
  .strictObject({
    version: Version,
    name: UnitName.optional(),
    /** false deactivates: units are never deleted, so history keeps its names. */
    active: z.boolean('Skal være sand eller falsk.').optional(),
    /** The default interval between follow-ups on goals of citizens here. */
    followUpIntervalMonths: z.int('Skal være et helt antal måneder.').min(1, 'Mindst 1 måned.').max(24, 'Højst 24 måneder.').optional(),
  })
  .refine(hasChange, nothingToChange());
export type UpdateOrgUnitInput = z.infer<typeof UpdateOrgUnitBody>;

export const CreatePlaceBody = z.strictObject({
  unitId: z.uuid('Vælg en afdeling.'),
  name: PlaceName,
  legalBasis: LegalBasis,
  targetGroupCodes: TargetGroupCodes,
  /** The first day the place exists (counts towards occupancy); default today, never later. */
  activeFrom: CareDate.optional(),
});
export type CreatePlaceInput = z.infer<typeof CreatePlaceBody>;

export const UpdatePlaceBody = z
  .strictObject({
    version: Version,
    name: PlaceName.optional(),
    legalBasis: LegalBasis.optional(),
    /** false deactivates (the place counts until today), true reopens it. */
    active: z.boolean('Skal være sand eller falsk.').optional(),
    targetGroupCodes: TargetGroupCodes.optional(),
    /** Corrects the first day the place exists: not after today or its first move-in. */
    activeFrom: CareDate.optional(),
  })
  .refine(hasChange, nothingToChange());
export type UpdatePlaceInput = z.infer<typeof UpdatePlaceBody>;

/** The period for occupancy over time: both days included; defaults to the last 365 days up to today. */
export const FacilityQuery = z
  .strictObject({ from: CareDate.optional(), to: CareDate.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'Slutdatoen skal ligge efter startdatoen.', path: ['to'] });
