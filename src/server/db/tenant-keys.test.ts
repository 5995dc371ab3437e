import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from './index.js';
import { createTestDb } from '../../../test/db.js';
import { buildWorld } from '../../../test/world.js';

/**
 * The shape a distributed deployment (Citus, sharded by municipality) needs, checked on the live
 * catalog: every table holding a municipality's rows has municipality_id in its primary key, in
 * every foreign key to another such table and in every unique constraint, exclusion constraint and
 * unique index, and row-level security with the tenant policy (migrations/README.md).
 */

/**
 * Tenant tables keyed without municipality_id, each read before the tenant is known, by a key that is
 * unique across municipalities. Under Citus they become reference tables. Their foreign keys and row
 * security are checked like every other tenant table's.
 */
const GLOBALLY_KEYED: Record<string, string> = {
  // Login looks a username up here to find the user's municipality (usernames are unique across municipalities).
  login_names: 'the login directory',
  // Every request finds its session by the cookie's token hash, before it knows the municipality.
  sessions: 'the session directory',
};

let db: Db;
let tenantTables: string[];

interface KeyRow {
  tbl: string;
  name: string;
  kind: string;
  columns: string[];
}

beforeAll(async () => {
  db = await createTestDb();
  tenantTables = (
    await db.query<{ tbl: string }>(
      `SELECT c.relname AS tbl FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid
        WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
          AND a.attname = 'municipality_id' AND NOT a.attisdropped ORDER BY 1`,
    )
  ).map((r) => r.tbl);
});
afterAll(() => db.close());

/** Primary keys, unique and exclusion constraints, and unique indexes of the tenant tables, with their key columns. */
const uniqueKeys = () =>
  db.query<KeyRow>(
    `SELECT t.relname AS tbl, i.relname AS name, coalesce(k.contype::text, 'unique index') AS kind,
            array(SELECT a.attname::text FROM unnest(x.indkey[0:x.indnkeyatts - 1]) WITH ORDINALITY AS u(attnum, n)
                    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = u.attnum ORDER BY u.n) AS columns
       FROM pg_index x JOIN pg_class t ON t.oid = x.indrelid JOIN pg_class i ON i.oid = x.indexrelid
       LEFT JOIN pg_constraint k ON k.conindid = x.indexrelid AND k.conrelid = t.oid
      WHERE t.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace
        AND (x.indisunique OR k.contype = 'x')`,
    [tenantTables],
  );

