import { plusDays, Rng } from './random.js';
import type { OrgState } from './organisation.js';
import { citizenName } from './vocabulary.js';
import { makeCpr, type CitizenState } from './people.js';
import type { FacilitySpec, MunicipalitySpec } from './spec.js';
import type { KernelTable, Tables } from './tables.js';

/** A team of a home-support service: the target groups it works with and the services it delivers. */
export interface HomeSupportTeam {
  name: string;
  targetGroups: string[];
  /** Service kinds (the ladder catalogue, 002) with their legal basis and how often each is given. */
  services: Array<{ kind: string; legalBasis: string; p: number }>;
  citizens: number;
  ages: [number, number];
}

/** A home-support service (§ 85 in one's own home): a facility without places, its units are its teams. */
export interface HomeSupportSpec {
  name: string;
  /** The center it sits under. */
  center: string;
  staffPerTeam: number;
  teams: HomeSupportTeam[];
}

/** The municipalities' home-support services, by municipality name (Nabo Kommune has none). */
export const HOME_SUPPORT: Record<string, HomeSupportSpec[]> = {
  'Demo Kommune': [
    {
      name: 'Bostøtten Nord',
      center: 'Center for Midlertidige Boformer',
      staffPerTeam: 3,
      teams: [
        {
          name: 'Team psykiatri', targetGroups: ['social_psychiatry', 'substance_use'], citizens: 12, ages: [20, 65],
          services: [{ kind: 'housing_support', legalBasis: '§85', p: 0.7 }, { kind: 'cti', legalBasis: '§85a', p: 0.15 }, { kind: 'act', legalBasis: '§85a', p: 0.15 }],
        },
        {
          name: 'Team hjerneskade', targetGroups: ['acquired_brain_injury', 'multiple_disabilities'], citizens: 9, ages: [30, 80],
          services: [{ kind: 'housing_support', legalBasis: '§85', p: 1 }],
        },
        {
          name: 'Team syn', targetGroups: ['visual_impairment', 'multiple_disabilities'], citizens: 8, ages: [25, 85],
          services: [{ kind: 'housing_support', legalBasis: '§85', p: 1 }],
        },
      ],
    },
  ],
};

/** The home-support services of a municipality as facility specs (no places), for the organisation. */
export const homeSupportFacilities = (spec: MunicipalitySpec): Array<{ home: HomeSupportSpec; facility: FacilitySpec }> =>
  (HOME_SUPPORT[spec.name] ?? []).map((home) => ({
    home,
    facility: {
      name: home.name, targetGroups: [...new Set(home.teams.flatMap((t) => t.targetGroups))], kind: 'housing_support', legalBasis: '§85',
      units: home.teams.map((t) => t.name), places: 0, occupied: 0, placeName: '', stayDays: [20, 1500], ages: [20, 85],
    },
  }));

/**
 * The citizens living in their own home whom the home-support teams serve: a running service on the
 * team (interventions.unit_id = the team, no place), target groups, a contact person on the team.
 * Drawn from its own seeded generator, so the rest of the demo does not shift when a team grows.
 */
export function homeSupportCitizens(spec: MunicipalitySpec, org: OrgState, today: string, cprs: Set<string>, out: Tables<KernelTable>): CitizenState[] {
  const rng = new Rng(spec.seed + 85);
  const m = org.municipalityId;
  const citizens: CitizenState[] = [];
  for (const { home } of homeSupportFacilities(spec)) {
    const facility = org.facilities.find((f) => f.spec.name === home.name)!;
    home.teams.forEach((team, t) => {
      const unit = facility.units[t];
      for (let k = 0; k < team.citizens; k++) {
        const age = rng.int(team.ages[0], team.ages[1]);
        const birthDate = plusDays(today, -(age * 365.25 + rng.int(0, 364)));
        const person = citizenName(rng, Number(birthDate.slice(0, 4)), rng.chance(0.5) ? 'male' : 'female');
        const id = rng.uuid();
        const since = plusDays(today, -rng.int(20, 1500));
        const roll = rng.next();
        let acc = 0;
        const service = team.services.find((s) => roll < (acc += s.p)) ?? team.services[0];
        const contactPersonId = unit.staffIds[k % unit.staffIds.length];
        out.citizens.push({
          id, municipality_id: m, cpr: makeCpr(rng, birthDate, person.sex, cprs), first_name: person.first, last_name: person.last,
          birth_date: birthDate, contact_person_id: contactPersonId,
        });
        const groups = [rng.chance(0.75) ? team.targetGroups[0] : team.targetGroups[1]];
        out.citizen_target_groups.push(...groups.map((code) => ({ municipality_id: m, citizen_id: id, target_group_code: code })));
        const interventionId = rng.uuid();
        out.interventions.push({
          id: interventionId, municipality_id: m, citizen_id: id, kind_code: service.kind, legal_basis: service.legalBasis,
          place_id: null, unit_id: unit.id, start_date: since, end_date: null,
        });
        citizens.push({ id, municipalityId: m, firstName: person.first, facility, unitId: unit.id, unitKey: unit.key, contactPersonId, since, periods: [{ unitId: unit.id, start: since, end: null, interventionId }] });
      }
    });
  }
  return citizens;
}
