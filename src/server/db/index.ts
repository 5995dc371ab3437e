import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/** Anything that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
}

/** One interface over PGlite and a PostgreSQL server. */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

// Dates of care are local calendar dates: keep them as 'YYYY-MM-DD' strings, never JS Dates.
pg.types.setTypeParser(DATE_OID, (v) => v);
pg.types.setTypeParser(INT8_OID, (v) => Number(v));
pg.types.setTypeParser(NUMERIC_OID, (v) => Number(v));

export const pgliteExtensions = { btree_gist, pg_trgm, unaccent };
const pgliteParsers = {
  [DATE_OID]: (v: string) => v,
  [INT8_OID]: (v: string) => Number(v),
  [NUMERIC_OID]: (v: string) => Number(v),
};

const pgliteHandles = new WeakMap<Db, PGlite>();

/** A PGlite database's whole data directory as a tarball (tests copy a migrated base this way). */
export function dumpPGlite(db: Db): Promise<Blob> {
  const lite = pgliteHandles.get(db);
  if (!lite) throw new Error('dumpPGlite needs a PGlite database');
  return lite.dumpDataDir('gzip');
}

/** Wraps an open PGlite instance. */
export function fromPGlite(lite: PGlite): Db {
  const run = async <T>(q: Pick<PGlite, 'query'>, text: string, params?: unknown[]) =>
    (await q.query<T>(text, params as unknown[])).rows;
  const db: Db = {
    kind: 'pglite',
    query: (text, params) => run(lite, text, params),
    exec: async (text) => void (await lite.exec(text)),
    transaction: (fn) =>
      lite.transaction((tx) =>
        fn({ query: (text, params) => run(tx, text, params), exec: async (text) => void (await tx.exec(text)) }),
      ),
    close: () => lite.close(),
  };
  pgliteHandles.set(db, lite);
  return db;
}

/** Opens embedded PostgreSQL; `dataDir` undefined means in memory. */
export async function openPGlite(dataDir?: string, loadDataDir?: Blob | File): Promise<Db> {
  const lite = await PGlite.create({
    dataDir,
    loadDataDir,
    extensions: pgliteExtensions,
    parsers: pgliteParsers,
  });
  return fromPGlite(lite);
}

/** Opens a pool to a PostgreSQL server. */
export function openPostgres(connectionString: string, max = 10): Db {
  const pool = new pg.Pool({ connectionString, max });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Nothing to do here.
  });
  return {
    kind: 'postgres',
    query: async (text, params) => (await pool.query(text, params)).rows,
    exec: async (text) => void (await pool.query(text)),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({
          query: async (text, params) => (await client.query(text, params)).rows,
          exec: async (text) => void (await client.query(text)),
        });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Opens the database the configuration names. */
export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string }): Promise<Db> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPGlite(opts.dataDir);
}
