import { Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDb, testDbKind } from '../../../test/db.js';
import { deferred, type Db } from './index.js';

let db: Db;
beforeAll(async () => {
  db = await createTestDb();
  await db.exec('CREATE TABLE statements_test (n int NOT NULL)');
});
afterAll(() => db.close());

const tenant = { role: 'mestring_app', 'app.municipality_id': '00000000-0000-4000-8000-000000000001' };

describe('transactions', () => {
  it('start with their settings, which end with them', async () => {
    const inside = await db.transaction((tx) => tx.query<{ who: string; tenant: string }>(`SELECT current_user AS who, current_setting('app.municipality_id') AS tenant`), tenant);
    expect(inside).toEqual([{ who: 'mestring_app', tenant: tenant['app.municipality_id'] }]);
    const [after] = await db.transaction((tx) => tx.query<{ who: string }>('SELECT current_user AS who'));
    expect(after.who).not.toBe('mestring_app');
  });

  it('a deferred statement that fails fails the transaction, and nothing in it is kept', async () => {
    const run = db.transaction(async (tx) => {
      await tx.query('INSERT INTO statements_test (n) VALUES ($1)', [1]);
      await deferred(tx, 'SELECT 1 / $1::int', [0]);
      return 'done';
    });
    await expect(run).rejects.toMatchObject({ code: '22012' }); // division by zero
    expect(await db.query('SELECT n FROM statements_test')).toEqual([]);
  });

  it('a deferred statement that succeeds is kept with the rest', async () => {
    await db.transaction(async (tx) => {
      await deferred(tx, 'INSERT INTO statements_test (n) VALUES ($1)', [2]);
      await tx.query('INSERT INTO statements_test (n) VALUES ($1)', [3]);
    });
    expect(await db.query('SELECT n FROM statements_test ORDER BY n')).toEqual([{ n: 2 }, { n: 3 }]);
  });
});

describe('prepared statements', () => {
  it('a statement with parameters is prepared once per connection, not planned afresh each time', async () => {
    // One query after another: the pool hands out the connection just released (pg_prepared_statements is per connection).
    const text = 'SELECT $1::int + 1 AS n';
    for (let i = 0; i < 3; i++) expect(await db.query(text, [i])).toEqual([{ n: i + 1 }]);
    expect(await db.query('SELECT count(*)::int AS n FROM pg_prepared_statements WHERE statement = $1', [text])).toEqual([{ n: 1 }]);
  });

  it('take and give values as unprepared statements do', async () => {
    const ids = ['00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000002'];
    const prepared = await db.query(
      `SELECT $1::date AS d, $2::bigint AS big, $3::numeric AS num, $4::uuid[] AS ids, $5::jsonb AS j, $6::timestamptz AS at,
              $7::boolean AS yes, $8::text AS nothing, ARRAY['a', 'b'] AS texts, json_build_object('k', $2::bigint) AS obj`,
      ['2026-01-02', 5, 1.5, ids, JSON.stringify({ a: 1 }), '2026-01-02T03:04:05Z', true, null],
    );
    const plain = await db.query(
      `SELECT '2026-01-02'::date AS d, 5::bigint AS big, 1.5::numeric AS num, '{${ids.join(',')}}'::uuid[] AS ids, '{"a": 1}'::jsonb AS j,
              '2026-01-02T03:04:05Z'::timestamptz AS at, true AS yes, NULL::text AS nothing, ARRAY['a', 'b'] AS texts, json_build_object('k', 5::bigint) AS obj`,
    );
    expect(prepared).toEqual(plain);
    expect(prepared).toEqual([
      { d: '2026-01-02', big: 5, num: 1.5, ids, j: { a: 1 }, at: new Date('2026-01-02T03:04:05Z'), yes: true, nothing: null, texts: ['a', 'b'], obj: { k: 5 } },
    ]);
  });
});

describe.runIf(testDbKind === 'postgres')('on a PostgreSQL server', () => {
  it('a tenant transaction with one read and an audit row takes two writes to the server: BEGIN goes with the read, the audit row with COMMIT', async () => {
    await db.transaction((tx) => tx.query('SELECT 1 AS warm')); // a connection exists
    // What the socket hands to the kernel: one _write, or one _writev for what was held (corked) together.
    const socket = Socket.prototype as unknown as Record<'_write' | '_writev', (...args: unknown[]) => void>;
    const write = vi.spyOn(socket, '_write');
    const writev = vi.spyOn(socket, '_writev');
    try {
      await db.transaction(async (tx) => {
        await tx.query('SELECT $1::int AS read', [2]);
        await deferred(tx, 'SELECT $1::int AS audit', [1]);
      }, tenant);
      expect(write.mock.calls.length + writev.mock.calls.length).toBe(2);
    } finally {
      write.mockRestore();
      writev.mockRestore();
    }
  });
});
