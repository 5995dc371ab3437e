import { randomUUID } from 'node:crypto';
import type { Db } from '../src/server/db/index.js';
import { hash } from '@node-rs/argon2';
import type { Role } from '../src/server/access/roles.js';
import type { RequestCtx } from '../src/server/context.js';
import { testActor } from './actor.js';

export const TEST_PASSWORD = 'test-password-1';
let cheapHash: Promise<string> | undefined;

/**
 * TEST_PASSWORD's argon2id hash at the algorithm's lowest cost. A check runs at the cost written in
 * the stored hash, so the suite's thousands of logins take ~2 ms each instead of ~45 ms; the server's
 * own hashing (passwords.ts: new users, changed passwords, the demo) keeps production's parameters.
 */
export const testPasswordHash = () => (cheapHash ??= hash(TEST_PASSWORD, { memoryCost: 1024, timeCost: 1, parallelism: 1 }));

/** The people of a test world, by their part in it. */
export const worldUsers = {
  staff: { role: 'staff', at: 'unitA' },
  staffB: { role: 'staff', at: 'unitC' },
  unitLeader: { role: 'unit_leader', at: 'unitA' },
  facilityLeader: { role: 'facility_leader', at: 'facility1' },
  centerManager: { role: 'center_manager', at: 'center' },
  caseWorker: { role: 'case_worker', at: 'municipality' },
  consultant: { role: 'consultant', at: 'center' },
  admin: { role: 'admin', at: 'municipality' },
} as const satisfies Record<string, { role: Role; at: string }>;
export type WorldUser = keyof typeof worldUsers;

export interface World {
  municipalityId: string;
  units: Record<'municipality' | 'center' | 'facility1' | 'facility2' | 'unitA' | 'unitB' | 'unitC', string>;
  places: Record<'placeA1' | 'placeA2' | 'placeB1' | 'placeC1', string>;
  users: Record<WorldUser, { id: string; username: string }>;
  /** onA: placed on unit A (facility 1); onB: unit B (facility 1); onC: unit C (facility 2); unplaced: no placement. */
  citizens: Record<'onA' | 'onB' | 'onC' | 'unplaced', string>;
}

/**
 * Builds a whole municipality for one test: municipality → center → facility 1 (units A, B) and
 * facility 2 (unit C), places, a user per role and citizens placed on each unit. The case worker
 * is assigned to the citizen on unit A. Runs as the connection's own role (a fixture, not a request).
 */
export async function buildWorld(db: Db, name = 'Testkommune'): Promise<World> {
  const passwordHash = await testPasswordHash();
  const suffix = randomUUID().slice(0, 8);
  const id = () => randomUUID();
  const m = id();
  await db.query('INSERT INTO municipalities (id, name) VALUES ($1, $2)', [m, `${name} ${suffix}`]);
  const units = {} as World['units'];
  const tree: Array<[keyof World['units'], keyof World['units'] | null, string, string]> = [
    ['municipality', null, 'municipality', name],
    ['center', 'municipality', 'center', 'Center for Boformer'],
    ['facility1', 'center', 'facility', 'Bostedet Lærkehøj'],
    ['facility2', 'center', 'facility', 'Botilbuddet Strandly'],
    ['unitA', 'facility1', 'unit', 'Afdeling A'],
    ['unitB', 'facility1', 'unit', 'Afdeling B'],
    ['unitC', 'facility2', 'unit', 'Afdeling C'],
  ];
  const paths: Record<string, string> = {};
  for (const [key, parent, kind, unitName] of tree) {
    units[key] = id();
    paths[key] = `${parent ? paths[parent] : '/'}${units[key]}/`;
    await db.query('INSERT INTO org_units (id, municipality_id, parent_id, kind, name, path) VALUES ($1, $2, $3, $4, $5, $6)', [
      units[key], m, parent ? units[parent] : null, kind, unitName, paths[key],
    ]);
  }
  const places = {} as World['places'];
  for (const [key, unit, legal] of [['placeA1', 'unitA', '§108'], ['placeA2', 'unitA', '§108'], ['placeB1', 'unitB', '§107'], ['placeC1', 'unitC', '§108']] as const) {
    places[key] = id();
    // Valid long before the world's placements (2024 on), so they lie within it (migration 009).
    await db.query(`INSERT INTO places (id, municipality_id, unit_id, name, legal_basis, active_from) VALUES ($1, $2, $3, $4, $5, '2020-01-01')`, [
      places[key], m, units[unit], `Lejlighed ${key.slice(-2)}`, legal,
    ]);
  }
  const users = {} as World['users'];
  for (const [key, { role, at }] of Object.entries(worldUsers) as Array<[WorldUser, { role: Role; at: keyof World['units'] }]>) {
    const username = `${key.toLowerCase()}-${suffix}`;
    users[key] = { id: id(), username };
    await db.query('INSERT INTO users (id, municipality_id, username, display_name, password_hash) VALUES ($1, $2, $3, $4, $5)', [
      users[key].id, m, username, `Test ${key}`, passwordHash,
    ]);
    await db.query('INSERT INTO user_roles (municipality_id, user_id, role, org_unit_id) VALUES ($1, $2, $3, $4)', [m, users[key].id, role, units[at]]);
  }
  const citizens = {} as World['citizens'];
  const people: Array<[keyof World['citizens'], string, string, keyof World['places'] | null]> = [
    ['onA', 'Anna', 'Andersen', 'placeA1'],
    ['onB', 'Bent', 'Bertelsen', 'placeB1'],
    ['onC', 'Carla', 'Christensen', 'placeC1'],
    ['unplaced', 'Dennis', 'Due', null],
  ];
  for (const [i, [key, first, last, place]] of people.entries()) {
    citizens[key] = id();
    await db.query(
      'INSERT INTO citizens (id, municipality_id, cpr, first_name, last_name, birth_date) VALUES ($1, $2, $3, $4, $5, $6)',
      [citizens[key], m, `0${i + 1}0385123${i}`, first, last, `1985-03-0${i + 1}`],
    );
    if (place) {
      const unit = ({ placeA1: 'unitA', placeA2: 'unitA', placeB1: 'unitB', placeC1: 'unitC' } as const)[place];
      await db.query(
        `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, place_id, unit_id, start_date)
         VALUES ($1, $2, 'long_term_residence', '§108', $3, $4, '2024-01-01')`,
        [m, citizens[key], places[place], units[unit]],
      );
    }
  }
  await db.query('INSERT INTO case_assignments (municipality_id, user_id, citizen_id) VALUES ($1, $2, $3)', [m, users.caseWorker.id, citizens.onA]);
  return { municipalityId: m, units, places, users, citizens };
}

/** A request context as `w`'s admin with no roles, for running `inTenant` directly (past the routes and their rules). */
export const adminCtx = (w: World): RequestCtx => ({
  actor: testActor({ userId: w.users.admin.id, municipalityId: w.municipalityId, municipalityName: 'x', username: 'x', displayName: 'x' }),
  ip: '127.0.0.1',
});
