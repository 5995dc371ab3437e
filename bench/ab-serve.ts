/**
 * One side of `bench/ab.ts`: the app of this checkout on the demo data in this checkout's bench
 * cluster, logging as in production. Prints one JSON line (its pid, URL, the cluster's postmaster
 * pid, the mix's targets) and serves until its stdin closes. Copy it into an older checkout to
 * measure that code against this one.
 */
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
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
// SIGUSR2: the garbage collections so far (count, ms) and the heap, on stderr.
const gc = { count: 0, ms: 0, kinds: {} as Record<number, number> };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gc.count++;
    gc.ms += e.duration;
    const kind = (e as unknown as { detail: { kind: number } }).detail.kind;
    gc.kinds[kind] = (gc.kinds[kind] ?? 0) + 1;
  }
}).observe({ entryTypes: ['gc'] });
process.on('SIGUSR2', () => console.error(`gc ${process.pid}: ${gc.count} collections, ${gc.ms.toFixed(1)} ms (by kind, 1 scavenge, 2 minor mark-sweep, 4 mark-sweep-compact, 8 incremental, 16 weak callbacks: ${JSON.stringify(gc.kinds)}); heap used ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB`));
process.stdin.resume();
process.stdin.on('end', async () => {
  await app.close();
  await db.close();
  process.exit(0);
});
