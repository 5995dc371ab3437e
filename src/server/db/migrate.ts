import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { Db } from './index.js';
import { LOCKS, withLock } from './locks.js';
import { loadFfbCodeSystem } from './reference-data.js';
import { loadUseOfForceReference } from './use-of-force-reference.js';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));

/**
 * Runs the SQL files in migrations/ in name order, each once, in its own transaction, then
 * loads reference data. The same files serve PGlite and the PostgreSQL server. Every step holds
 * an advisory lock and re-reads what is done, so processes started together migrate once.
 * `upTo` (a file name or its number, '015') stops after that file: tests of a migration use it to
 * write rows of the shape before it.
 */
export async function migrate(db: Db, options: { upTo?: string } = {}): Promise<string[]> {
  await withLock(db, LOCKS.migrate, (tx) =>
    tx.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`),
  );
  const done = new Set((await db.query<{ name: string }>('SELECT name FROM schema_migrations')).map((r) => r.name));
  const files = (await readdir(migrationsDir))
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .filter((f) => options.upTo === undefined || f.slice(0, options.upTo.length) <= options.upTo);
  const applied: string[] = [];
  for (const file of files) {
    if (done.has(file)) continue;
    const text = await readFile(path.join(migrationsDir, file), 'utf8');
    const ran = await withLock(db, LOCKS.migrate, async (tx) => {
      // Another process may have applied it while this one waited for the lock.
      if ((await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [file])).length) return false;
      await tx.exec(text);
      await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [file]);
      return true;
    });
    if (ran) applied.push(file);
  }
  await withLock(db, LOCKS.migrate, (tx) => loadFfbCodeSystem(tx));
  await withLock(db, LOCKS.migrate, (tx) => loadUseOfForceReference(tx));
  return applied;
}
