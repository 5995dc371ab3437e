/**
 * One policy, two uses: every access rule that lists records in SQL has a record check in JavaScript
 * (`can`), and the two must agree. For random municipalities — org trees, users with roles, covers in
 * every state, case assignments, citizens with past, current and future interventions and placements —
 * each user is loaded as a session is, and every list filter must list exactly what the record check
 * allows, with the facts loaded as the routes load them. The citizen gate's facts are checked against
 * the world they were made from, and every other query that carries them (list rows, handover,
 * facility occupants) against the gate's. A failure prints the shrunk world (indices into it) and a
 * message naming the user, their roles and the records that differ. POLICY_RUNS sets the number of worlds.
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { test } from '@fast-check/vitest';
import { createTestDb } from '../../../test/db.js';
import { insertRandomWorld, worldSpec, type RandomWorld } from '../../../test/random-world.js';
import type { Db, Queryable } from '../db/index.js';
import { inTenant, type RequestCtx } from '../context.js';
import { loadSession } from '../auth/sessions.js';
import { todayInCopenhagen } from '../../domain/dates.js';
import { can, careRoles, leaderRoles, type Actor, type CitizenFacts } from './index.js';
import { coverableFacilityPaths, coverOverseerPaths } from '../features/covers/access.js';
import '../features/index.js'; // every capability's rules, as the app registers them
import { figurePaths, userDirectoryPaths } from './organisation.js';
import { listCitizensForActor } from '../features/citizens/queries.js';
import { loadCitizenFacts, toCitizenFacts } from './gate.js';
import { handoverNotes } from '../features/journal/queries.js';
import { handoverCitizenFacts } from '../features/journal/guard.js';
import { listFacilityFigures, listFacilityPlaces } from '../features/organisation/occupancy-queries.js';
import { listUsers } from '../features/users/queries.js';
import { listCovers, listUnitsOfFacilities } from '../features/covers/queries.js';
import { listRoleGrants } from '../features/users/grant-queries.js';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.close();
});

const RUNS = { numRuns: Number(process.env.POLICY_RUNS ?? 100), seed: process.env.CI ? 20261206 : undefined };
const ALL = 1000;

type User = RandomWorld['users'][number];

/** The citizen facts as the world was made: units of today's placements, and an assignment to the user. */
function worldFacts(w: RandomWorld, user: User, citizen: RandomWorld['citizens'][number], today: string): CitizenFacts {
  const unitIds = citizen.interventions
    .filter((v) => v.unitId && v.start <= today && (v.end === null || v.end > today))
    .map((v) => v.unitId!);
  const assignedToActor = w.assignments.some((a) => a.userId === user.id && a.citizenId === citizen.id);
  return { id: citizen.id, municipalityId: w.municipalityId, unitIds: [...new Set(unitIds)].sort(), assignedToActor };
}
const normalised = (f: CitizenFacts | null) => f && { ...f, unitIds: [...f.unitIds].sort() };
const orgFacts = (w: RandomWorld, path: string) => ({ municipalityId: w.municipalityId, path });

const who = (user: User) => `${user.label} (${user.roles.map((r) => `${r.role}@${r.node.label}`).join(', ') || 'no roles'})`;

/** Asserts that a list filter and the record check name the same records (by their labels in the world). */
function agree(w: RandomWorld, user: User, twin: string, listed: string[], allowed: string[]) {
  const names = (ids: string[]) => ids.map(w.label).sort();
  // A record listed twice is a slip too: only the allowed side is made unique.
  expect(names(listed), `${twin}, for ${who(user)}`).toEqual(names([...new Set(allowed)]));
}

/** The units where the actor works with citizens, from the world: care roles at or above them, and covers the cover rule allows. */
function expectActorUnits(w: RandomWorld, user: User, actor: Actor) {
  const units = w.nodes.filter((n) => n.kind === 'unit');
  const under = (wanted: string[]) => units.filter((u) => user.roles.some((r) => wanted.includes(r.role) && u.path.startsWith(r.node.path)));
  const running = w.covers.filter((c) => c.userId === user.id && c.state === 'running');
  const covered = running.filter((c) => can(actor, 'cover', 'unit', orgFacts(w, c.unit.path))).map((c) => c.unit);
  const careUnits = [...under(careRoles), ...covered].map((u) => u.id);
  agree(w, user, 'care units (session) vs care roles and the cover rule', actor.careUnitIds, careUnits);
  agree(w, user, 'leader units (session) vs leader roles', actor.leaderUnitIds, under(leaderRoles).map((u) => u.id));
}

