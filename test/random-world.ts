import { createHash, randomUUID } from 'node:crypto';
import { addDays, format, parseISO } from 'date-fns';
import fc from 'fast-check';
import type { Db } from '../src/server/db/index.js';
import { roles, type Role } from '../src/server/access/roles.js';
import { roleKinds } from '../src/server/features/users/schema.js';
import type { OrgKind } from '../src/server/features/organisation/tree.js';

/**
 * Random municipalities for the policy's property tests: an org tree (root, two centers, an area
 * under the first, one to three facilities with one to three units each, some deactivated), users
 * with roles where the admin UI lets them be given, a place per unit, citizens with past, current
 * and future interventions on random units (some on the unit's place), case assignments, covers in
 * every state and role grants.
 * References are indices taken modulo what exists, so fast-check shrinks them freely.
 */
const node = fc.nat(11);
const someActive = fc.nat(3).map((n) => n > 0);
const roleAt = fc.record({ role: fc.constantFrom(...roles), at: node });
const coverStates = ['running', 'ended', 'expired', 'old'] as const;
export type CoverState = (typeof coverStates)[number];

export const worldSpec = fc.record({
  facilities: fc.array(fc.record({ parent: fc.nat(2), active: someActive, units: fc.array(someActive, { minLength: 1, maxLength: 3 }) }), {
    minLength: 1,
    maxLength: 3,
  }),
  users: fc.array(fc.array(roleAt, { maxLength: 3 }), { minLength: 1, maxLength: 6 }),
  citizens: fc.array(
    fc.array(
      fc.record({
        unit: fc.option(node, { nil: null }),
        // Days from today; the edges (starts today, ends today or tomorrow) are where rules slip.
        start: fc.integer({ min: -3, max: 3 }),
        days: fc.option(fc.nat(4), { nil: null }),
        // On the unit's one place, where that is free for the period (a place holds one citizen at a time).
        placed: fc.boolean(),
      }),
      { maxLength: 3 },
    ),
    { maxLength: 8 },
  ),
  assignments: fc.array(fc.record({ user: node, citizen: node }), { maxLength: 5 }),
  covers: fc.array(fc.record({ user: node, unit: node, state: fc.constantFrom(...coverStates) }), { maxLength: 5 }),
  grants: fc.array(fc.record({ user: node, by: node, grant: roleAt }), { maxLength: 4 }),
});
export type WorldSpec = typeof worldSpec extends fc.Arbitrary<infer T> ? T : never;

export interface OrgNode {
  id: string;
  kind: OrgKind;
  path: string;
  parentId: string | null;
  active: boolean;
  label: string;
}
export interface RandomWorld {
  municipalityId: string;
  nodes: OrgNode[];
  users: Array<{ id: string; label: string; token: string; roles: Array<{ role: Role; node: OrgNode }> }>;
  /** The one place of each unit, by unit id. */
  places: Map<string, string>;
  citizens: Array<{
    id: string;
    label: string;
    interventions: Array<{ unitId: string | null; placeId: string | null; start: string; end: string | null }>;
  }>;
  assignments: Array<{ userId: string; citizenId: string }>;
  covers: Array<{ id: string; label: string; userId: string; unit: OrgNode; state: CoverState }>;
  grants: Array<{ userId: string; role: Role; node: OrgNode }>;
  /** A readable name for an id in assertion messages. */
  label: (id: string) => string;
}

const pick = <T>(list: T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);
const dedupe = <T>(list: T[], key: (t: T) => string) => [...new Map(list.map((t) => [key(t), t])).values()];

