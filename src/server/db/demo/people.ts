import { parseCpr } from '../../../domain/cpr.js';
import { plusDays, type Rng } from './random.js';
import type { FacilityState, NamePool, OrgState, PlaceState } from './organisation.js';
import type { FacilitySpec, MunicipalitySpec } from './spec.js';
import type { KernelTable, Tables } from './tables.js';
import { citizenName, RELATIONS, RELATIVE_NOTES } from './vocabulary.js';
import { homeSupportCitizens } from './home-support.js';

/** A stay or support period, as the generator keeps it to pick note authors and goal dates. */
export interface Period {
  unitId: string | null;
  start: string;
  end: string | null;
  /** The service (intervention) of the period: notes written in it are filed under it. */
  interventionId: string;
}

/** A generated citizen with what the plans and the journal need. */
export interface CitizenState {
  id: string;
  municipalityId: string;
  firstName: string;
  facility: FacilityState;
  unitId: string;
  unitKey: string;
  contactPersonId: string;
  /** The current stay's start. */
  since: string;
  periods: Period[];
}

const overlaps = (a: [string, string | null], b: [string, string | null]) =>
  a[0] < (b[1] ?? '9999-12-31') && b[0] < (a[1] ?? '9999-12-31');

/** A free place in the facility for [from, to), or null (the stay is then recorded on a unit only). */
function freePlace(rng: Rng, facility: FacilityState, from: string, to: string | null): PlaceState | null {
  return rng.shuffle(facility.places).find((p) => !p.taken.some((t) => overlaps(t, [from, to]))) ?? null;
}

/** A CPR number for the birth date and sex that passes parseCpr, unique within `used`. */
export function makeCpr(rng: Rng, birthDate: string, sex: 'male' | 'female', used: Set<string>): string {
  const [y, m, d] = birthDate.split('-');
  for (;;) {
    // Digit 7 carries the century (domain/cpr.ts): 0–3 for the 1900s, 4–9 for 2000–2036.
    const century = Number(y) < 2000 ? rng.int(0, 3) : rng.pick([4, 5, 6, 7, 8, 9]);
    const last = rng.int(0, 4) * 2 + (sex === 'male' ? 1 : 0);
    const cpr = `${d}${m}${y.slice(2)}${century}${rng.int(0, 9)}${rng.int(0, 9)}${last}`;
    if (used.has(cpr)) continue;
    const parsed = parseCpr(cpr);
    if (!parsed.ok || parsed.birthDate !== birthDate) throw new Error(`generated an invalid CPR for ${birthDate}`);
    used.add(cpr);
    return cpr;
  }
}

/** Where someone was before the current stay: the ladder path that led here (or down to here). */
const HISTORY: Record<string, Array<{ p: number; steps: FacilitySpec['kind'][] }>> = {
  long_term_residence: [{ p: 0.3, steps: ['temporary_residence'] }, { p: 0.12, steps: ['shelter', 'temporary_residence'] }],
  temporary_residence: [{ p: 0.3, steps: ['shelter'] }],
  shelter: [{ p: 0.15, steps: ['housing_support'] }],
  // A home in a bofællesskab (ABL §105 with §85 support): some moved down from a §108 stay.
  shared_housing: [{ p: 0.25, steps: ['long_term_residence'] }],
};
// Citizens supported in their own home (§85, no place) moved down from a §107 stay, some after a shelter.
const DOWN_TO_OWN_HOME = [{ p: 0.4, steps: ['shelter', 'temporary_residence'] as FacilitySpec['kind'][] }, { p: 1, steps: ['temporary_residence'] as FacilitySpec['kind'][] }];

/** The ladder step of each kind (migration 016's catalogue), to tell a move down from a move up. */
const STEP: Record<FacilitySpec['kind'], number> = { long_term_residence: 7, temporary_residence: 6, shelter: 5, shared_housing: 4, housing_support: 3 };

const BASIS: Record<FacilitySpec['kind'], string> = {
  long_term_residence: '§108', temporary_residence: '§107', shelter: '§110', housing_support: '§85', shared_housing: 'ABL §105',
};

/**
 * Citizens on the facilities' places (and the support team's citizens without a place): CPR,
 * target groups, the current placement, earlier stays on the ladder, relatives, a contact person.
 */
