import { useMe } from '../auth/session';

const LEADER_ROLES = new Set(['unit_leader', 'facility_leader']);

/** Unit and facility leaders may register citizens (the server checks where). */
export function useCanRegisterCitizens(): boolean {
  return useMe().roles.some((r) => LEADER_ROLES.has(r.role));
}
