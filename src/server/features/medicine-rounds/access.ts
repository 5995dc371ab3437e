import { allow } from '../../access/policy.js';
import type { Actor, CitizenFacts } from '../../access/index.js';
import { treatingNow } from '../../access/citizen.js';

/** A unit's medicine round, as its rules need it. */
export interface RoundUnitFacts {
  municipalityId: string;
  unitId: string;
}

/** Units whose citizens the actor treats now: their own (staff, unit leader) and those they cover now. The SQL twin of 'run'. */
export const roundUnitIds = (a: Actor) => [...new Set([...a.treatingUnitIds, ...a.covers.map((c) => c.unitId)])];
/** Units whose late and missed doses the actor follows up: those they lead and treat (a unit leader). */
export const ledRoundUnitIds = (a: Actor) => a.treatingUnitIds.filter((u) => a.leaderUnitIds.includes(u));

// Giving medicine, and anything written about it, is a health record: only those treating the citizen now
// (staff and the unit leader where the citizen lives, or whoever covers that unit now). A leader
// above the unit, a case worker and management do not give medicine.
allow<CitizenFacts>('citizen', ['administerMedicine'], treatingNow);
// A unit's round: run by whoever treats its citizens now, a night cover too.
allow<RoundUnitFacts>('medicine_round', ['run'], (a, u) => a.municipalityId === u.municipalityId && roundUnitIds(a).includes(u.unitId));
// Late and missed doses are followed up by the unit's leader, who treats there too.
allow<RoundUnitFacts>('medicine_round', ['followUp'], (a, u) => a.municipalityId === u.municipalityId && ledRoundUnitIds(a).includes(u.unitId));
