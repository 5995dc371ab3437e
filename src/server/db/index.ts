import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { pipelinedTransaction } from './pipelined.js';
import { pglitePrepared } from './pglite-prepared.js';

/** Anything that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(text: string): Promise<void>;
  /**
   * Sends a statement whose answer nobody waits for (the audit row): where it can, it goes out with
   * the next statement or the commit, and an error fails that one, so it is never lost silently.
   */
  defer?(text: string, params?: unknown[]): void;
}

/** Runs a statement as `tx.defer` does, or (where it cannot be deferred) at once. */
export async function deferred(tx: Queryable, text: string, params?: unknown[]): Promise<void> {
  if (tx.defer) tx.defer(text, params);
  else await tx.query(text, params);
}

/** Settings a transaction starts with (`set_config(name, value, true)`): they end with it. */
export type TxSettings = Record<string, string>;

/** One interface over PGlite and a PostgreSQL server. */
export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  transaction<T>(fn: (tx: Queryable) => Promise<T>, settings?: TxSettings): Promise<T>;
  close(): Promise<void>;
}

const literal = (s: string) => {
  if (s.includes('\0')) throw new Error('a setting cannot hold a NUL byte');
  return `'${s.replaceAll("'", "''")}'`; // standard_conforming_strings is on: a backslash is just a backslash
};

/**
 * BEGIN and the transaction's settings as one simple-protocol script: one round trip instead of
 * two. The values are quoted as literals (the simple protocol takes no parameters).
 */
export function beginSql(settings?: TxSettings): string {
  const entries = Object.entries(settings ?? {});
  if (!entries.length) return 'BEGIN';
  return `BEGIN; SELECT ${entries.map(([name, value]) => `set_config(${literal(name)}, ${literal(value)}, true)`).join(', ')}`;
}

/**
 * Names for statement texts, so that each pooled connection parses and plans a statement once and
 * PostgreSQL can keep its plan (a statement planned afresh each time cost more than running it).
 * Texts built from input would each take a name; past the cap they simply stay unnamed.
 */
const MAX_NAMED_STATEMENTS = 5000;
const statementNames = new Map<string, string>();
function statement(text: string, values?: unknown[]): pg.QueryConfig {
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `m${statementNames.size}`;
    statementNames.set(text, name);
  }
  return { name, text, values };
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
const postgresUrls = new WeakMap<Db, string>();

/**
 * How a library with its own driver (the job queue) reaches the same database: the PGlite instance
 * itself (one connection, shared), or the server's URL (a pool of its own).
 */
export function connectionOf(db: Db): { pglite: PGlite } | { url: string } {
  const pglite = pgliteHandles.get(db);
  if (pglite) return { pglite };
  const url = postgresUrls.get(db);
  if (url) return { url };
  throw new Error('connectionOf needs a database opened by openPGlite, fromPGlite or openPostgres');
}

/** A PGlite database's whole data directory as a tarball (tests copy a migrated base this way; uncompressed loads faster). */
export function dumpPGlite(db: Db, compression: 'gzip' | 'none' = 'gzip'): Promise<Blob> {
  const lite = pgliteHandles.get(db);
  if (!lite) throw new Error('dumpPGlite needs a PGlite database');
  return lite.dumpDataDir(compression);
}

/** Wraps an open PGlite instance. */
export function fromPGlite(lite: PGlite): Db {
  const prepared = pglitePrepared(lite);
  // Statements with parameters run prepared (see pglite-prepared.ts), taking the locks PGlite.query
  // takes: outside a transaction both (and then the write to disk), inside one only the query lock.
  const run = async <T>(q: Pick<PGlite, 'query'>, text: string, params?: unknown[]) =>
    (await q.query<T>(text, params as unknown[])).rows;
  const db: Db = {
    kind: 'pglite',
    query: async <T>(text: string, params?: unknown[]) => {
      if (!params?.length) return run<T>(lite, text, params);
      const rows = await lite._runExclusiveTransaction(() => lite.runExclusive(() => prepared<T>(text, params)));
      await lite.syncToFs();
      return rows;
    },
    exec: async (text) => void (await lite.exec(text)),
    transaction: (fn, settings) =>
      lite.transaction(async (tx) => {
        const query = <T>(text: string, params?: unknown[]) =>
          params?.length ? lite.runExclusive(() => prepared<T>(text, params)) : run<T>(tx, text, params);
        const entries = Object.entries(settings ?? {});
        if (entries.length) await query(`SELECT ${entries.map((_, i) => `set_config($${2 * i + 1}, $${2 * i + 2}, true)`).join(', ')}`, entries.flat());
        return fn({ query, exec: async (text) => void (await tx.exec(text)) });
      }),
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
  // Pipeline mode: a client sends a statement without waiting for the answer to the one before.
  const pool = new pg.Pool({ connectionString, max, pipeline: true });
  pool.on('error', () => {
    // An idle client lost its connection; the pool replaces it. Nothing to do here.
  });
  // Statements with parameters are named (prepared once per connection); a script without
  // parameters may hold several statements, which only the simple protocol runs.
  const prepared = (text: string, params?: unknown[]) => (params?.length ? statement(text, params) : { text });
  const db: Db = {
    kind: 'postgres',
    query: async (text, params) => (await pool.query(prepared(text, params))).rows,
    exec: async (text) => void (await pool.query(text)),
    transaction: async (fn, settings) => {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        return await pipelinedTransaction(client, beginSql(settings), prepared, fn, (err) => (broken = err));
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
  postgresUrls.set(db, connectionString);
  return db;
}

/** Opens the database the configuration names. */
export async function openDatabase(opts: { databaseUrl?: string; dataDir?: string }): Promise<Db> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPGlite(opts.dataDir);
}
