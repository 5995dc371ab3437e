/**
 * `npm run bench [-- --scale=M --iterations=300 --warmup=30 --regenerate --no-load]`
 *
 * Generates (or reuses) a benchmark municipality in a PostgreSQL server, starts the real app on it,
 * and reports p50/p95 server time of the hot pages next to their floor: the same statements,
 * recorded from the request and replayed by a bare `pg` client in one transaction. Then a
 * throughput line (autocannon). Writes bench/results/latest.md and latest.json. See bench/README.md.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import { buildApp } from '../src/server/app.js';
import { openPostgres, type Db } from '../src/server/db/index.js';
import { migrate } from '../src/server/db/migrate.js';
import { BENCH_PASSWORD, generate, prepareDatabase, userLayout } from './generate.js';
import { HttpClient } from './http.js';
import { recordingDb, type Statement } from './recorder.js';
import { SCALES } from './scale.js';
import { clusterCpuMs, selfCpuMs, startBenchCluster } from './cluster.js';
import { countResponses, demoTargets, fire, mixedLoad, type MixedResult } from './mixed.js';
import { demoOnPGlite, demoOnServer } from './demo-data.js';
import { DEMO_PASSWORD } from '../src/server/db/demo/seed.js';
import { ms, percentile, timeAlternating } from './stats.js';
import { visitationBench, visitationMarkdown } from './visitation.js';
import { medicineRoundTargets } from '../src/server/features/medicine-rounds/bench-targets.js';
import { ladderFlowRequest } from '../src/server/features/visitation-insight/bench-targets.js';
import { matchingTargets } from '../src/server/features/matching/bench-targets.js';

const TARGET_P95_MS = 30;
const TARGET_RATIO = 1.5;
const DB_NAME = 'mestring_bench';

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'M' },
    iterations: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '30' },
    regenerate: { type: 'boolean', default: false },
    'no-load': { type: 'boolean', default: false },
    /** Only the mixed load on the demo data (skips the scale-M table). */
    'mixed-only': { type: 'boolean', default: false },
    'mixed-seconds': { type: 'string', default: '10' },
    /** Which databases the mixed load runs on: postgres, pglite or both. */
    'mixed-db': { type: 'string', default: 'both' },
    /** Only the requests whose name matches this regular expression (e.g. --only=Medicin). */
    only: { type: 'string' },
  },
});
const scale = SCALES[args.scale!.toUpperCase()];
if (!scale) throw new Error(`unknown scale ${args.scale}; one of ${Object.keys(SCALES).join(', ')}`);
const iterations = Number(args.iterations);
const warmup = Number(args.warmup);
const resultsDir = fileURLToPath(new URL('./results/', import.meta.url));
const log = (line: string) => console.log(line);
// The bench's own cluster (./data/bench-pg), unless BENCH_DATABASE_URL names a server: then the
// PostgreSQL side of the CPU per request is not measured.
const cluster = process.env.BENCH_DATABASE_URL ? null : startBenchCluster(fileURLToPath(new URL('../data/bench-pg/', import.meta.url)), log);
const adminUrl = process.env.BENCH_DATABASE_URL ?? cluster!.url;