/** Builds the world of `spec` around `today` (YYYY-MM-DD) and inserts it in a few bulk statements. */
export async function insertRandomWorld(db: Db, spec: WorldSpec, today: string): Promise<RandomWorld> {
  const municipalityId = randomUUID();
  const nodes: OrgNode[] = [];
  const add = (kind: OrgKind, parent: OrgNode | null, label: string, active = true) => {
    const id = randomUUID();
    const n: OrgNode = { id, kind, path: `${parent?.path ?? '/'}${id}/`, parentId: parent?.id ?? null, active, label };
    nodes.push(n);
    return n;
  };
  const root = add('municipality', null, 'root');
  const centers = [add('center', root, 'center0'), add('center', root, 'center1')];
  const parents = [...centers, add('area', centers[0], 'area0')];
  spec.facilities.forEach((f, i) => {
    const facility = add('facility', parents[f.parent], `facility${i}`, f.active);
    f.units.forEach((active, j) => add('unit', facility, `unit${i}.${j}`, active));
  });
  const units = nodes.filter((n) => n.kind === 'unit');
  const placedAt = (r: { role: Role; at: number }) => pick(nodes.filter((n) => roleKinds[r.role].includes(n.kind)), r.at);

  const users = spec.users.map((roleSpecs, i) => ({
    id: randomUUID(),
    label: `user${i}`,
    token: randomUUID(),
    roles: dedupe(
      roleSpecs.flatMap((r) => (placedAt(r) ? [{ role: r.role, node: placedAt(r)! }] : [])),
      (r) => `${r.role}:${r.node.id}`,
    ),
  }));
  const day = (offset: number) => format(addDays(parseISO(today), offset), 'yyyy-MM-dd');
  const places = new Map(units.map((u) => [u.id, randomUUID()]));
  // Days taken on each place, as [start, end) in offsets from today (an open end runs on).
  const taken = new Map<string, Array<[number, number]>>();
  const free = (placeId: string, from: number, to: number) => from === to || (taken.get(placeId) ?? []).every(([s, e]) => to <= s || e <= from);
  const citizens = spec.citizens.map((interventions, i) => ({
    id: randomUUID(),
    label: `citizen${i}`,
    interventions: interventions.map((v) => {
      const unitId = v.unit === null ? null : pick(units, v.unit)!.id;
      const [from, to] = [v.start, v.days === null ? Infinity : v.start + v.days];
      const placeId = unitId && v.placed && free(places.get(unitId)!, from, to) ? places.get(unitId)! : null;
      if (placeId) taken.set(placeId, [...(taken.get(placeId) ?? []), [from, to]]);
      return { unitId, placeId, start: day(v.start), end: v.days === null ? null : day(v.start + v.days) };
    }),
  }));
  const assignments = dedupe(
    spec.assignments.flatMap((a) => (citizens.length ? [{ userId: pick(users, a.user)!.id, citizenId: pick(citizens, a.citizen)!.id }] : [])),
    (a) => `${a.userId}:${a.citizenId}`,
  );
  const covers = spec.covers.map((c, i) => ({
    id: randomUUID(),
    label: `cover${i}(${c.state})`,
    userId: pick(users, c.user)!.id,
    unit: pick(units, c.unit)!,
    state: c.state,
  }));
  // Grants are kept for the roles that read citizens' records: every role but admin.
  const grants = dedupe(
    spec.grants.flatMap((g) => {
      const at = g.grant.role === 'admin' ? undefined : placedAt(g.grant);
      return at ? [{ userId: pick(users, g.user)!.id, by: pick(users, g.by)!.id, role: g.grant.role, node: at }] : [];
    }),
    (g) => `${g.userId}:${g.role}:${g.node.id}`,
  );

  // Each table in one statement: the rows travel as one JSON parameter, the municipality as $2.
  const bulk = async (sql: string, rows: unknown[]) => {
    if (rows.length) await db.query(sql, [JSON.stringify(rows), municipalityId]);
  };
  const m = '$2::uuid';
  await db.query('INSERT INTO municipalities (id, name) VALUES ($1, $2)', [municipalityId, `Tilfældig ${municipalityId.slice(0, 8)}`]);
  await bulk(
    `INSERT INTO org_units (id, municipality_id, parent_id, kind, name, path, active)
     SELECT id, ${m}, "parentId", kind, label, path, active
       FROM json_to_recordset($1::json) AS x(id uuid, "parentId" uuid, kind text, label text, path text, active boolean)`,
    nodes,
  );
  await bulk(
    `INSERT INTO users (id, municipality_id, username, display_name, password_hash)
     SELECT id, ${m}, 'rw-' || id, label, 'not-a-hash' FROM json_to_recordset($1::json) AS x(id uuid, label text)`,
    users,
  );
  await bulk(
    `INSERT INTO user_roles (municipality_id, user_id, role, org_unit_id)
     SELECT ${m}, "userId", role, "orgUnitId" FROM json_to_recordset($1::json) AS x("userId" uuid, role text, "orgUnitId" uuid)`,
    users.flatMap((u) => u.roles.map((r) => ({ userId: u.id, role: r.role, orgUnitId: r.node.id }))),
  );
  // A session per user, loaded later as a request loads it.
  await bulk(
    `INSERT INTO sessions (token_hash, municipality_id, user_id, csrf_token, expires_at)
     SELECT "tokenHash", ${m}, id, 'csrf', now() + interval '1 hour' FROM json_to_recordset($1::json) AS x("tokenHash" text, id uuid)`,
    users.map((u) => ({ tokenHash: createHash('sha256').update(u.token).digest('hex'), id: u.id })),
  );
  await bulk(
    `INSERT INTO places (id, municipality_id, unit_id, name, legal_basis, active_from)
     SELECT id, ${m}, "unitId", 'Plads', '§108', '2020-01-01' FROM json_to_recordset($1::json) AS x(id uuid, "unitId" uuid)`,
    [...places].map(([unitId, id]) => ({ id, unitId })),
  );
  await bulk(
    `INSERT INTO citizens (id, municipality_id, cpr, first_name, last_name, birth_date)
     SELECT id, ${m}, lpad(n::text, 10, '0'), label, 'Tilfældig', '1980-01-01' FROM json_to_recordset($1::json) AS x(id uuid, label text, n int)`,
    citizens.map((c, n) => ({ id: c.id, label: c.label, n })),
  );
  await bulk(
    `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, unit_id, place_id, start_date, end_date)
     SELECT ${m}, "citizenId", 'long_term_residence', '§108', "unitId", "placeId", start, "end"
       FROM json_to_recordset($1::json) AS x("citizenId" uuid, "unitId" uuid, "placeId" uuid, start date, "end" date)`,
    citizens.flatMap((c) => c.interventions.map((v) => ({ citizenId: c.id, ...v }))),
  );
  // One note an hour old per citizen, so every journal read has something to show.
  await bulk(
    `INSERT INTO journal_notes (municipality_id, citizen_id, author_id, body, written_at)
     SELECT ${m}, id, "authorId", 'Notat', now() - interval '1 hour' FROM json_to_recordset($1::json) AS x(id uuid, "authorId" uuid)`,
    citizens.map((c) => ({ id: c.id, authorId: users[0].id })),
  );
  await bulk(
    `INSERT INTO case_assignments (municipality_id, user_id, citizen_id)
     SELECT ${m}, "userId", "citizenId" FROM json_to_recordset($1::json) AS x("userId" uuid, "citizenId" uuid)`,
    assignments,
  );
  // Running, ended early by its holder, run out, and a fortnight old (out of the covers list).
  await bulk(
    `INSERT INTO unit_covers (id, municipality_id, user_id, unit_id, reason, starts_at, ends_at, ended_at, ended_by)
     SELECT id, ${m}, "userId", "unitId", 'Nattevagt',
            now() - CASE state WHEN 'running' THEN interval '1 hour' WHEN 'ended' THEN interval '3 hours'
                               WHEN 'expired' THEN interval '10 hours' ELSE interval '14 days' END,
            now() + CASE state WHEN 'running' THEN interval '5 hours' WHEN 'ended' THEN interval '3 hours'
                               WHEN 'expired' THEN interval '-2 hours' ELSE interval '-14 days 8 hours' END,
            CASE WHEN state = 'ended' THEN now() - interval '1 hour' END,
            CASE WHEN state = 'ended' THEN "userId" END
       FROM json_to_recordset($1::json) AS x(id uuid, "userId" uuid, "unitId" uuid, state text)`,
    covers.map((c) => ({ id: c.id, userId: c.userId, unitId: c.unit.id, state: c.state })),
  );
  await bulk(
    `INSERT INTO role_grants (municipality_id, user_id, role, org_unit_id, granted_by)
     SELECT ${m}, "userId", role, "orgUnitId", "grantedBy"
       FROM json_to_recordset($1::json) AS x("userId" uuid, role text, "orgUnitId" uuid, "grantedBy" uuid)`,
    grants.map((g) => ({ userId: g.userId, role: g.role, orgUnitId: g.node.id, grantedBy: g.by })),
  );

  const labels = new Map<string, string>([...nodes, ...users, ...citizens, ...covers].map((x) => [x.id, x.label]));
  return {
    municipalityId,
    nodes,
    users,
    places,
    citizens,
    assignments,
    covers,
    grants,
    label: (id) => labels.get(id) ?? id,
  };
}
