import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './index.js';
import { createTestDb } from '../../../test/db.js';
import { adminCtx, buildWorld, type World } from '../../../test/world.js';
import { inTenant } from '../context.js';

let db: Db;
let a: World;
let b: World;

beforeAll(async () => {
  db = await createTestDb();
  a = await buildWorld(db, 'Kommune A');
  b = await buildWorld(db, 'Kommune B');
});
afterAll(() => db.close());

const ctx = adminCtx;

describe('row-level security: the second wall', () => {
  it('shows a request only its own municipality’s rows, even with no filter in the SQL', async () => {
    const rows = await inTenant(db, ctx(a), (tx) => tx.query<{ id: string }>('SELECT id FROM citizens'));
    expect(rows.map((r) => r.id).sort()).toEqual(Object.values(a.citizens).sort());
    const other = await inTenant(db, ctx(a), (tx) => tx.query('SELECT id FROM citizens WHERE id = $1', [b.citizens.onA]));
    expect(other).toEqual([]);
  });

  it('is on for every table that holds a municipality’s rows, so a new table cannot skip it', async () => {
    const tables = await db.query<{ table_name: string; rls: boolean; policies: number }>(
      `SELECT c.table_name, t.relrowsecurity AS rls, (SELECT count(*)::int FROM pg_policy p WHERE p.polrelid = t.oid) AS policies
         FROM information_schema.columns c JOIN pg_class t ON t.relname = c.table_name AND t.relkind = 'r'
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = c.table_schema
        WHERE c.table_schema = 'public' AND c.column_name = 'municipality_id' ORDER BY c.table_name`,
    );
    expect(tables.map((t) => t.table_name)).toContain('unit_covers');
    expect(tables.filter((t) => !t.rls || t.policies === 0).map((t) => t.table_name)).toEqual([]);
  });

  it('refuses to write a row into another municipality', async () => {
    await expect(
      inTenant(db, ctx(a), (tx) =>
        tx.query(`INSERT INTO relatives (municipality_id, citizen_id, name, relation) VALUES ($1, $2, 'X', 'Mor')`, [b.municipalityId, b.citizens.onA]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('lets the app role append to the audit log but never change or delete it', async () => {
    await inTenant(db, ctx(a), (tx) =>
      tx.query(`INSERT INTO audit_log (municipality_id, user_id, action, entity) VALUES ($1, $2, 'read', 'test')`, [a.municipalityId, a.users.admin.id]),
    );
    await expect(inTenant(db, ctx(a), (tx) => tx.query(`UPDATE audit_log SET action = 'update'`))).rejects.toThrow(/permission denied/);
    await expect(inTenant(db, ctx(a), (tx) => tx.query(`DELETE FROM audit_log`))).rejects.toThrow(/permission denied/);
  });

  it('keeps note revisions append-only and a note’s author fixed', async () => {
    await expect(inTenant(db, ctx(a), (tx) => tx.query(`DELETE FROM journal_note_revisions`))).rejects.toThrow(/permission denied/);
    await expect(inTenant(db, ctx(a), (tx) => tx.query(`UPDATE journal_notes SET author_id = NULL`))).rejects.toThrow(/permission denied/);
  });

  it('allows the same CPR number in two municipalities', async () => {
    const [x] = await db.query<{ cpr: string }>('SELECT cpr FROM citizens WHERE id = $1', [a.citizens.onA]);
    const [y] = await db.query<{ cpr: string }>('SELECT cpr FROM citizens WHERE id = $1', [b.citizens.onA]);
    expect(x.cpr).toBe(y.cpr);
  });
});