// 1. Data -------------------------------------------------------------------------------------
const started = performance.now();
log(`Mestring bench, scale ${scale.name}, ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
const prepared = await prepareDatabase(adminUrl, DB_NAME, scale, log, args.regenerate);
let generationSeconds: number;
if (prepared.reuse) {
  const meta = new pg.Client({ connectionString: prepared.url });
  await meta.connect();
  const row = (await meta.query<{ seconds: string; generated_at: Date }>('SELECT seconds, generated_at FROM bench_meta')).rows[0];
  await meta.end();
  generationSeconds = Number(row.seconds);
  log(`Reusing ${DB_NAME} (scale ${scale.name}, generated ${row.generated_at.toISOString()} in ${generationSeconds} s)`);
} else {
  generationSeconds = await generate(prepared.url, scale, log);
  log(`Generated in ${generationSeconds.toFixed(0)} s`);
}

// 2. The app on the bench database, over real HTTP on loopback ----------------------------------
const inner = openPostgres(prepared.url);
await migrate(inner); // later migrations land on a reused database too
const recorder = recordingDb(inner);
const app = await buildApp({ db: recorder.db, logger: false, webDir: '/nonexistent' });
// Server time as Fastify measures it: from routing the request to the response handed to the socket.
let serverTimes: number[] | null = null;
app.addHook('onResponse', async (_req, reply) => void serverTimes?.push(reply.elapsedTime));
const answered = countResponses(app);
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const http = new HttpClient(base);

const layout = userLayout(scale);
const staffUser = `staff-${layout.staff}`; // the first staff member of unit 1
const leaderUser = `facility-leader-${layout.facilityLeaders}`; // the leader of facility 1
const cookies = { staff: await http.login(staffUser, BENCH_PASSWORD), leader: await http.login(leaderUser, BENCH_PASSWORD) };
const floorClient = new pg.Client({ connectionString: prepared.url, pipeline: true });
await floorClient.connect();
const [target] = (
  await floorClient.query<{ citizen_id: string; goal_id: string; unit_citizens: number; linked: number }>(
    `SELECT b.id AS citizen_id, g.id AS goal_id, (SELECT count(*)::int FROM bench_citizens WHERE unit = 1) AS unit_citizens,
            (SELECT count(*)::int FROM journal_note_goals ng WHERE ng.goal_id = g.id) AS linked
       FROM bench_citizens b JOIN goals g ON g.citizen_id = b.id AND g.status = 'active'
      WHERE b.unit = 1 ORDER BY b.n, linked DESC LIMIT 1`,
  )
).rows;
log(`Staff user ${staffUser} (unit 1: ${target.unit_citizens} citizens), facility leader ${leaderUser}; citizen ${target.citizen_id}, goal ${target.goal_id} (${target.linked} linked notes)`);

/** Parameters as reported: a session token's hash is left out of the results. */
const reported = (params?: unknown[]) => params?.map((p) => (typeof p === 'string' && /^[0-9a-f]{64}$/.test(p) ? '<session token hash>' : p));

interface RequestSpec {
  name: string;
  cookie: string;
  /** Paths to try in order: the first that answers 200 is measured (features land at different times). */
  paths: string[];
  /** A write: POSTed with the CSRF token, answering `status`; `cleanup` (outside server time) undoes it before each request and replay. */
  post?: { csrf: string; body: unknown; status: number; cleanup: () => Promise<unknown> };
  /** CPU per request under load: `prepare` returns the requests autocannon sends (each once at most, in order). */
  load?: { prepare: () => Promise<unknown[]> };
  /** The request's own target (server p95, ms) where its issue sets one; the ratio to the floor is then reported, not judged (its work is in Node, not SQL). */
  targetP95?: number;
}
// The medicine round of unit 1 this morning, and registering yesterday's 08:00 dose of its first citizen's first line (issue 13).
const medicine = await medicineRoundTargets(floorClient, await http.session(staffUser, BENCH_PASSWORD));
const requests: RequestSpec[] = [
  { name: 'Mine borgere (staff, one unit)', cookie: cookies.staff, paths: ['/api/citizens'] },
  { name: 'Borgerside', cookie: cookies.staff, paths: [`/api/citizens/${target.citizen_id}`] },
  { name: 'Mål med noter', cookie: cookies.staff, paths: [`/api/goals/${target.goal_id}`, `/api/citizens/${target.citizen_id}/notes?goalId=${target.goal_id}`] },
  { name: 'Opfølgningsliste (facility leader)', cookie: cookies.leader, paths: ['/api/follow-ups/due'] },
  ...medicine,
  ...(await ladderFlowRequest(floorClient, http, BENCH_PASSWORD)),
  // Ranking one referral against every place (issue 14), as a case worker of the municipality (the matching committee).
  ...(await matchingTargets(floorClient, await http.session(`case-worker-${layout.caseWorkers}`, BENCH_PASSWORD), log)),
];

interface Result {
  name: string;
  method?: 'POST';
  path: string | null;
  status?: number;
  /** Server time (the target's measure). */
  p50?: number;
  p95?: number;
  /** Round trip seen by the HTTP client in this process (server time + loopback + the client's own parsing). */
  roundTripP50?: number;
  roundTripP95?: number;
  floorP50?: number;
  floorP95?: number;
  ratio?: number;
  ok?: boolean;
  bytes?: number;
  statements?: Array<{ text: string; params?: unknown[]; floorP50: number; floorP95: number }>;
  explain?: string;
  /** This process's CPU time per run (client and server share it): steadier than wall time on a busy machine. */
  cpuMs?: number;
  floorCpuMs?: number;
  /** CPU per request with the client in another process (autocannon, one connection): the app's process and the cluster's, from /proc. */
  load?: { requests: number; requestsPerSecond: number; nodeCpuMs: number; pgCpuMs: number | null };
  /** The request's own target, where it has one (else the table's). */
  target?: string;
}

/** CPU milliseconds this process spends per call of `fn` over `runs` calls. */
async function cpuPerRun(fn: () => Promise<unknown>, runs: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < runs; i++) await fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / runs;
}

/**
 * CPU ms per request of the app's process (this one: the client is autocannon in another) and of
 * the bench cluster, read from the processes' own counters as the mixed load does: one connection,
 * a warm-up of a fifth of the requests, then the rest, each sent once.
 */
async function cpuUnderLoad(load: NonNullable<RequestSpec['load']>, expected: number): Promise<NonNullable<Result['load']>> {
  const all = await load.prepare();
  // A GET repeats (autocannon cycles the list): 200 to warm up, then 1,000; a registration is each dose once.
  const w = Math.floor(all.length / 6);
  const [warm, measured] = all.length === 1 ? [[all, 200], [all, 1000]] as const : [[all.slice(0, w), w], [all.slice(w), all.length - w]] as const;
  await fire(base, 1, 120, warm[0], warm[1]);
  const before = { node: selfCpuMs(), pg: cluster ? clusterCpuMs(cluster) : 0, answered: answered.answered, failed: answered.failed };
  const t = performance.now();
  await fire(base, 1, 300, measured[0], measured[1]);
  const seconds = (performance.now() - t) / 1000;
  const n = answered.answered - before.answered;
  if (answered.failed !== before.failed) throw new Error(`load: ${answered.failed - before.failed} of ${n} requests did not answer ${expected}`);
  return {
    requests: n,
    requestsPerSecond: n / seconds,
    nodeCpuMs: (selfCpuMs() - before.node) / n,
    pgCpuMs: cluster ? (clusterCpuMs(cluster) - before.pg) / n : null,
  };
}

/** Replays recorded statements on the bare client, timing each statement too; prepared, as the app's are. */
const floorNames = new Map<string, string>();
const asPrepared = (s: Statement): pg.QueryConfig => {
  if (!s.params?.length) return { text: s.text };
  if (!floorNames.has(s.text)) floorNames.set(s.text, `f${floorNames.size}`);
  return { name: floorNames.get(s.text), text: s.text, values: s.params };
};
async function replay(stmts: Statement[], perStatement: number[][]): Promise<void> {
  // Statements the app pipelines (BEGIN with the first read, the audit row with COMMIT) go out in
  // one write here too; the first of such a pair is timed 0 and the second holds both.
  const socket = (floorClient as unknown as { connection: { stream: import('node:net').Socket } }).connection.stream;
  let held: Array<Promise<unknown>> = [];
  for (const [i, s] of stmts.entries()) {
    const t = performance.now();
    const result = floorClient.query(asPrepared(s));
    result.catch(() => undefined);
    if (s.withNext) {
      if (!held.length) socket.cork();
      held.push(result);
      perStatement[i].push(0);
      continue;
    }
    if (held.length) socket.uncork();
    await Promise.all([...held, result]);
    held = [];
    perStatement[i].push(performance.now() - t);
  }
}

/**
 * EXPLAIN ANALYZE of the slowest reads, run as the request ran them (inside its transaction: with
 * the role and tenant set), then rolled back.
 */
async function explainSlowest(stmts: Statement[], floorP50: number[]): Promise<string> {
  const begin = stmts.findIndex((s) => s.text.startsWith('BEGIN'));
  const commit = stmts.findIndex((s) => s.text === 'COMMIT');
  const inTx = (i: number) => i > begin && i < commit;
  const slowest = stmts
    .map((s, i) => ({ s, i, t: floorP50[i] }))
    .filter(({ s }) => /^\s*SELECT/i.test(s.text) && !s.text.includes('set_config('))
    .sort((a, b) => b.t - a.t)
    .slice(0, 2);
  const out: string[] = [];
  for (const { s, i, t } of slowest) {
    // BEGIN with the request's role and tenant, or a bare one for a statement outside its transaction.
    await floorClient.query(inTx(i) ? stmts[begin].text : 'BEGIN');
    try {
      const plan = await floorClient.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, s.params);
      out.push(`-- floor p50 ${ms(t)} ms\n${s.text.trim()}\n-- params: ${JSON.stringify(reported(s.params))}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    } finally {
      await floorClient.query('ROLLBACK');
    }
  }
  return out.join('\n\n');
}

