import type { Goal } from '../../../contracts/plans.js';

/** Goals by the service (indsats) they belong to: current services first, ended ones as history, then goals on no service. */
export function byService(goals: Goal[]) {
  const groups = new Map<string, { service: Goal['service']; goals: Goal[] }>();
  for (const g of goals) {
    const key = g.service?.id ?? '';
    const group = groups.get(key) ?? { service: g.service, goals: [] };
    group.goals.push(g);
    groups.set(key, group);
  }
  const rank = (s: Goal['service']) => (s ? (s.current ? 0 : 1) : 2);
  return [...groups.entries()].sort(([, a], [, b]) => rank(a.service) - rank(b.service) || (b.service?.startDate ?? '').localeCompare(a.service?.startDate ?? ''));
}
