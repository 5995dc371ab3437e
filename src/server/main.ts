import { mkdirSync } from 'node:fs';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { openDatabase } from './db/index.js';
import { migrate } from './db/migrate.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './db/demo/seed.js';
import { JobQueue, startJobs } from './jobs/index.js';
import { jobDefinitions } from './jobs/registry.js';
import { startFromTemplate } from './db/template.js';
import { buildWebInChild, isWebBuildCurrent } from './web-build.js';

const started = Date.now();
const config = loadConfig();
// `npm start` passes --build-web: the web app is built (when stale) beside the database's start.
const webBuilt = process.argv.includes('--build-web') && !isWebBuildCurrent() ? buildWebInChild() : undefined;
if (!config.databaseUrl) {
  // A new data directory starts as a copy of the migrated empty database `npm ci` prepared, if any.
  startFromTemplate(config.dataDir);
  mkdirSync(config.dataDir, { recursive: true });
}
const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
await migrate(db);
const seeded = config.demo ? await seedDemo(db) : false;
await webBuilt;
const queue = new JobQueue();
const app = await buildApp({ db, trustProxy: config.trustProxy, jobs: queue });
await app.listen({ port: config.port, host: config.host });
// Background work (the nightly clean-up, reminders, deadline checks) starts a little after the server
// answers: starting the queue (pg-boss's schema check, a first fetch per queue) holds the embedded
// database's one connection for seconds, and the first pages come first. Jobs sent before then wait
// in `queue`. A failure is logged, and the server keeps serving.
const JOBS_START_DELAY_MS = 8_000;
let jobs: Promise<Awaited<ReturnType<typeof startJobs>> | void> | undefined;
const jobsTimer = setTimeout(() => {
  jobs = startJobs(db, jobDefinitions({ retention: { auditMonths: config.auditRetentionMonths } }), {
    log: (level, msg, detail) => app.log[level](detail, msg),
  })
    .then(async (running) => {
      await queue.attach(running);
      return running;
    })
    .catch((err: Error) => void app.log.error({ error: err.message }, 'background jobs failed to start'));
}, JOBS_START_DELAY_MS);

const url = `http://localhost:${config.port}`;
console.log(`\nMestring kører på ${url}  (${config.databaseUrl ? 'PostgreSQL-server' : `indlejret PostgreSQL i ${config.dataDir}`}, klar på ${((Date.now() - started) / 1000).toFixed(1)} s)`);
if (config.demo) {
  console.log(`${seeded ? 'Demodata oprettet.' : 'Demodata findes.'} Log ind med en af disse (adgangskode "${DEMO_PASSWORD}"):`);
  for (const u of DEMO_USERS) console.log(`  ${u.username.padEnd(14)} ${u.description}`);
  if (!['127.0.0.1', '::1', 'localhost'].includes(config.host)) {
    console.warn(`Advarsel: HOST=${config.host} gør demoens offentlige adgangskoder tilgængelige fra andre maskiner.`);
  }
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    clearTimeout(jobsTimer);
    await app.close();
    await (await jobs)?.stop();
    await db.close();
    process.exit(0);
  });
}
