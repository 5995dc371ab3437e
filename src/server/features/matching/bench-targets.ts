import type pg from 'pg';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { BENCH_REFERRAL, ensureMatchingBench } from './bench.js';

/** Issue 14's target for ranking one referral against seed 000's 1,200 places: server time p95. */
export const RANKING_TARGET_P95_MS = 20;

/**
 * What bench/run.ts measures of matching (issue 14), as a case worker of the municipality (the
 * matching committee): ranking the bench referral against every place, stored with its weights
 * version. A bench database generated before matching gets its data first (ensureMatchingBench);
 * `cleanup` deletes the stored rankings (on the bench's own connection, outside server time) so
 * each request stores one afresh and the table does not grow over a run.
 */
export async function matchingTargets(c: pg.Client, caseWorker: { cookie: string; csrfToken: string }, log: (line: string) => void) {
  await ensureMatchingBench(c, todayInCopenhagen(), log);
  const [{ places }] = (await c.query<{ places: number }>(`SELECT count(*)::int AS places FROM places p JOIN referrals r ON r.municipality_id = p.municipality_id AND r.id = $1 WHERE p.active`, [BENCH_REFERRAL])).rows;
  return [
    {
      name: `Matchning (case worker, one referral against ${places.toLocaleString('en')} places)`,
      cookie: caseWorker.cookie,
      paths: [`/api/referrals/${BENCH_REFERRAL}/ranking`],
      targetP95: RANKING_TARGET_P95_MS,
      post: {
        csrf: caseWorker.csrfToken,
        status: 201,
        body: {},
        cleanup: () => c.query('DELETE FROM referral_rankings WHERE referral_id = $1', [BENCH_REFERRAL]),
      },
    },
  ];
}