// 3. Measure ----------------------------------------------------------------------------------
const results: Result[] = [];
for (const r of args['mixed-only'] ? [] : requests.filter((q) => !args.only || new RegExp(args.only, 'i').test(q.name))) {
  const get = (path: string) =>
    r.post ? http.request('POST', path, { cookie: r.cookie, 'x-csrf-token': r.post.csrf }, r.post.body) : http.request('GET', path, { cookie: r.cookie });
  const expected = r.post?.status ?? 200;
  const cleanup = async () => void (await r.post?.cleanup());
  let path: string | null = null;
  let status = 0;
  for (const p of r.paths) {
    await cleanup();
    status = (await get(p)).status;
    if (status === expected) {
      path = p;
      break;
    }
  }
  if (!path) {
    log(`- ${r.name}: not measured (${r.paths.join(' / ')} answered ${status})`);
    results.push({ name: r.name, path: null, status });
    continue;
  }
  await cleanup();
  recorder.start();
  await get(path);
  const stmts = recorder.stop();

  // App and floor alternate, one request then one replay, so a burst of load on this shared
  // machine hits both columns alike.
  let failures = 0;
  let bytes = 0;
  const perStatement = stmts.map(() => [] as number[]);
  serverTimes = [];
  const { a: roundTrips, b: floor } = await timeAlternating(
    async () => {
      await cleanup();
      const res = await get(path);
      bytes = res.body.length;
      if (res.status !== expected) failures++;
      await cleanup();
    },
    () => replay(stmts, perStatement),
    iterations,
    warmup,
  );
  if (failures) throw new Error(`${r.name}: ${failures} requests did not answer ${expected}`);
  if (serverTimes.length !== warmup + iterations) throw new Error(`${r.name}: ${serverTimes.length} server times for ${warmup + iterations} requests`);
  const times = serverTimes.slice(warmup);
  serverTimes = null;
  const statementP50 = perStatement.map((t) => percentile(t.slice(warmup), 50));
  const result: Result = {
    name: r.name,
    ...(r.post ? { method: 'POST' as const } : {}),
    path: path.replace(/[0-9a-f-]{36}/g, ':id'),
    status,
    bytes,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    roundTripP50: percentile(roundTrips, 50),
    roundTripP95: percentile(roundTrips, 95),
    floorP50: percentile(floor, 50),
    floorP95: percentile(floor, 95),
    statements: stmts.map((s, i) => ({ text: s.text.replace(/\s+/g, ' ').trim(), params: reported(s.params), floorP50: statementP50[i], floorP95: percentile(perStatement[i].slice(warmup), 95) })),
  };
  result.cpuMs = await cpuPerRun(() => get(path).then(cleanup), 100);
  result.floorCpuMs = await cpuPerRun(() => replay(stmts, stmts.map(() => [])).then(cleanup), 100);
  if (r.load) result.load = await cpuUnderLoad(r.load, expected);
  result.ratio = result.p95! / result.floorP95!;
  result.ok = r.targetP95 !== undefined ? result.p95! <= r.targetP95 : result.p95! <= TARGET_P95_MS && result.ratio <= TARGET_RATIO;
  if (r.targetP95 !== undefined) result.target = `≤ ${r.targetP95} ms p95`;
  if (!result.ok) result.explain = await explainSlowest(stmts, statementP50);
  log(`- ${r.name}: server p50 ${ms(result.p50!)} ms, p95 ${ms(result.p95!)} ms (round trip ${ms(result.roundTripP50!)} / ${ms(result.roundTripP95!)}); floor p50 ${ms(result.floorP50!)} ms, p95 ${ms(result.floorP95!)} ms (${stmts.length} statements, ${bytes} bytes)`);
  if (result.load) log(`  under load (autocannon, 1 connection, ${result.load.requests} requests): CPU per request ${ms(result.load.nodeCpuMs)} ms Node${result.load.pgCpuMs === null ? '' : ` + ${ms(result.load.pgCpuMs)} ms PostgreSQL`}`);
  results.push(result);
}

