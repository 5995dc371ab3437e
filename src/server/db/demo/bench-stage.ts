import { createHash } from 'node:crypto';
import type pg from 'pg';

type Log = (line: string) => void;

/**
 * The benchmark municipality as bench/generate.ts built it (organisation, users, citizens,
 * placements), handed to each feature's bench stage in turn on one connection. The kernel also
 * leaves `bench_citizens` (n, id, place, unit, first_name, goals, staff[]): each citizen's number,
 * unit, the unit's staff and how many goals the citizen has.
 */
export interface BenchWorld {
  c: pg.Client;
  log: Log;
  municipalityId: string;
  today: string;
  scale: {
    /** Days of journal history. */
    days: number;
    /** Notes per citizen per day: `base`, plus one more on every `extraEvery`-th day. */
    notesPerDay: { base: number; extraEvery: number };
    /** Share of notes linked to one of the citizen's goals. */
    goalNoteShare: number;
    /** Also write every note's first version into journal_note_revisions. */
    revisions: boolean;
  };
  /** Runs `sql`, printing how long it took; returns the rows it wrote. */
  step(label: string, sql: string, params?: unknown[]): Promise<number>;
}

/** A feature's part of the benchmark data, in bulk SQL. */
export type BenchStage = (world: BenchWorld) => Promise<void>;

/** The deterministic id the generator gives entity `kind` number `n`. */
export const benchId = (kind: string, ...n: number[]) => {
  const hex = createHash('md5').update(`bench-${kind}-${n.join('-')}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
// The same ids in SQL; version and variant digits set, as the API validates ids as RFC 4122 UUIDs.
export const benchIdSql = (kind: string, expr: string) => `overlay(overlay(md5('bench-${kind}-' || ${expr}) placing '4' from 13) placing '8' from 17)::uuid`;

/** Definitions of the tables' keys, foreign keys and indexes, to drop before a bulk load and rebuild after. */
async function captureIndexes(c: pg.Client, tables: string[]) {
  const constraints = await c.query<{ tbl: string; name: string; type: string; def: string }>(
    `SELECT DISTINCT conrelid::regclass::text AS tbl, conname AS name, contype AS type, pg_get_constraintdef(oid) AS def
       FROM pg_constraint
      WHERE (conrelid = ANY($1::regclass[]) AND contype IN ('p', 'u', 'f'))
         OR (confrelid = ANY($1::regclass[]) AND contype = 'f')`,
    [tables],
  );
  const indexes = await c.query<{ name: string; def: string }>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
       FROM pg_index i
      WHERE i.indrelid = ANY($1::regclass[])
        AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid AND k.conrelid = i.indrelid AND k.contype IN ('p', 'u', 'x'))`,
    [tables],
  );
  const fks = constraints.rows.filter((k) => k.type === 'f');
  const keys = constraints.rows.filter((k) => k.type !== 'f');
  return {
    drop: [
      ...fks.map((k) => `ALTER TABLE ${k.tbl} DROP CONSTRAINT ${k.name}`),
      ...keys.map((k) => `ALTER TABLE ${k.tbl} DROP CONSTRAINT ${k.name}`),
      ...indexes.rows.map((i) => `DROP INDEX ${i.name}`),
    ],
    rebuild: [
      ...keys.map((k) => `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.name} ${k.def}`),
      ...indexes.rows.map((i) => i.def),
      ...fks.map((k) => `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${k.name} ${k.def}`),
    ],
  };
}

/** Runs a bulk `load` into `tables` with their keys, foreign keys and indexes dropped, and rebuilds them after. */
export async function withoutIndexes({ c, log }: BenchWorld, tables: string[], load: () => Promise<void>): Promise<void> {
  const bulk = await captureIndexes(c, tables);
  log(`  dropping ${bulk.drop.length} keys, foreign keys and indexes on ${tables.join(', ')} for the load`);
  for (const sql of bulk.drop) await c.query(sql);
  await load();
  log(`  rebuilding ${bulk.rebuild.length} keys, indexes and foreign keys`);
  for (const sql of bulk.rebuild) {
    const t = performance.now();
    await c.query(sql);
    log(`    ${sql.slice(0, 100).padEnd(100)} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
  }
}
