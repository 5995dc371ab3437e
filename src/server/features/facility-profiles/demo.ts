import { Rng } from '../../db/demo/random.js';
import { defineDemo, type DemoWorld } from '../../db/demo/stage.js';
import type { FacilityState } from '../../db/demo/organisation.js';
import type { TableColumns } from '../../db/demo/tables.js';

const PROFILE_TABLES = {
  org_unit_profiles: {
    municipality_id: 'uuid', org_unit_id: 'uuid', tilbudsportalen_id: 'text', address: 'text', phone: 'text', website: 'text', public_description: 'text',
    area_municipality_code: 'text', district: 'text', age_from: 'int', age_to: 'int', methods: 'text[]', exclusion_criteria: 'text[]',
    max_support_level: 'int', daily_rate_dkk: 'numeric', pets_allowed: 'boolean', updated_by: 'uuid',
    updated_at: { type: 'date', expr: `(x.updated_at + time '10:00') AT TIME ZONE 'Europe/Copenhagen'` },
  },
} satisfies TableColumns;

/** Copenhagen's districts (bydele) with a post code for the address. */
export const COPENHAGEN_DISTRICTS: Array<[district: string, postCode: string]> = [
  ['Bispebjerg', '2400 København NV'], ['Brønshøj-Husum', '2700 Brønshøj'], ['Vanløse', '2720 Vanløse'], ['Valby', '2500 Valby'],
  ['Amager Vest', '2300 København S'], ['Amager Øst', '2300 København S'], ['Østerbro', '2100 København Ø'], ['Nørrebro', '2200 København N'],
  ['Vesterbro/Kongens Enghave', '2450 København SV'], ['Indre By', '1360 København K'],
];

/** What each target group brings to a profile: methods the staff work by and specialisations. */
const BY_TARGET_GROUP: Record<string, { methods: string[]; specialisations: string[] }> = {
  social_psychiatry: { methods: ['recovery', 'mentalisation', 'social_skills'], specialisations: [] },
  substance_use: { methods: ['nada', 'recovery'], specialisations: ['substanceUse', 'dual_diagnosis'] },
  autism: { methods: ['teacch', 'low_arousal', 'krap'], specialisations: ['autism'] },
  developmental_disability: { methods: ['gentle_teaching', 'krap', 'low_arousal'], specialisations: ['intellectual_disability'] },
  acquired_brain_injury: { methods: ['neuropedagogy', 'low_arousal'], specialisations: ['brain_injury', 'somaticCare'] },
  visual_impairment: { methods: ['neuropedagogy', 'social_skills'], specialisations: ['visual_impairment'] },
  multiple_disabilities: { methods: ['low_arousal', 'neuropedagogy'], specialisations: ['somaticCare'] },
  homelessness: { methods: ['housing_first', 'nada'], specialisations: ['outwardReacting', 'substanceUse'] },
};

const TARGET_GROUP_NAMES: Record<string, string> = {
  social_psychiatry: 'sindslidelser', substance_use: 'misbrug', autism: 'autisme', developmental_disability: 'udviklingshæmning',
  acquired_brain_injury: 'erhvervet hjerneskade', visual_impairment: 'synshandicap', multiple_disabilities: 'multiple funktionsnedsættelser',
  homelessness: 'hjemløshed og sociale problemer',
};

/** By kind of stay: the daily rate's range, the support level met and what the facility is called in prose. */
const BY_KIND: Record<string, { rate: [number, number]; level: number; prose: string }> = {
  long_term_residence: { rate: [2600, 4500], level: 4, prose: 'længerevarende botilbud efter servicelovens § 108' },
  shared_housing: { rate: [1800, 2400], level: 2, prose: 'bofællesskab i almene boliger (almenboligloven § 105) med socialpædagogisk støtte efter § 85' },
  temporary_residence: { rate: [2200, 3200], level: 3, prose: 'midlertidigt botilbud efter servicelovens § 107' },
  shelter: { rate: [1800, 2100], level: 2, prose: 'forsorgshjem efter servicelovens § 110' },
  housing_support: { rate: [0, 0], level: 2, prose: 'bostøtte i eget hjem efter servicelovens § 85' },
};

