import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db, Queryable } from '../../db/index.js';
import type { Actor, Role } from '../../access/roles.js';
import { testActor } from '../../../../test/actor.js';
import { inTenant } from '../../context.js';
import { createTestDb } from '../../../../test/db.js';
import { buildWorld, type World } from '../../../../test/world.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { addDaysIso } from '../../../domain/plans.js';
import { listDueGoals } from './due-list.queries.js';
import { growMunicipality } from './due-list.bulk.js';

// The due list is a hot page: its one statement must reach goals, citizens and placements through
// indexes at municipality scale (36 facilities, ~1,100 citizens, ~4,300 goals), in a database that
// holds other municipalities too (here one eight times larger), as a shared deployment would.
let db: Db;
let w: World;
let paths: Record<string, string>;

beforeAll(async () => {
  db = await createTestDb();
  w = await buildWorld(db);
  const neighbour = await buildWorld(db, 'Nabokommune');
  await growMunicipality(db, w);
  await growMunicipality(db, neighbour, 280);
  await db.query('ANALYZE');
  const rows = await db.query<{ id: string; path: string }>('SELECT id, path FROM org_units WHERE municipality_id = $1', [w.municipalityId]);
  paths = Object.fromEntries(rows.map((r) => [r.id, r.path]));
}, 180_000);
afterAll(async () => {
  await db.close();
});

/** An actor as the session loader builds it, for running the statement directly. */
function actorAt(role: Role, orgUnitId: string, careUnitIds: string[]): Actor {
  return testActor({
    userId: w.users.staff.id,
    municipalityId: w.municipalityId,
    roles: [{ role, orgUnitId, orgUnitName: '', kind: '', path: paths[orgUnitId] }],
    careUnitIds,
    ownCareUnitIds: careUnitIds,
    treatingUnitIds: role === 'staff' ? careUnitIds : [],
    careUnits: careUnitIds.map((id) => ({ id, name: '' })),
    leaderUnitIds: role === 'staff' ? [] : careUnitIds,
  });
}

/** The plan of the due-list statement exactly as the route runs it, as the app role under RLS. */
async function planOf(actor: Actor, underPath?: string): Promise<string> {
  const ctx = { actor, ip: '127.0.0.1' };
  const today = todayInCopenhagen();
  return inTenant(db, ctx, async (tx) => {
    const explaining: Queryable = { query: (text, params) => tx.query(`EXPLAIN (COSTS OFF) ${text}`, params), exec: tx.exec };
    const rows = (await listDueGoals(explaining, ctx, { today, until: addDaysIso(today, 14), underPath })) as unknown as Array<Record<string, string>>;
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  });
}

const expectIndexedPlan = (plan: string) => {
  for (const table of ['goals', 'citizens', 'interventions']) expect(plan, plan).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));
  expect(plan, plan).toMatch(/Index Scan using (goals_due|goals_citizen) on goals|Bitmap Index Scan on (goals_due|goals_citizen)/);
};

describe('due-list query plan', () => {
  it('uses indexes for a staff member’s unit', async () => {
    expectIndexedPlan(await planOf(actorAt('staff', w.units.unitA, [w.units.unitA])));
  });

  it('uses indexes for a facility leader, narrowed to a unit or not', async () => {
    const leader = actorAt('facility_leader', w.units.facility1, [w.units.unitA, w.units.unitB]);
    expectIndexedPlan(await planOf(leader));
    expectIndexedPlan(await planOf(leader, paths[w.units.unitB]));
  });

  it('uses indexes for a leader over every unit of the municipality', async () => {
    const units = (await db.query<{ id: string }>(`SELECT id FROM org_units WHERE municipality_id = $1 AND kind = 'unit'`, [w.municipalityId])).map((r) => r.id);
    expect(units.length).toBeGreaterThan(100);
    expectIndexedPlan(await planOf(actorAt('facility_leader', w.units.center, units)));
  });
});
