/**
 * Times the demo seed on a fresh in-memory PGlite: open (initdb), migrate, seed, and the row counts.
 * `npx tsx bench/seed-time.ts`
 */
import { openPGlite } from '../src/server/db/index.js';
import { migrate } from '../src/server/db/migrate.js';
import { seedDemo } from '../src/server/db/demo/seed.js';

// Wall time and this process's CPU time (PGlite runs in-process): on a busy machine the CPU time
// is what an idle one would take.
let cpu = process.cpuUsage();
const seconds = (from: number) => {
  const used = process.cpuUsage(cpu);
  cpu = process.cpuUsage();
  return `${((performance.now() - from) / 1000).toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} s CPU`;
};
let t = performance.now();
const db = await openPGlite();
console.log(`open (initdb, in memory): ${seconds(t)}`);
t = performance.now();
await migrate(db);
console.log(`migrate: ${seconds(t)}`);
t = performance.now();
const seeded = await seedDemo(db);
console.log(`seed: ${seconds(t)} (seeded: ${seeded})`);
const counts = await db.query<{ table: string; n: number }>(
  `SELECT t AS table, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I', t), false, true, '')))[1]::text::int AS n
     FROM unnest(ARRAY['municipalities','org_units','places','users','user_roles','citizens','citizen_target_groups','relatives',
       'interventions','case_assignments','goals','goal_steps','follow_ups','journal_notes','journal_note_revisions','journal_note_goals']) AS t`,
);
console.log(counts.map((c) => `${c.table}: ${c.n}`).join(', '));
t = performance.now();
console.log(`seed again: ${await seedDemo(db)} in ${seconds(t)}`);
await db.close();