/** Exclusion criteria of some facilities: flags they do not take. */
const EXCLUSIONS: Record<string, string[]> = {
  'Autismecentret Kildebakken': ['substanceUse'],
  'Bofællesskabet Egebo': ['outwardReacting', 'substanceUse'],
  'Synscentret Lyngbo': ['outwardReacting'],
  'Botilbuddet Rosenhaven': ['substanceUse'],
  'Botilbuddet Strandly': ['dementia'],
  'Behandlingshjemmet Nørremark': ['dementia', 'somaticCare'],
  'Bofællesskabet Kastanjen': ['dementia', 'wheelchair'],
};

const pgArray = (codes: string[]) => `{${codes.join(',')}}`;
const unique = <T>(xs: T[]) => [...new Set(xs)];
const slug = (s: string) =>
  s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * A profile for every facility and each of its units: the facility states address, contact,
 * Tilbudsportalen id, area (the municipality and, in Copenhagen, a district), the age range, methods
 * and specialisations fitting its target groups, exclusion criteria for some, the support level,
 * the daily rate (1,800–4,500 kr.; none for home support, paid by the hour) and pets. Its units refine
 * it: the first unit of a residence takes the heaviest needs (a level higher, a higher rate, one more
 * specialisation), others add a method or state nothing of their own. Draws from a generator of its
 * own, so the stages after it draw as before.
 */
function generateProfiles({ spec, org, out, today }: DemoWorld<keyof typeof PROFILE_TABLES>): void {
  const rng = new Rng(spec.seed + 14);
  const m = org.municipalityId;
  const copenhagen = spec.code === '101';
  const roles = (out as unknown as { user_roles: Array<{ user_id: string; role: string; org_unit_id: string }> }).user_roles;
  const leaderOf = (f: FacilityState) => roles.find((r) => r.org_unit_id === f.id && r.role === 'facility_leader')?.user_id;
  const districts = rng.shuffle(COPENHAGEN_DISTRICTS);
  org.facilities.forEach((f, i) => {
    const author = leaderOf(f) ?? roles.find((r) => r.role === 'admin')!.user_id;
    const kind = BY_KIND[f.spec.kind];
    const groups = f.spec.targetGroups;
    const methods = unique(groups.flatMap((g) => BY_TARGET_GROUP[g]?.methods.slice(0, 2) ?? []));
    const specialisations = unique(groups.flatMap((g) => BY_TARGET_GROUP[g]?.specialisations ?? []));
    const [district, postCode] = copenhagen ? districts[i % districts.length] : [null, null];
    const street = f.spec.name.split(' ').slice(-1)[0];
    const rate = f.places.length > 0 ? Math.round(rng.int(kind.rate[0], kind.rate[1]) / 25) * 25 : null;
    const ageFrom = Math.max(18, f.spec.ages[0] - 1);
    const ageTo = Math.min(130, f.spec.ages[1] + 2);
    const groupProse = groups.map((g) => TARGET_GROUP_NAMES[g] ?? g).join(' og ');
    const description =
      `${f.spec.name} er et ${kind.prose} for voksne med ${groupProse}. ` +
      (f.places.length > 0 ? `Tilbuddet har ${f.places.length} pladser fordelt på ${f.units.length} afdelinger. ` : `Tilbuddet har ${f.units.length} teams. `) +
      'Vi arbejder ud fra den enkelte borgers mål i handleplanen og samarbejder tæt med pårørende, sagsbehandler og sundhedsvæsenet.';
    out.org_unit_profiles.push({
      municipality_id: m, org_unit_id: f.id,
      tilbudsportalen_id: String(rng.int(10_000, 999_999)),
      address: postCode ? `${street}vej ${rng.int(2, 120)}, ${postCode}` : `${street}vej ${rng.int(2, 60)}`,
      phone: `${rng.pick(['33', '35', '38'])} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
      website: `https://www.${slug(spec.name)}.dk/tilbud/${slug(f.spec.name)}`,
      public_description: description,
      area_municipality_code: spec.code, district,
      age_from: ageFrom, age_to: ageTo,
      methods: pgArray(unique([...specialisations, ...methods])),
      exclusion_criteria: pgArray(EXCLUSIONS[f.spec.name] ?? []),
      max_support_level: Math.max(1, kind.level - (groups.includes('multiple_disabilities') || groups.includes('acquired_brain_injury') ? 0 : 1)),
      daily_rate_dkk: rate,
      pets_allowed: f.spec.kind === 'shelter' ? false : f.spec.kind === 'shared_housing' ? true : rng.chance(0.4),
      updated_by: author, updated_at: today,
    });
    f.units.forEach((u, k) => {
      const heaviest = k === 0 && f.places.length > 0 && f.units.length > 1;
      const extraMethod = rng.pick(['social_skills', 'krap', 'mentalisation', 'low_arousal']);
      // The heaviest unit takes one more flag's specialisation, never one its facility excludes.
      const excluded = EXCLUSIONS[f.spec.name] ?? [];
      const extraSpecialisation = [groups.includes('acquired_brain_injury') ? 'dementia' : 'outwardReacting', 'somaticCare', 'dementia'].find((x) => !excluded.includes(x))!;
      out.org_unit_profiles.push({
        municipality_id: m, org_unit_id: u.id,
        tilbudsportalen_id: null, address: null, phone: null, website: null,
        public_description: heaviest ? `${u.key.split('/')[1]} er tilbuddets afdeling for borgere med de største støttebehov, med fast personale døgnet rundt.` : '',
        area_municipality_code: null, district: null, age_from: null, age_to: null,
        methods: pgArray(heaviest ? [extraSpecialisation] : k % 2 === 1 ? [extraMethod] : []),
        exclusion_criteria: pgArray([]),
        max_support_level: heaviest ? Math.min(4, kind.level) : null,
        daily_rate_dkk: heaviest && rate !== null ? Math.min(4500, rate + 400) : null,
        pets_allowed: heaviest ? false : null,
        updated_by: author, updated_at: today,
      });
    });
  });
}

