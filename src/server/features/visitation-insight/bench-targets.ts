import type pg from 'pg';
import { addMonthsIso, todayInCopenhagen } from '../../../domain/dates.js';
import { addDaysIso } from '../../../domain/plans.js';

/**
 * What bench/run.ts measures of visitation insight (issue 14): the ladder's flow of the whole center
 * over the last five years, as the center manager (`center-manager-2`), against the target
 * of 100 ms p95 server time.
 */
export async function ladderFlowRequest(c: pg.Client, http: { login(username: string, password: string): Promise<string> }, password: string) {
  const [center] = (await c.query<{ id: string }>(`SELECT id FROM org_units WHERE kind = 'center' ORDER BY path LIMIT 1`)).rows;
  if (!center) return [];
  const to = todayInCopenhagen();
  const from = addDaysIso(addMonthsIso(to, -60), 1);
  return [
    {
      name: 'Indsatstrappens flow (center manager, whole center, 5 years)',
      cookie: await http.login('center-manager-2', password),
      paths: [`/api/visitation-insight/ladder-flow?from=${from}&to=${to}&unitId=${center.id}`],
      targetP95: 100,
    },
  ];
}