async function expectCitizenTwins(tx: Queryable, ctx: RequestCtx, w: RandomWorld, user: User, today: string) {
  const { actor } = ctx;
  const facts = new Map<string, CitizenFacts>();
  /** Facts another query carries must be those the citizen gate loads. */
  const sameFacts = (got: CitizenFacts, where: string) => expect(normalised(got), where).toEqual(normalised(facts.get(got.id)!));
  for (const c of w.citizens) {
    const loaded = await loadCitizenFacts(tx, ctx, c.id);
    expect(normalised(loaded), `citizen facts of ${c.label}, for ${who(user)}`).toEqual(worldFacts(w, user, c, today));
    facts.set(c.id, loaded!);
  }
  const allowedTo = (action: string) => w.citizens.filter((c) => can(actor, action, 'citizen', facts.get(c.id))).map((c) => c.id);

  const rows = await listCitizensForActor(tx, ctx, { limit: ALL });
  for (const row of rows) sameFacts(toCitizenFacts(row), `list row facts of ${w.label(row.id)}`);
  agree(w, user, "visibleCitizenIds (Mine borgere) vs can 'read'", rows.map((r) => r.id), allowedTo('read'));
  const withNote = rows.filter((r) => r.latest_note).map((r) => r.id);
  agree(w, user, "journalCitizenScope (list's latest note) vs can 'readJournal'", withNote, allowedTo('readJournal'));

  const handover = await handoverNotes(tx, ctx, actor.careUnitIds, 24, ALL);
  for (const row of handover) sameFacts(handoverCitizenFacts(ctx, row), `handover facts of ${w.label(row.citizen_id)}`);
  agree(w, user, "journalCitizenScope (handover) vs can 'readJournal'", handover.map((n) => n.citizen_id), allowedTo('readJournal'));

  // The facility page names an occupant only to those who read them, judged on facts of its own query.
  for (const f of w.nodes.filter((n) => n.kind === 'facility' && can(actor, 'readFigures', 'org', orgFacts(w, n.path)))) {
    for (const { occupant } of await listFacilityPlaces(tx, ctx, f.id, today, { from: today, to: today })) {
      if (!occupant) continue;
      const { citizenId: id, unitIds, assignedToActor } = occupant;
      sameFacts({ id, municipalityId: w.municipalityId, unitIds: unitIds ?? [], assignedToActor }, `occupant facts of ${w.label(id)} on ${f.label}`);
    }
  }
}

async function expectOrganisationTwins(tx: Queryable, ctx: RequestCtx, w: RandomWorld, user: User, today: string) {
  const { actor } = ctx;
  const org = (path: string) => orgFacts(w, path);
  const facilities = w.nodes.filter((n) => n.kind === 'facility');

  const figures = await listFacilityFigures(tx, ctx, today, figurePaths(actor));
  const readable = facilities.filter((f) => f.active && can(actor, 'readFigures', 'org', org(f.path)));
  agree(w, user, "figurePaths (facilities) vs can 'readFigures'", figures.map((f) => f.id), readable.map((f) => f.id));

  const root = w.nodes.find((n) => n.kind === 'municipality')!;
  const colleagues = await listUsers(tx, ctx, userDirectoryPaths(actor), false);
  // A user sits where their roles are, or at the root without any (as the users guard places them).
  const seats = (u: User) => (u.roles.length ? u.roles.map((r) => r.node) : [root]);
  const listable = w.users.filter((u) => seats(u).some((n) => can(actor, 'readUsers', 'org', org(n.path))));
  agree(w, user, "userDirectoryPaths (users) vs can 'readUsers'", colleagues.map((u) => u.id), listable.map((u) => u.id));

  const units = w.nodes.filter((n) => n.kind === 'unit' && n.active);
  const mayCover = (u: { path: string }) => can(actor, 'cover', 'unit', org(u.path));
  // The route offers the units the SQL finds that the rule allows: the SQL must miss none.
  const offered = (await listUnitsOfFacilities(tx, ctx, coverableFacilityPaths(actor))).filter(mayCover);
  agree(w, user, "coverableFacilityPaths vs can 'cover'", offered.map((u) => u.id), units.filter(mayCover).map((u) => u.id));

  const covers = await listCovers(tx, ctx, coverOverseerPaths(actor));
  const mayEnd = (c: RandomWorld['covers'][number]) =>
    can(actor, 'end', 'unit_cover', { municipalityId: w.municipalityId, userId: c.userId, unitPath: c.unit.path });
  // The list keeps a week's covers: the fortnight-old ones are in neither.
  const seen = w.covers.filter((c) => c.state !== 'old' && mayEnd(c));
  agree(w, user, "coverOverseerPaths (covers) vs can 'end' a cover", covers.map((c) => c.id), seen.map((c) => c.id));

  // A facility's grants: those on its line in the tree (above it, or on its units) whose org unit
  // the actor may read grants of.
  const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  for (const f of facilities.filter((f) => can(actor, 'readRoleGrants', 'org', org(f.path)))) {
    const grants = await listRoleGrants(tx, ctx, f.path, coverOverseerPaths(actor), ALL);
    const shown = w.grants.filter((g) => related(g.node.path, f.path) && can(actor, 'readRoleGrants', 'org', org(g.node.path)));
    const name = (userId: string, role: string, at: string) => `${w.label(userId)} ${role}@${at}`;
    expect(
      grants.map((g) => name(g.user_id, g.role, g.org_unit_name)).sort(),
      `coverOverseerPaths (role grants of ${f.label}) vs can 'readRoleGrants', for ${who(user)}`,
    ).toEqual(shown.map((g) => name(g.userId, g.role, g.node.label)).sort());
  }
}

test.prop([worldSpec], RUNS)(
  'every list filter lists exactly what the record check allows, in random worlds',
  async (spec) => {
    const today = todayInCopenhagen();
    const w = await insertRandomWorld(db, spec, today);
    for (const user of w.users) {
      const actor = (await loadSession(db, user.token))!.actor;
      expectActorUnits(w, user, actor);
      const ctx: RequestCtx = { actor, ip: '127.0.0.1' };
      await inTenant(db, ctx, async (tx) => {
        await expectCitizenTwins(tx, ctx, w, user, today);
        await expectOrganisationTwins(tx, ctx, w, user, today);
      });
    }
  },
  120_000,
);
