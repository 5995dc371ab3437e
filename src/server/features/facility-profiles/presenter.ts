import type { PlacesSummary, ProfileMethod, PublicDescription, StoredProfile } from '../../../contracts/facility-profiles.js';
import type { PlaceStandardRow, ProfileTarget } from './queries.js';

/** What the active places are approved for (legal bases, target groups, with counts) and their standards. */
export function summarisePlaces(rows: PlaceStandardRow[]): PlacesSummary {
  const legal = new Map<string, { code: string; name: string; places: number }>();
  const groups = new Map<string, { code: string; name: string; places: number; order: number }>();
  for (const r of rows) {
    const lb = legal.get(r.legal_basis) ?? { code: r.legal_basis, name: r.legal_basis_name, places: 0 };
    lb.places++;
    legal.set(r.legal_basis, lb);
    for (const g of r.target_groups) {
      const tg = groups.get(g.code) ?? { code: g.code, name: g.name, places: 0, order: g.sort_order };
      tg.places++;
      groups.set(g.code, tg);
    }
  }
  return {
    legalBases: [...legal.values()].sort((a, b) => (a.code < b.code ? -1 : 1)),
    targetGroups: [...groups.values()].sort((a, b) => a.order - b.order).map(({ code, name, places }) => ({ code, name, places })),
    places: rows.map((r) => ({
      id: r.id,
      name: r.name,
      unitId: r.unit_id,
      unitName: r.unit_name,
      legalBasis: r.legal_basis,
      wheelchairAccessible: r.wheelchair_accessible,
      ownBath: r.own_bath,
      ownKitchen: r.own_kitchen,
      areaM2: r.area_m2 === null ? null : Number(r.area_m2),
    })),
  };
}

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('da') + s.slice(1);

/** Tilbudsportalen's '<§> (<tekst>)': '§107' → '107 (midlertidigt botilbud)', 'ABL §105' → 'ABL 105 (…)'. */
export const offerType = (code: string, name: string) => `${code.replace('§', '').trim()} (${lowerFirst(name)})`;

/** Tilbudsportalen's '<alder fra> til <alder til> år (<målgrupper>)'; without an age range only the groups. */
export function targetGroupLine(ageFrom: number | null, ageTo: number | null, groups: string[]): string | null {
  if (groups.length === 0) return null;
  const names = groups.map(lowerFirst).join(', ');
  return ageFrom !== null && ageTo !== null ? `${ageFrom} til ${ageTo} år (${names})` : `(${names})`;
}

/** The public description: Tilbudsportalen's published facts, from the effective profile and the places. No rate, no criteria. */
export function presentPublicDescription(
  target: ProfileTarget,
  profile: StoredProfile,
  places: PlacesSummary,
  methods: ProfileMethod[],
  municipalityName: string | null,
): PublicDescription {
  const names = new Map(methods.map((m) => [m.code, m.name]));
  return {
    facilityId: target.facility_id,
    name: target.facility_name,
    unitName: target.kind === 'unit' ? target.name : null,
    address: profile.address,
    contact: { phone: profile.phone, website: profile.website },
    offerTypes: places.legalBases.map((lb) => offerType(lb.code, lb.name)),
    targetGroups: targetGroupLine(profile.ageFrom, profile.ageTo, places.targetGroups.map((g) => g.name)),
    placesTotal: places.places.length,
    tilbudsportalenId: profile.tilbudsportalenId,
    methods: profile.methods.map((c) => names.get(c) ?? c),
    area: municipalityName ? (profile.district ? `${municipalityName}, ${profile.district}` : municipalityName) : profile.district,
    description: profile.publicDescription,
  };
}