// 4. Throughput under concurrent load, in a separate process so it does not share the server's event loop.
let throughput: { requestsPerSecond: number; p50: number; p99: number; non2xx: number; errors: number } | null = null;
if (!args['no-load'] && !args['mixed-only']) {
  const autocannon = fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url));
  const { stdout } = await promisify(execFile)(process.execPath, [autocannon, '-c', '10', '-d', '10', '-j', '-H', `cookie:${cookies.staff}`, `${base}/api/citizens`], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const j = JSON.parse(stdout) as { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
  throughput = { requestsPerSecond: j.requests.average, p50: j.latency.p50, p99: j.latency.p99, non2xx: j.non2xx, errors: j.errors };
  log(`- Throughput, Mine borgere, 10 connections, 10 s: ${j.requests.average.toFixed(0)} req/s (latency p50 ${j.latency.p50} ms, p99 ${j.latency.p99} ms, ${j.non2xx} non-2xx)`);
}

await app.close();
await inner.close();
await floorClient.end();
http.close();

// 4b. The mixed load of issue 10 on the demo data: the server (CPU of this process and of the
// cluster), then embedded PGlite (one process: app and database together).
interface MixedRun {
  db: 'PostgreSQL' | 'PGlite';
  runs: MixedResult[];
}
const mixed: MixedRun[] = [];
let topStatements: Array<{ query: string; calls: number; total_ms: number; plan_ms: number; exec_ms: number }> = [];
if (!args['no-load']) {
  const seconds = Number(args['mixed-seconds']);
  const logFile = fileURLToPath(new URL('../data/bench-app.log', import.meta.url));
  const runMix = async (db: Db, label: MixedRun['db'], pgCpu: (() => number) | null, before?: () => Promise<void>) => {
    // Logging on, as in production, into a file.
    const mixApp = await buildApp({ db, webDir: '/nonexistent', logDestination: logFile });
    const count = countResponses(mixApp);
    await mixApp.listen({ host: '127.0.0.1', port: 0 });
    const addr = mixApp.server.address();
    const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    const targets = await demoTargets(url, 'medarbejder', 'leder', DEMO_PASSWORD);
    const runs: MixedResult[] = [];
    await before?.();
    for (const connections of [10, 50]) {
      const r = await mixedLoad(count, url, targets, connections, seconds, { node: selfCpuMs, pg: pgCpu });
      log(`- Mixed load, ${label}, ${connections} connections: ${r.requestsPerSecond.toFixed(0)} req/s, p50 ${r.p50} ms, p99 ${r.p99} ms, CPU per request ${ms(r.nodeCpuMs)} ms Node${r.pgCpuMs === null ? '' : ` + ${ms(r.pgCpuMs)} ms PostgreSQL = ${ms(r.nodeCpuMs + r.pgCpuMs)} ms`} (${r.requests} requests, ${r.non2xx} non-2xx, ${r.errors} errors)`);
      runs.push(r);
    }
    mixed.push({ db: label, runs });
    await mixApp.close();
  };
  const mixedOn = (db: string) => args['mixed-db'] === 'both' || args['mixed-db'] === db;
  if (mixedOn('postgres')) {
    const demoUrl = await demoOnServer(adminUrl, log);
    const demoDb = openPostgres(demoUrl);
    // pg_stat_statements is preloaded in the bench's own cluster only.
    const statStatements = async () => {
      await demoDb.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await demoDb.query('SELECT pg_stat_statements_reset()');
    };
    await runMix(demoDb, 'PostgreSQL', cluster ? () => clusterCpuMs(cluster) : null, cluster ? statStatements : undefined);
    if (cluster) {
      topStatements = await demoDb.query(
        `SELECT regexp_replace(query, '\\s+', ' ', 'g') AS query, calls::int, (total_plan_time + total_exec_time)::float8 AS total_ms,
                total_plan_time::float8 AS plan_ms, total_exec_time::float8 AS exec_ms
           FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          ORDER BY total_plan_time + total_exec_time DESC LIMIT 12`,
      );
    }
    await demoDb.close();
  }
  if (mixedOn('pglite')) {
    const lite = await demoOnPGlite(fileURLToPath(new URL('../data/bench-pglite-demo.tar.gz', import.meta.url)), log);
    await runMix(lite, 'PGlite', null);
    await lite.close();
  }
}

// 4c. The visitation engines: pure functions in this process, on generated inputs (issue 14's targets).
const visitation = visitationBench(log);

// 5. Report -----------------------------------------------------------------------------------
const serverVersion = await (async () => {
  const c = new pg.Client({ connectionString: prepared.url });
  await c.connect();
  const v = (await c.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
  const counts = (await c.query<{ citizens: number; notes: number; goals: number; users: number }>(
    `SELECT (SELECT count(*)::int FROM citizens) AS citizens, (SELECT reltuples::bigint FROM pg_class WHERE relname = 'journal_notes') AS notes,
            (SELECT count(*)::int FROM goals) AS goals, (SELECT count(*)::int FROM users) AS users`,
  )).rows[0];
  await c.end();
  return { version: v, counts };
})();
const row = (r: Result) =>
  r.path === null
    ? `| ${r.name} | — | — | — | — | — | — | not measured (answered ${r.status}) |`
    : `| ${r.name} (\`${r.method ?? 'GET'} ${r.path}\`) | ${ms(r.p50!)} | ${ms(r.p95!)} | ${ms(r.floorP50!)} | ${ms(r.floorP95!)} | ${r.ratio!.toFixed(2)} | ${ms(r.roundTripP50!)} / ${ms(r.roundTripP95!)} | ${r.target ? `${r.target}: ` : ''}${r.ok ? 'met' : '**missed**'} |`;
const md = [
  `# Benchmark, scale ${scale.name}`,
  '',
  `${new Date().toISOString()} · PostgreSQL ${serverVersion.version} · Node ${process.version} · ${os.cpus().length} cores · load average at start ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`,
  `Data: ${serverVersion.counts.citizens} citizens, ${serverVersion.counts.users} users, ${serverVersion.counts.goals} goals, ~${Number(serverVersion.counts.notes).toLocaleString('en')} journal notes (generated in ${generationSeconds.toFixed(0)} s). ${iterations} sequential requests after ${warmup} warm-up, alternating with the floor; times in ms. Server time is Fastify's own (routing → response written to the socket); the round trip adds loopback and the HTTP client, which runs in this same process.`,
  '',
  `| request | server p50 | server p95 | floor p50 | floor p95 | ratio p95/floor p95 | round trip p50 / p95 | target (≤ ${TARGET_P95_MS} ms p95, ≤ ${TARGET_RATIO}×) |`,
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...results.map(row),
  '',
  'Node CPU per request (client and server share this process; unlike wall time it barely moves with the machine\'s load): ' +
    results.filter((r) => r.cpuMs !== undefined).map((r) => `${r.name} ${ms(r.cpuMs!)} ms (floor ${ms(r.floorCpuMs!)} ms)`).join('; ') + '.',
  '',
  ...(results.some((r) => r.load)
    ? [
        '| CPU per request under load (autocannon in its own process, 1 connection; /proc counters) | requests | req/s | Node | PostgreSQL | total |',
        '| --- | ---: | ---: | ---: | ---: | ---: |',
        ...results.filter((r) => r.load).map((r) => `| ${r.name} | ${r.load!.requests} | ${r.load!.requestsPerSecond.toFixed(0)} | ${ms(r.load!.nodeCpuMs)} | ${r.load!.pgCpuMs === null ? '—' : ms(r.load!.pgCpuMs)} | **${ms(r.load!.nodeCpuMs + (r.load!.pgCpuMs ?? 0))}** |`),
        '',
      ]
    : []),
  throughput
    ? `Throughput, Mine borgere, autocannon 10 connections × 10 s: **${throughput.requestsPerSecond.toFixed(0)} req/s** (latency p50 ${throughput.p50} ms, p99 ${throughput.p99} ms; ${throughput.non2xx} non-2xx, ${throughput.errors} errors).`
    : 'Throughput: skipped (--no-load).',
  '',
  ...(mixed.length
    ? [
        '## Mixed load on the demo data',
        '',
        `40 % Mine borgere, 25 % citizen page, 15 % goal with its notes, 10 % the leader's due list, 10 % a new journal note; autocannon in its own process, ${args['mixed-seconds']} s after a 2 s warm-up, the app logging as in production (to a file). CPU per request from /proc: the app's process, and every process of the bench's PostgreSQL cluster. Targets: ≤ 2.5 ms (server, Node + PostgreSQL), ≤ 6 ms (PGlite, one process).`,
        '',
        '| database | connections | req/s | p50 ms | p99 ms | CPU/request Node | CPU/request PostgreSQL | CPU/request total | non-2xx / errors |',
        '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
        ...mixed.flatMap((m) =>
          m.runs.map((r) => `| ${m.db} | ${r.connections} | ${r.requestsPerSecond.toFixed(0)} | ${r.p50} | ${r.p99} | ${ms(r.nodeCpuMs)} | ${r.pgCpuMs === null ? '—' : ms(r.pgCpuMs)} | **${ms(r.nodeCpuMs + (r.pgCpuMs ?? 0))}** | ${r.non2xx} / ${r.errors} |`),
        ),
        '',
        ...(topStatements.length ? ['### Top statements by total time (pg_stat_statements, PostgreSQL mixed load; ms)', '', '| total | planning | execution | calls | statement |', '| ---: | ---: | ---: | ---: | --- |'] : []),
        ...topStatements.map((t) => `| ${t.total_ms.toFixed(0)} | ${t.plan_ms.toFixed(0)} | ${t.exec_ms.toFixed(0)} | ${t.calls} | \`${t.query.slice(0, 120).replaceAll('|', '\\|')}${t.query.length > 120 ? '…' : ''}\` |`),
        '',
      ]
    : []),
  ...visitationMarkdown(visitation),
  '## Statements per request (floor p50 / p95 each, ms)',
  ...results.filter((r) => r.statements).flatMap((r) => [
    '',
    `### ${r.name}`,
    ...r.statements!.map((s) => `- ${ms(s.floorP50)} / ${ms(s.floorP95)} — \`${s.text.slice(0, 140)}${s.text.length > 140 ? '…' : ''}\``),
  ]),
  ...results.filter((r) => r.explain).flatMap((r) => ['', `## EXPLAIN ANALYZE, ${r.name}`, '', '```', r.explain!, '```']),
  '',
].join('\n');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(`${resultsDir}latest.md`, md);
writeFileSync(
  `${resultsDir}latest.json`,
  JSON.stringify({ at: new Date().toISOString(), scale, generationSeconds, iterations, warmup, postgres: serverVersion, loadAverage: os.loadavg(), results, throughput, mixed, topStatements, visitation }, null, 2),
);
log('');
log(md.split('\n## Statements')[0].split('\n### Top statements')[0]);
log(`Written to bench/results/latest.md and latest.json (${((performance.now() - started) / 1000).toFixed(0)} s in all).`);
