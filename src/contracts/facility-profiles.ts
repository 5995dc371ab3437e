/**
 * Facility profiles (issue 14, C1): what a facility and each of its units offer — methods and
 * specialisations, exclusion criteria, the age range of the target groups, the highest FFB
 * support-need level met, the daily rate, pets, the area — and the public description shaped like
 * Tilbudsportalen's published facts ('stamoplysninger'). Approved legal bases, target groups and
 * physical standards stay on the places (organisation's contract) and are summed up here.
 */
import { z } from 'zod';
import { NamedCode } from './catalogue.js';
import { REFERRAL_FLAGS } from '../domain/visitation/types.js';

/** Empty text is "not stated" (null). */
const optionalText = (max: number, message = `Højst ${max} tegn.`) =>
  z
    .string('Skal være tekst.')
    .trim()
    .max(max, message)
    .nullable()
    .transform((s) => (s ? s : null));

const Age = z.int('Skal være et helt antal år.').min(18, 'Mindst 18 år (voksne).').max(130, 'Højst 130 år.').nullable();

/** The profile's own fields. On a unit, null (and an empty text) means "as the facility"; its lists add to the facility's. */
export const ProfileFields = z.object({
  tilbudsportalenId: z
    .string('Skal være tekst.')
    .trim()
    .regex(/^[0-9]{0,12}$/, 'Tilbudsportalens id er et tal på højst 12 cifre.')
    .nullable()
    .transform((s) => (s ? s : null))
    .describe("The facility's id on Tilbudsportalen (digits)."),
  address: optionalText(300),
  phone: optionalText(40),
  website: optionalText(300),
  publicDescription: z.string('Skal være tekst.').trim().max(5000, 'Højst 5000 tegn.').describe('The public description (Tilbudsportalen); empty on a unit: as the facility.'),
  areaMunicipalityCode: z.string('Vælg en kommune.').regex(/^[0-9]{3}$/, 'Ukendt kommune.').nullable().describe('Where it lies: a code of danish_municipalities.'),
  district: optionalText(100).describe('The district (bydel) within the municipality.'),
  ageFrom: Age,
  ageTo: Age,
  methods: z
    .array(z.string('Ukendt metode.').max(40, 'Ukendt metode.'), 'Skal være en liste af metoder.')
    .max(40, 'Højst 40 metoder og specialiseringer.')
    .transform((codes) => [...new Set(codes)])
    .describe('Codes of visitation_methods: methods and specialisations.'),
  exclusionCriteria: z
    .array(z.enum(REFERRAL_FLAGS, 'Ukendt eksklusionskriterium.'), 'Skal være en liste af eksklusionskriterier.')
    .transform((codes) => REFERRAL_FLAGS.filter((f) => codes.includes(f)))
    .describe('Referral flags the facility does not take.'),
  maxSupportLevel: z.int('Skal være et niveau fra 0 til 4.').min(0, 'Niveauet er 0–4 (FFB).').max(4, 'Niveauet er 0–4 (FFB).').nullable()
    .describe('The highest FFB support-need level (0 ingen … 4 fuldstændig) the unit can meet in every area.'),
  dailyRateDkk: z.number('Skal være et beløb i kroner.').min(0, 'Taksten kan ikke være negativ.').max(99_999_999, 'Taksten er for stor.').nullable()
    .describe('The daily rate (takst pr. døgn) in DKK.'),
  petsAllowed: z.boolean('Skal være ja eller nej.').nullable(),
});
export type ProfileFields = z.output<typeof ProfileFields>;

/** PUT /org-units/:id/profile: the whole profile, with the version read (0: there is none yet). */
export const PutProfileBody = z
  .strictObject({
    version: z.int('Versionen skal være et heltal.').min(0, 'Ugyldig version.').max(2_147_483_647, 'Ugyldig version.'),
    ...ProfileFields.shape,
  })
  .superRefine((b, ctx) => {
    if ((b.ageFrom === null) !== (b.ageTo === null)) {
      ctx.addIssue({ code: 'custom', path: [b.ageFrom === null ? 'ageFrom' : 'ageTo'], message: 'Angiv både alder fra og alder til, eller ingen af dem.' });
    } else if (b.ageFrom !== null && b.ageTo !== null && b.ageTo < b.ageFrom) {
      ctx.addIssue({ code: 'custom', path: ['ageTo'], message: 'Alder til skal være mindst alder fra.' });
    }
  });
