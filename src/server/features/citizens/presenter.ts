import { ageOn, todayInCopenhagen } from '../../../domain/dates.js';
import { currentStep, ladderPath, LADDER_STEPS } from '../../../domain/ladder.js';
import { DEFAULT_FOLLOW_UP_MONTHS } from '../../../domain/plans.js';
import { presentIntervention } from '../placements/presenter.js';
import { cprField, journalFields, type Actor } from '../../access/index.js';
import { toCitizenFacts } from '../../access/gate.js';
import type { Citizen, CitizenAbilities, CitizenListItem } from '../../../contracts/citizens.js';
import type { CitizenDetailRow, CitizenListRow } from './queries.js';

/** The person as every view of a citizen shows them: full name, birth date, age today, and the CPR number masked. */
function personFields(row: Pick<CitizenDetailRow, 'first_name' | 'last_name' | 'birth_date' | 'cpr'>, today: string) {
  return {
    name: `${row.first_name} ${row.last_name}`,
    birthDate: row.birth_date,
    age: ageOn(row.birth_date, today),
    ...cprField(row.cpr),
  };
}

/** One row of a citizen list; `latestNote` only where the actor reads this citizen's journal (absent otherwise). */
export function presentCitizenListItem(row: CitizenListRow, actor: Actor, today = todayInCopenhagen()): CitizenListItem {
  return {
    id: row.id,
    ...personFields(row, today),
    isContactPerson: row.is_contact_person,
    unitId: row.unit_id,
    unitName: row.unit_name,
    facilityName: row.facility_name,
    nextFollowUp: row.next_follow_up ? { ...row.next_follow_up, overdue: row.next_follow_up.date < today } : null,
    ...journalFields(actor, toCitizenFacts(row), { latestNote: row.latest_note }),
  };
}

/** `abilities`: the policy's answer for every registered citizen action, each of which the contract names. */
export function presentCitizen(row: CitizenDetailRow, abilities: Record<string, boolean>, today = todayInCopenhagen()): Citizen {
  const ladderInput = row.interventions.map((i) => ({ step: i.step, startDate: i.startDate, endDate: i.endDate }));
  const step = currentStep(ladderInput, today);
  const interventions = row.interventions.map((i) => presentIntervention(i, today));
  const placement = interventions.find((i) => i.active && i.placeId) ?? null;
  return {
    id: row.id,
    firstName: row.first_name,
    lastName: row.last_name,
    ...personFields(row, today),
    version: row.version,
    contactPerson: row.contact_person,
    targetGroups: row.target_groups,
    placement: placement && {
      interventionId: placement.id,
      facilityId: placement.facilityId,
      facilityName: placement.facilityName,
      unitId: placement.unitId,
      unitName: placement.unitName,
      placeId: placement.placeId,
      placeName: placement.placeName,
      legalBasis: placement.legalBasis,
      since: placement.startDate,
      until: placement.endDate,
    },
    interventions,
    ladder: {
      currentStep: step,
      currentStepName: step ? LADDER_STEPS[step] : null,
      path: ladderPath(ladderInput).map((p) => ({ ...p, name: LADDER_STEPS[p.step] })),
    },
    relatives: row.relatives,
    /** Months between a goal's follow-ups on the facility they live on (the server's default for a new goal's next one). */
    followUpIntervalMonths: row.follow_up_interval_months ?? DEFAULT_FOLLOW_UP_MONTHS,
    abilities: abilities as CitizenAbilities,
  };
}
