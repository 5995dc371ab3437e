import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDbKind } from '../../../test/db.js';
import { openPGlite } from './index.js';
import { migrate } from './migrate.js';
import { createTemplate, startFromTemplate, templateDir, templateKey } from './template.js';

const migrationFiles = readdirSync(new URL('./migrations/', import.meta.url)).filter((f) => f.endsWith('.sql'));
let work: string;
let templates: string;

// About PGlite's own files: once, in the PGlite project.
describe.runIf(testDbKind === 'pglite')('a new data directory started from the template npm ci prepares', () => {
  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'mestring-template-'));
    templates = path.join(work, 'templates');
    mkdirSync(path.join(templates, 'stale-key'), { recursive: true });
    await createTemplate(templates);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is a migrated database: opening and migrating it applies nothing, and the reference data is in', async () => {
    const dataDir = path.join(work, 'data', 'pglite');
    expect(startFromTemplate(dataDir, templates)).toBe(true);
    const db = await openPGlite(dataDir);
    try {
      expect(await migrate(db)).toEqual([]);
      const [row] = await db.query<{ migrations: number; ffb: number }>(
        'SELECT (SELECT count(*)::int FROM schema_migrations) AS migrations, (SELECT count(*)::int FROM ffb_concepts) AS ffb',
      );
      expect(row.migrations).toBe(migrationFiles.length);
      expect(row.ffb).toBeGreaterThan(200);
      await db.exec('CREATE TABLE only_in_the_copy (x int)');
    } finally {
      await db.close();
    }
    // The template itself is untouched by what the copy holds.
    const template = await openPGlite(templateDir(templates));
    try {
      expect((await template.query<{ t: string | null }>("SELECT to_regclass('only_in_the_copy')::text AS t"))[0].t).toBeNull();
    } finally {
      await template.close();
    }
  });

  it('keeps only the template of the current migrations', () => {
    expect(readdirSync(templates)).toEqual([templateKey()]);
  });

  it('never replaces a directory that holds a database or anything else', () => {
    const dataDir = path.join(work, 'data', 'pglite');
    expect(startFromTemplate(dataDir, templates)).toBe(false);
    const other = path.join(work, 'other');
    mkdirSync(other);
    writeFileSync(path.join(other, 'notes.txt'), 'mine');
    expect(startFromTemplate(other, templates)).toBe(false);
    expect(readdirSync(other)).toEqual(['notes.txt']);
    expect(readdirSync(work).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('does nothing without a template of the current migrations (the start creates the database itself)', () => {
    const current = templateDir(templates);
    renameSync(current, `${current}-old`);
    try {
      const dataDir = path.join(work, 'fresh');
      expect(startFromTemplate(dataDir, templates)).toBe(false);
      expect(existsSync(dataDir)).toBe(false);
    } finally {
      renameSync(`${current}-old`, current);
    }
  });
});