describe('tenant tables, keyed by municipality', () => {
  it('finds the tenant tables by their municipality_id column', () => {
    expect(tenantTables).toEqual(expect.arrayContaining(['citizens', 'users', 'audit_log', 'journal_note_revisions', 'login_names', 'sessions']));
    // municipalities is the tenants' own table (keyed by id), not a table of a tenant's rows.
    expect(tenantTables).not.toContain('municipalities');
  });

  it('has municipality_id first in every primary key', async () => {
    const pks = (await uniqueKeys()).filter((k) => k.kind === 'p');
    const keyed = new Map(pks.map((k) => [k.tbl, k.columns]));
    const wrong = tenantTables
      .filter((t) => !(t in GLOBALLY_KEYED))
      .filter((t) => keyed.get(t)?.[0] !== 'municipality_id')
      .map((t) => `${t} (${keyed.get(t)?.join(', ') ?? 'no primary key'})`);
    expect(wrong).toEqual([]);
  });

  it('has municipality_id in every unique constraint, exclusion constraint and unique index', async () => {
    const wrong = (await uniqueKeys())
      .filter((k) => !(k.tbl in GLOBALLY_KEYED))
      .filter((k) => !k.columns.includes('municipality_id'))
      .map((k) => `${k.tbl}.${k.name} (${k.columns.join(', ')})`);
    expect(wrong).toEqual([]);
  });

  it('has municipality_id, paired with itself, in every foreign key to another tenant table', async () => {
    const fks = await db.query<{ tbl: string; name: string; ref: string; pairs: string[] }>(
      `SELECT t.relname AS tbl, k.conname AS name, r.relname AS ref,
              array(SELECT a.attname || '=' || ra.attname
                      FROM unnest(k.conkey, k.confkey) AS u(col, refcol)
                      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.col
                      JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = u.refcol) AS pairs
         FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid JOIN pg_class r ON r.oid = k.confrelid
        WHERE k.contype = 'f' AND t.relname = ANY($1) AND r.relname = ANY($1) AND t.relnamespace = 'public'::regnamespace`,
      [tenantTables],
    );
    expect(fks.length).toBeGreaterThan(30);
    const wrong = fks.filter((k) => !k.pairs.includes('municipality_id=municipality_id')).map((k) => `${k.tbl}.${k.name} → ${k.ref}`);
    expect(wrong).toEqual([]);
  });

  it('has row-level security with the tenant policy on every tenant table', async () => {
    const tables = await db.query<{ tbl: string; rls: boolean; using: string | null; check: string | null; cmd: string | null }>(
      `SELECT c.relname AS tbl, c.relrowsecurity AS rls, pg_get_expr(p.polqual, p.polrelid) AS using,
              pg_get_expr(p.polwithcheck, p.polrelid) AS check, p.polcmd::text AS cmd
         FROM pg_class c LEFT JOIN pg_policy p ON p.polrelid = c.oid AND p.polname = 'tenant_isolation'
        WHERE c.relname = ANY($1) AND c.relnamespace = 'public'::regnamespace`,
      [tenantTables],
    );
    const keyedToTheSetting = (expr: string | null) => /municipality_id = \(?NULLIF\(current_setting\('app\.municipality_id'::text, true\)/i.test(expr ?? '');
    const wrong = tables
      .filter((t) => !t.rls || t.cmd !== '*' || !keyedToTheSetting(t.using) || !keyedToTheSetting(t.check))
      .map((t) => t.tbl);
    expect(wrong).toEqual([]);
  });
});

describe('the login directory', () => {
  it('holds exactly one row per user, with the user’s username and full key', async () => {
    await buildWorld(db, 'Kommune A');
    await db.query(`UPDATE users SET username = 'renamed-' || username WHERE username LIKE '%admin%'`);
    const [row] = await db.query<{ users: number; missing: number; stray: number }>(
      `SELECT (SELECT count(*)::int FROM users) AS users,
              (SELECT count(*)::int FROM users u WHERE NOT EXISTS (
                 SELECT 1 FROM login_names l WHERE l.username = u.username AND l.municipality_id = u.municipality_id AND l.user_id = u.id)) AS missing,
              (SELECT count(*)::int FROM login_names l WHERE NOT EXISTS (
                 SELECT 1 FROM users u WHERE l.username = u.username AND l.municipality_id = u.municipality_id AND l.user_id = u.id)) AS stray`,
    );
    expect(row.users).toBeGreaterThan(0);
    expect(row).toMatchObject({ missing: 0, stray: 0 });
  });

  it('keeps a username unique across municipalities', async () => {
    const [{ username, municipality_id }] = await db.query<{ username: string; municipality_id: string }>('SELECT username, municipality_id FROM users LIMIT 1');
    const [{ id: other }] = await db.query<{ id: string }>(`INSERT INTO municipalities (name) VALUES ('Anden') RETURNING id`);
    expect(other).not.toBe(municipality_id);
    await expect(
      db.query(`INSERT INTO users (municipality_id, username, display_name, password_hash) VALUES ($1, $2, 'X', 'x')`, [other, username]),
    ).rejects.toMatchObject({ code: '23505' });
  });
});

describe('the tenant table helper', () => {
  it('sets up row security, the tenant policy and the app role’s grants in one call', async () => {
    // Made and checked inside a transaction that is then rolled back, so the probe table never stays.
    const rolledBack = new Error('rolled back');
    const done = db.transaction(async (tx) => {
      await tx.query(`CREATE TABLE helper_probe (municipality_id uuid NOT NULL, id bigserial, note text, done boolean, PRIMARY KEY (municipality_id, id))`);
      await tx.query(`SELECT mestring_tenant_table('helper_probe', '{SELECT,INSERT}', update_columns => '{done}')`);
      const [row] = await tx.query<Record<string, boolean>>(
        `SELECT c.relrowsecurity AS rls,
                EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'tenant_isolation') AS policy,
                has_table_privilege('mestring_app', c.oid, 'SELECT') AS "select",
                has_table_privilege('mestring_app', c.oid, 'INSERT') AS "insert",
                has_table_privilege('mestring_app', c.oid, 'DELETE') AS "delete",
                has_column_privilege('mestring_app', c.oid, 'done', 'UPDATE') AS update_done,
                has_column_privilege('mestring_app', c.oid, 'note', 'UPDATE') AS update_note,
                has_sequence_privilege('mestring_app', 'helper_probe_id_seq', 'USAGE') AS sequence
           FROM pg_class c WHERE c.relname = 'helper_probe'`,
      );
      expect(row).toEqual({ rls: true, policy: true, select: true, insert: true, delete: false, update_done: true, update_note: false, sequence: true });
      throw rolledBack;
    });
    await expect(done).rejects.toBe(rolledBack);
  });

  it('is not the app role’s to call', async () => {
    const [{ allowed }] = await db.query<{ allowed: boolean }>(
      `SELECT has_function_privilege('mestring_app', 'mestring_tenant_table(regclass, text[], text[], text[])', 'EXECUTE') AS allowed`,
    );
    expect(allowed).toBe(false);
  });
});
