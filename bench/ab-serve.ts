/**
 * One side of `bench/ab.ts`: the app of this checkout on the demo data in this checkout's bench
 * cluster, logging as in production. Prints one JSON line (its pid, URL, the cluster's postmaster
 * pid, the mix's targets) and serves until its stdin closes. Copy it into an older checkout to
 * measure that code against this one.
 */
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/server/app.js';
import { openPostgres } from '../src/server/db/index.js';
import { DEMO_PASSWORD } from '../src/server/db/demo/seed.js';
import { startBenchCluster } from './cluster.js';
import { demoOnServer } from './demo-data.js';
import { demoTargets } from './mixed.js';

const log = (line: string) => console.error(line);
const cluster = startBenchCluster(fileURLToPath(new URL('../data/bench-pg/', import.meta.url)), log);
const db = openPostgres(await demoOnServer(cluster.url, log));
const app = await buildApp({ db, webDir: '/nonexistent', logDestination: fileURLToPath(new URL('../data/bench-app.log', import.meta.url)) });
await app.listen({ host: '127.0.0.1', port: 0 });
const addr = app.server.address();
const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
const targets = await demoTargets(url, 'medarbejder', 'leder', DEMO_PASSWORD);
process.stdout.write(`${JSON.stringify({ pid: process.pid, url, pgPid: cluster.pid, pgUrl: cluster.url, targets })}\n`);
process.stdin.resume();
process.stdin.on('end', async () => {
  await app.close();
  await db.close();
  process.exit(0);
});