/** A stable number in [0, 1) from a place's id and a salt: the places' standards without a generator. */
const draw = (salt: string) => `(('x' || substr(md5(p.id::text || '${salt}'), 1, 7))::bit(28)::int / 268435456.0)`;

/**
 * The physical standard of every place (the kernel generated them): most have their own bath (a
 * shelter's rooms seldom), kitchens in some flats and homes, wheelchair access on nearly all places
 * for brain injury, sight and multiple disabilities and on a quarter of the rest, 18–45 m² by kind.
 */
const PLACE_STANDARDS = `
  UPDATE places p SET
    wheelchair_accessible = ${draw('w')} < CASE WHEN EXISTS (
        SELECT 1 FROM place_target_groups t WHERE t.municipality_id = p.municipality_id AND t.place_id = p.id
           AND t.target_group_code IN ('acquired_brain_injury', 'visual_impairment', 'multiple_disabilities')) THEN 0.9 ELSE 0.25 END,
    own_bath = ${draw('b')} < CASE p.legal_basis WHEN '§110' THEN 0.3 ELSE 0.88 END,
    own_kitchen = ${draw('k')} < CASE p.legal_basis WHEN '§108' THEN 0.55 WHEN 'ABL §105' THEN 0.9 WHEN '§107' THEN 0.15 ELSE 0 END,
    area_m2 = round((CASE p.legal_basis WHEN 'ABL §105' THEN 32 + 13 * ${draw('a')} WHEN '§108' THEN 26 + 16 * ${draw('a')}
                                        WHEN '§107' THEN 18 + 9 * ${draw('a')} ELSE 18 + 6 * ${draw('a')} END) * 2) / 2`;

export const facilityProfilesDemo = defineDemo({ tables: PROFILE_TABLES, stage: generateProfiles, afterInsert: PLACE_STANDARDS });
