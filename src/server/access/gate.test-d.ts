// A type-level test: `npm run typecheck` (tsc, part of `npm test`) checks it; nothing here runs.
// Each `@ts-expect-error` line is a call that must NOT compile: should it ever compile (a query
// taking a bare id again), the directive is unused and the typecheck fails.
import type { Queryable } from '../db/index.js';
import type { RequestCtx } from '../context.js';
import type { CitizenFacts } from './index.js';
import { loadCitizenFacts, requireCitizen, type VisibleCitizen } from './gate.js';
import { getCitizenDetail, getCpr } from '../features/citizens/queries.js';
import { getRelative, insertRelative } from '../features/citizens/relatives.queries.js';
import { listGoals } from '../features/plans/queries.js';
import { createGoal } from '../features/plans/commands.js';
import type { GoalCreateBody } from '../../contracts/plans.js';
import { goalsOfCitizen, listNotes, noteHistory } from '../features/journal/queries.js';
import { listAccessLog } from '../features/access-log/queries.js';

export async function unguardedCallsDoNotCompile(tx: Queryable, ctx: RequestCtx, citizenId: string, goal: GoalCreateBody) {
  // @ts-expect-error a bare id is not a citizen the policy admitted
  await getCitizenDetail(tx, citizenId);
  // @ts-expect-error a bare id
  await getCpr(tx, citizenId);
  // @ts-expect-error a bare id
  await getRelative(tx, citizenId, 'relative-id');
  // @ts-expect-error a bare id
  await insertRelative(tx, ctx, citizenId, { name: 'A', relation: 'B', consentToShare: false });
  // @ts-expect-error a bare id
  await listGoals(tx, ctx, citizenId);
  // @ts-expect-error a bare id
  await listNotes(tx, ctx, citizenId, { limit: 10, includeErrors: false, scope: () => [], services: { which: 'own', unitIds: [] } });
  // @ts-expect-error a bare id
  await goalsOfCitizen(tx, ctx, citizenId, []);
  // @ts-expect-error a note's history: a bare citizen id
  await noteHistory(tx, ctx, citizenId, 'note-id');
  // @ts-expect-error a bare id
  await listAccessLog(tx, ctx, citizenId, 10);
  // @ts-expect-error writes too: a bare id
  await createGoal(tx, ctx, citizenId, goal);

  // Facts loaded without asking the policy for an action are not admitted either, nor can they be forged.
  const facts = (await loadCitizenFacts(tx, ctx, citizenId)) as CitizenFacts;
  // @ts-expect-error facts are not a VisibleCitizen
  await getCitizenDetail(tx, facts);
  // @ts-expect-error the brand is a unique symbol no other module can name
  const forged: VisibleCitizen = { ...facts };
  return forged;
}

/** The same calls with a gated citizen compile: so each error above is the bare id, not another argument. */
export async function gatedCallsCompile(tx: Queryable, ctx: RequestCtx, citizenId: string, goal: GoalCreateBody) {
  const citizen = await requireCitizen(tx, ctx, citizenId, 'read');
  await getCitizenDetail(tx, citizen);
  await getCpr(tx, citizen);
  await getRelative(tx, citizen, 'relative-id');
  await insertRelative(tx, ctx, citizen, { name: 'A', relation: 'B', consentToShare: false });
  await listGoals(tx, ctx, citizen);
  await listNotes(tx, ctx, citizen, { limit: 10, includeErrors: false, scope: () => [], services: { which: 'own', unitIds: [] } });
  await goalsOfCitizen(tx, ctx, citizen, []);
  await noteHistory(tx, ctx, citizen, 'note-id');
  await listAccessLog(tx, ctx, citizen, 10);
  await createGoal(tx, ctx, citizen, goal);
}