export function generateCitizens(spec: MunicipalitySpec, org: OrgState, rng: Rng, names: NamePool, today: string, cprs: Set<string>, out: Tables<KernelTable>): CitizenState[] {
  const m = org.municipalityId;
  const citizens: CitizenState[] = [];
  const perUnit = new Map<string, number>();

  const addIntervention = (
    citizenId: string, kind: FacilitySpec['kind'], unitId: string | null, place: PlaceState | null, start: string, end: string | null,
    extra: Partial<Record<'acting_municipality_code' | 'paying_municipality_code' | 'rate_dkk' | 'rate_unit' | 'end_reason_code' | 'end_destination_code', string | number>> = {},
  ): string => {
    place?.taken.push([start, end]);
    const id = rng.uuid();
    out.interventions.push({
      id, municipality_id: m, citizen_id: citizenId, kind_code: kind, legal_basis: BASIS[kind],
      place_id: place?.id ?? null, unit_id: unitId, start_date: start, end_date: end, ...extra,
    });
    return id;
  };
  // Some citizens are placed here by another municipality (acting and paying; Retssikkerhedsloven
  // § 9), which buys the place at a daily rate; home support is bought by the month.
  const bought = (f: FacilitySpec): Parameters<typeof addIntervention>[6] => {
    if (!spec.buyers?.length || !rng.chance(0.15)) return {};
    const buyer = rng.pick(spec.buyers);
    const home = f.places === 0;
    return {
      acting_municipality_code: buyer, paying_municipality_code: buyer,
      rate_dkk: home ? rng.int(60, 180) * 100 : rng.int(18, 48) * 100, rate_unit: home ? 'month' : 'day',
    };
  };

  for (const facility of org.facilities) {
    const f = facility.spec;
    const openPlaces = rng.shuffle(facility.places).slice(0, f.occupied);
    for (let k = 0; k < f.occupied; k++) {
      const place = openPlaces[k] ?? null;
      const unitIndex = place ? place.unitIndex : k % facility.units.length;
      const unit = facility.units[unitIndex];
      const age = rng.int(f.ages[0], f.ages[1]);
      const birthDate = plusDays(today, -(age * 365.25 + rng.int(0, 364)));
      const person = citizenName(rng, Number(birthDate.slice(0, 4)), rng.chance(0.5) ? 'male' : 'female');
      const id = rng.uuid();
      const since = plusDays(today, -rng.int(f.stayDays[0], f.stayDays[1]));
      const periods: Period[] = [{ unitId: unit.id, start: since, end: null, interventionId: addIntervention(id, f.kind, unit.id, place, since, null, bought(f)) }];

      // Contact persons in turn among the unit's staff, so each has a few citizens of their own.
      const turn = perUnit.get(unit.id) ?? 0;
      perUnit.set(unit.id, turn + 1);
      const contactPersonId = unit.staffIds[turn % unit.staffIds.length];
      out.citizens.push({
        id, municipality_id: m, cpr: makeCpr(rng, birthDate, person.sex, cprs), first_name: person.first, last_name: person.last,
        birth_date: birthDate, contact_person_id: contactPersonId,
      });
      const groups = [rng.chance(0.7) ? f.targetGroups[0] : f.targetGroups[1]];
      if (rng.chance(0.35)) groups.push(f.targetGroups.find((g) => g !== groups[0])!);
      out.citizen_target_groups.push(...groups.map((code) => ({ municipality_id: m, citizen_id: id, target_group_code: code })));

      if (rng.chance(0.65)) {
        for (const r of rng.sample(RELATIONS.filter((r) => !(r.parent && age >= 60) && !(r.child && age < 40)), rng.chance(0.25) ? 2 : 1)) {
          const p = names.person(rng, r.sex === 'any' ? undefined : r.sex);
          const family = r.relation !== 'Værge' && !r.relation.startsWith('Ven');
          out.relatives.push({
            id: rng.uuid(), municipality_id: m, citizen_id: id, name: `${p.first} ${family && rng.chance(0.6) ? person.last : p.last}`,
            relation: r.relation, phone: `${rng.int(20, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`,
            consent_to_share: rng.chance(0.7), note: rng.chance(0.3) ? rng.pick(RELATIVE_NOTES) : null,
          });
        }
      }
      citizens.push({ id, municipalityId: m, firstName: person.first, facility, unitId: unit.id, unitKey: unit.key, contactPersonId, since, periods });
    }
  }

  // Earlier stays, walking back from the current one. After every current stay is placed, so an
  // earlier stay only takes a place that was free at the time.
  for (const c of citizens) {
    const f = c.facility.spec;
    const options = f.places === 0 ? DOWN_TO_OWN_HOME : (HISTORY[f.kind] ?? []);
    const roll = rng.next();
    let acc = 0;
    const history = options.find((o) => roll < (acc += o.p))?.steps ?? [];
    let end = plusDays(c.since, -rng.int(0, 20));
    // Where the citizen went from each earlier stay: the next one on the path (own home for support there).
    let next: { kind: FacilitySpec['kind']; ownHome: boolean } = { kind: f.kind, ownHome: f.places === 0 };
    for (const kind of [...history].reverse()) {
      const candidates = org.facilities.filter((x) => x.spec.kind === kind && x !== c.facility && (x.places.length > 0 || kind === 'housing_support'));
      if (candidates.length === 0) break;
      const where = rng.pick(candidates);
      const days = kind === 'shelter' ? rng.int(10, 200) : rng.int(150, 900);
      const start = plusDays(end, -days);
      const histPlace = where.places.length ? freePlace(rng, where, start, end) : null;
      const histUnit = histPlace ? where.units[histPlace.unitIndex] : rng.pick(where.units);
      const down = STEP[next.kind] < STEP[kind];
      const interventionId = addIntervention(c.id, kind, histUnit.id, histPlace, start, end, {
        end_reason_code: down ? rng.pick(['goals_met', 'goals_met', 'other_service', 'citizen_wish']) : rng.pick(['other_service', 'grant_expired', 'moved']),
        end_destination_code: next.ownHome ? 'own_home' : 'facility_same_municipality',
      });
      next = { kind, ownHome: false };
      c.periods.push({ unitId: histUnit.id, start, end, interventionId });
      end = plusDays(start, -rng.int(0, 45));
    }
  }

  const caseWorker = spec.namedUsers.find((u) => u.role === 'case_worker');
  if (caseWorker && spec.caseAssignments > 0) {
    for (const c of rng.sample(citizens, spec.caseAssignments)) {
      out.case_assignments.push({ municipality_id: m, user_id: org.userIds.get(caseWorker.username)!, citizen_id: c.id });
    }
  }
  citizens.push(...homeSupportCitizens(spec, org, today, cprs, out));
  return citizens;
}