export type PutProfileInput = z.output<typeof PutProfileBody>;
export type PutProfileRequest = z.input<typeof PutProfileBody>;

export const ProfileMethod = NamedCode.extend({ kind: z.enum(['method', 'specialisation']) }).meta({ id: 'ProfileMethod' });
export type ProfileMethod = z.infer<typeof ProfileMethod>;

/** A place under the facility or unit, with its physical standard (kept on the place). */
export const ProfilePlace = z.object({
  id: z.string(),
  name: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  legalBasis: z.string(),
  wheelchairAccessible: z.boolean(),
  ownBath: z.boolean(),
  ownKitchen: z.boolean(),
  areaM2: z.number().nullable(),
});
export type ProfilePlace = z.infer<typeof ProfilePlace>;

/** What the active places under it are approved for, with how many places each. */
export const PlacesSummary = z.object({
  legalBases: z.array(NamedCode.extend({ places: z.int() })),
  targetGroups: z.array(NamedCode.extend({ places: z.int() })),
  places: z.array(ProfilePlace),
});
export type PlacesSummary = z.infer<typeof PlacesSummary>;

const Stored = ProfileFields.extend({
  tilbudsportalenId: z.string().nullable(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  publicDescription: z.string(),
  district: z.string().nullable(),
  methods: z.array(z.string()),
  exclusionCriteria: z.array(z.enum(REFERRAL_FLAGS)),
});

/** GET /org-units/:id/profile */
export const OrgUnitProfile = z
  .object({
    orgUnit: z.object({ id: z.string(), name: z.string(), kind: z.enum(['facility', 'unit']), facilityId: z.string(), facilityName: z.string() }),
    /** Its own row (all null on a facility or unit that has none yet). */
    own: Stored,
    /** A unit's facility's own profile (what its nulls fall back to); null on a facility. */
    facility: Stored.nullable(),
    /** The merged profile matching reads (facility-profiles/effective.ts states the rule). */
    effective: Stored,
    places: PlacesSummary,
    /** 0 while it has no profile of its own; send it back with PUT. */
    version: z.int(),
    updatedAt: z.string().nullable(),
    updatedByName: z.string().nullable(),
    /** The catalogue of methods and specialisations to choose from. */
    methodOptions: z.array(ProfileMethod),
    abilities: z.object({ edit: z.boolean() }),
  })
  .meta({ id: 'OrgUnitProfile' });
export type OrgUnitProfile = z.infer<typeof OrgUnitProfile>;
export type StoredProfile = z.infer<typeof Stored>;

/**
 * GET /org-units/:id/public-description: Tilbudsportalen's published facts of the facility (or of a
 * unit, as refined by it). Public data: no citizen, rate or internal criteria in it.
 */
export const PublicDescription = z
  .object({
    facilityId: z.string(),
    /** *Tilbuddets navn */
    name: z.string(),
    /** The unit's name when the description is a unit's; null for the facility. */
    unitName: z.string().nullable(),
    /** *Adresse */
    address: z.string().nullable(),
    /** *Kontaktoplysninger: Tlf., Hjemmeside */
    contact: z.object({ phone: z.string().nullable(), website: z.string().nullable() }),
    /** *Tilbudstyper, formatted '<§> (<tekst>)', e.g. '107 (midlertidigt botilbud)'. */
    offerTypes: z.array(z.string()),
    /** *Målgrupper, formatted '<alder fra> til <alder til> år (<målgrupper>)'; null without target groups. */
    targetGroups: z.string().nullable(),
    /** Pladser i alt: active places. */
    placesTotal: z.int(),
    tilbudsportalenId: z.string().nullable(),
    /** Faglig tilgang og metode: names of its methods and specialisations. */
    methods: z.array(z.string()),
    /** Where it lies: the municipality's name and the district. */
    area: z.string().nullable(),
    description: z.string(),
  })
  .meta({ id: 'PublicDescription' });
export type PublicDescription = z.infer<typeof PublicDescription>;
