import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEmptyPostgresDb, testDbKind } from '../../../../test/db.js';
import { openPGlite, openPostgres, type Db } from '../../db/index.js';
import { migrate } from '../../db/migrate.js';

const dir = new URL('../../db/migrations/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
const before016 = files.filter((f) => f < '016');

async function freshDb(): Promise<Db> {
  return testDbKind === 'pglite' ? openPGlite() : openPostgres(await createEmptyPostgresDb(), 1);
}

/** Runs the migrations before 016 by hand, as a database deployed before this issue has them. */
async function migrateBefore016(db: Db): Promise<void> {
  await db.exec('CREATE TABLE schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
  for (const f of before016) {
    await db.exec(readFileSync(new URL(f, dir), 'utf8'));
    await db.query('INSERT INTO schema_migrations (name) VALUES ($1)', [f]);
  }
}

describe('migration 016: existing interventions become services without loss', () => {
  it('keeps every row and its fields, derives the step, names the tenant’s own municipality where known, invents nothing else', async () => {
    const db = await freshDb();
    try {
      await migrateBefore016(db);
      // Two tenants: one named as in the list of municipalities, one not (the demo's).
      const [gentofte, demo] = ['Gentofte Kommune', 'Demo Kommune'];
      const ids: Record<string, string> = {};
      for (const name of [gentofte, demo]) {
        const [{ id }] = await db.query<{ id: string }>('INSERT INTO municipalities (name) VALUES ($1) RETURNING id', [name]);
        const [{ id: unit }] = await db.query<{ id: string }>(
          `INSERT INTO org_units (municipality_id, kind, name, path) VALUES ($1, 'unit', 'Afdeling', '/x/') RETURNING id`, [id]);
        const [{ id: place }] = await db.query<{ id: string }>(
          `INSERT INTO places (municipality_id, unit_id, name, legal_basis, active_from) VALUES ($1, $2, 'P', '§85', '2020-01-01') RETURNING id`, [id, unit]);
        const [{ id: citizen }] = await db.query<{ id: string }>(
          `INSERT INTO citizens (municipality_id, cpr, first_name, last_name, birth_date) VALUES ($1, $2, 'A', 'B', '1980-01-01') RETURNING id`,
          [id, name === demo ? '0101801234' : '0101801235']);
        await db.query(
          `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, place_id, unit_id, start_date, end_date) VALUES
             ($1, $2, 'housing_support', '§85', $3, $4, '2021-01-01', '2022-01-01'),
             ($1, $2, 'long_term_residence', '§141', NULL, $4, '2022-01-01', NULL)`,
          [id, citizen, place, unit]);
        ids[name] = id;
      }
      const snapshot = `SELECT municipality_id, citizen_id, kind_code, legal_basis, place_id, unit_id, start_date::text, end_date::text, version
                          FROM interventions ORDER BY municipality_id, start_date`;
      const rowsBefore = await db.query(snapshot);

      expect(await migrate(db)).toEqual(files.filter((f) => f >= '016'));

      expect(await db.query(snapshot)).toEqual(rowsBefore);
      const after = await db.query<Record<string, unknown>>(
        `SELECT m.name, i.kind_code, i.legal_basis, i.ladder_step, i.acting_municipality_code, i.paying_municipality_code,
                i.hours_per_week, i.reassessment_date, i.support_need_code, i.rate_dkk, i.rate_unit, i.end_reason_code, i.end_destination_code
           FROM interventions i JOIN municipalities m ON m.id = i.municipality_id ORDER BY m.name, i.start_date`,
      );
      const nothingInvented = { hours_per_week: null, reassessment_date: null, support_need_code: null, rate_dkk: null, rate_unit: null, end_reason_code: null, end_destination_code: null };
      expect(after).toEqual([
        { name: demo, kind_code: 'housing_support', legal_basis: '§85', ladder_step: 3, acting_municipality_code: null, paying_municipality_code: null, ...nothingInvented },
        { name: demo, kind_code: 'long_term_residence', legal_basis: '§141', ladder_step: 7, acting_municipality_code: null, paying_municipality_code: null, ...nothingInvented },
        { name: gentofte, kind_code: 'housing_support', legal_basis: '§85', ladder_step: 3, acting_municipality_code: '157', paying_municipality_code: '157', ...nothingInvented },
        { name: gentofte, kind_code: 'long_term_residence', legal_basis: '§141', ladder_step: 7, acting_municipality_code: '157', paying_municipality_code: '157', ...nothingInvented },
      ]);
      expect((await db.query<{ code: string | null }>('SELECT code FROM municipalities WHERE id = $1', [ids[gentofte]]))[0].code).toBe('157');
      // The § 85 place survives; § 141 stays in the catalogue for the rows that name it, not as a basis.
      expect((await db.query('SELECT 1 FROM places WHERE legal_basis = $1', ['§85']))).toHaveLength(2);
      expect(await db.query('SELECT code, service_basis, stay FROM legal_bases WHERE code = $1', ['§141'])).toEqual([{ code: '§141', service_basis: false, stay: false }]);
      expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM danish_municipalities'))[0].n).toBe(98);
    } finally {
      await db.close();
    }
  }, 120_000);
});
