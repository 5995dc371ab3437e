import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openPGlite } from './index.js';
import { migrate } from './migrate.js';

/**
 * A migrated, empty embedded database to start a new data directory from. Creating one (PGlite's
 * initdb, then every migration and the reference data) costs about 9 CPU seconds; copying one,
 * well under a second. `npm ci` creates it (scripts/prepare.ts), so the first `npm start` copies it
 * and only adds the demo. It is kept by a hash of everything that shapes it — the migrations, the
 * reference data and PGlite's version — and a start whose template is missing or stale simply
 * creates the database as before.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));
const referenceDir = fileURLToPath(new URL('./reference/', import.meta.url));
/** Where templates are kept (tests pass their own). */
export const TEMPLATES_DIR = path.join(root, '.cache/pglite-template');

/** Files left by the process that wrote the directory, not part of the database. */
const NOT_COPIED = new Set(['postmaster.pid']);

export function templateKey(): string {
  const hash = createHash('sha256');
  const pglite = JSON.parse(readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as { version: string };
  hash.update(`pglite ${pglite.version}\0`);
  for (const dir of [migrationsDir, referenceDir]) {
    for (const name of readdirSync(dir).sort()) hash.update(`${name}\0`).update(readFileSync(path.join(dir, name))).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/** Where the template of this checkout's migrations is (or would be). */
export function templateDir(templatesDir = TEMPLATES_DIR, key = templateKey()): string {
  return path.join(templatesDir, key);
}

/** Creates the template for the current migrations, unless it exists; removes templates of older ones. */
export async function createTemplate(templatesDir = TEMPLATES_DIR): Promise<string> {
  const key = templateKey();
  const target = templateDir(templatesDir, key);
  if (!existsSync(path.join(target, 'PG_VERSION'))) {
    const building = `${target}.tmp-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    mkdirSync(path.dirname(building), { recursive: true });
    const db = await openPGlite(building);
    try {
      await migrate(db);
    } finally {
      await db.close();
    }
    rmSync(target, { recursive: true, force: true });
    renameSync(building, target);
  }
  for (const name of readdirSync(templatesDir)) if (name !== key) rmSync(path.join(templatesDir, name), { recursive: true, force: true });
  return target;
}

/**
 * Starts `dataDir` as a copy of the current template when the directory holds no database yet and
 * the template exists. Returns whether it did; the caller opens and migrates the directory either way.
 */
export function startFromTemplate(dataDir: string, templatesDir = TEMPLATES_DIR): boolean {
  if (existsSync(path.join(dataDir, 'PG_VERSION'))) return false;
  const template = templateDir(templatesDir);
  if (!existsSync(path.join(template, 'PG_VERSION'))) return false;
  // Copied beside it, then renamed: a copy cut short never looks like a database.
  const copying = `${dataDir}.tmp-${process.pid}`;
  rmSync(copying, { recursive: true, force: true });
  mkdirSync(path.dirname(dataDir), { recursive: true });
  cpSync(template, copying, { recursive: true, filter: (src) => !NOT_COPIED.has(path.basename(src)) });
  try {
    if (existsSync(dataDir)) rmdirSync(dataDir); // only an empty one
    renameSync(copying, dataDir);
    return true;
  } catch {
    // The directory is not empty after all (another process started on it): leave it alone.
    rmSync(copying, { recursive: true, force: true });
    return false;
  }
}
