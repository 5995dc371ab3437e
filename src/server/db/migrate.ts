import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Db, Queryable } from './index.js';
import { LOCKS } from './locks.js';
import { loadFfbCodeSystem } from './reference-data.js';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * Runs the SQL files in migrations/ in name order, each once, in its own transaction, then
 * loads reference data. The same files serve PGlite and the PostgreSQL server. Every step holds
 * an advisory lock and re-reads what is applied under it, so processes starting together take
 * turns and each file runs once.
 */
export async function migrate(db: Db): Promise<string[]> {
  const locked = <T>(fn: (tx: Queryable) => Promise<T>) =>
    db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCKS.migrate]);
      return fn(tx);
    });
  await locked((tx) => tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`));
  const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
  const applied: string[] = [];
  for (const file of files) {
    const text = await readFile(path.join(migrationsDir, file), 'utf8');
    await locked(async (tx) => {
      if ((await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [file])).length) return;
      await tx.exec(text);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      applied.push(file);
    });
  }
  await locked((tx) => loadFfbCodeSystem(tx));
  return applied;
}
