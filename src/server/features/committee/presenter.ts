import { STATE_LABELS, STEPS } from '../../../domain/visitation/committee.js';
import type { PurchasedPlace, Transition } from '../../../contracts/committee.js';
import type { PurchasedRow, TransitionRow } from './queries.js';
import { extraCost } from './waiting.js';

export function presentPurchased(row: PurchasedRow, today: string): PurchasedPlace {
  const dailyRateDkk = Number(row.dailyRateDkk);
  const ownDailyRateDkk = Number(row.ownDailyRateDkk);
  const cost = extraCost({ dailyRateDkk, ownDailyRateDkk, startDate: row.startDate, endDate: row.endDate }, today);
  return {
    id: row.id, referralId: row.referralId, providerName: row.providerName, providerMunicipality: row.providerMunicipality, legalBasis: row.legalBasis,
    dailyRateDkk, ownDailyRateDkk, startDate: row.startDate, endDate: row.endDate, days: cost.days, extraCostDkk: cost.extraCostOre / 100, version: row.version,
  };
}

export const presentTransition = (t: TransitionRow): Transition => ({
  ...t,
  actionLabel: t.action === 'submit' ? 'Henvisning modtaget' : STEPS[t.action].label,
  at: new Date(t.at).toISOString(),
});

export const stateLabel = STATE_LABELS;
