/**
 * Where the first start's time goes: each phase of main.ts (imports, opening the database,
 * migrations, each demo table and afterInsert, building the app), wall and CPU seconds, on a fresh
 * data directory. `npx tsx scripts/profile-start.ts [dataDir]`.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const t0 = performance.now();
const c0 = process.cpuUsage();
let lastT = t0;
let lastC = c0;
const phase = (name: string) => {
  const t = performance.now();
  const c = process.cpuUsage();
  const cpu = (c.user + c.system - lastC.user - lastC.system) / 1e6;
  console.log(`${name.padEnd(40)} wall ${((t - lastT) / 1000).toFixed(2).padStart(6)} s  cpu ${cpu.toFixed(2).padStart(6)} s`);
  lastT = t;
  lastC = c;
};
const { openDatabase } = await import('../src/server/db/index.js');
phase('import db');
const { migrate } = await import('../src/server/db/migrate.js');
phase('import migrate');
const { buildApp } = await import('../src/server/app.js');
phase('import app (features)');
const { DEMO_TABLES, generateDemoData } = await import('../src/server/db/demo/generate.js');
const { insertRows } = await import('../src/server/db/demo/tables.js');
const { manifests } = await import('../src/server/features/index.js');
const { hashPassword } = await import('../src/server/auth/passwords.js');
const { minuteOfDayInCopenhagen, todayInCopenhagen } = await import('../src/domain/dates.js');
const { FFB_GROUPS } = await import('../src/domain/ffb.js');
phase('import demo');
const dataDir = process.argv[2] ?? path.join(mkdtempSync(path.join(os.tmpdir(), 'st-prof-')), 'data');
const { startFromTemplate } = await import('../src/server/db/template.js');
console.log('from template:', startFromTemplate(dataDir));
phase('copy template');
const db = await openDatabase({ dataDir });
phase('open database');
await migrate(db);
phase('migrate');
const hash = await hashPassword('mestring-demo');
phase('hash password');
await db.transaction(async (tx) => {
  await tx.query('SET LOCAL session_replication_role = replica');
  const rows = await tx.query<{ code: string; display: string; parent_code: string }>(
    'SELECT code, display, parent_code FROM ffb_concepts WHERE parent_code = ANY($1::text[])',
    [[FFB_GROUPS.activityAndParticipation, FFB_GROUPS.goalType]],
  );
  const by = (d: string) => rows.find((r) => r.display === d)!.code;
  const codes = {
    areas: new Map(rows.filter((r) => r.parent_code === FFB_GROUPS.activityAndParticipation).map((r) => [r.display, r.code])),
    develop: by('Udvikle funktionsevne'), maintain: by('Fastholde funktionsevne'), limitLoss: by('Begrænse tab af funktionsevne'),
  };
  const now = new Date();
  const tables = generateDemoData(codes, todayInCopenhagen(now), hash, minuteOfDayInCopenhagen(now));
  phase('generate');
  let small = 0;
  for (const [table, columns] of Object.entries(DEMO_TABLES)) {
    const t = performance.now();
    await insertRows(tx, table, columns, tables[table]);
    if (performance.now() - t > 150) phase(`insert ${table} (${tables[table].length})`);
    else small++;
  }
  phase(`insert ${small} small tables`);
  for (const feature of manifests) if (feature.demo?.afterInsert) {
    await tx.query(feature.demo.afterInsert);
    phase(`afterInsert ${feature.name}`);
  }
});
phase('commit');
const app = await buildApp({ db, trustProxy: false });
await app.ready();
phase('buildApp + ready');
console.log(`total wall ${((performance.now() - t0) / 1000).toFixed(1)} s  cpu ${((process.cpuUsage().user + process.cpuUsage().system - c0.user - c0.system) / 1e6).toFixed(1)} s`);
await app.close();
await db.close();
