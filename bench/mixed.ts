/**
 * The mixed load of issue 10: 40 % Mine borgere, 25 % citizen page, 15 % goal with its notes,
 * 10 % the leader's due list, 10 % a new journal note, on the demo data. Reports req/s, latency and
 * the CPU per request of the app and of PostgreSQL, read from /proc (steady on a busy machine).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { HttpClient } from './http.js';

export interface MixedTargets {
  /** Staff member: list, citizen page, goal, new note. */
  staff: { cookie: string; csrfToken: string };
  /** Facility leader: the due list. */
  leader: { cookie: string };
  citizenIds: string[];
  goalIds: string[];
}

export interface MixedResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** CPU ms per request of the app's process (for embedded PGlite: app and database together). */
  nodeCpuMs: number;
  /** CPU ms per request of the PostgreSQL cluster (all its processes); null for PGlite. */
  pgCpuMs: number | null;
}

/** Finds what the mix asks for on the demo data: the staff member's citizens and their goals. */
export async function demoTargets(base: string, staffUser: string, leaderUser: string, password: string): Promise<MixedTargets> {
  const http = new HttpClient(base);
  try {
    const staff = await http.session(staffUser, password);
    const leader = await http.session(leaderUser, password);
    const list = JSON.parse((await http.request('GET', '/api/citizens', { cookie: staff.cookie })).body) as { data: Array<{ id: string; nextFollowUp?: { goalId: string } | null }> };
    const citizenIds = list.data.slice(0, 8).map((c) => c.id);
    const goalIds = list.data.flatMap((c) => (c.nextFollowUp ? [c.nextFollowUp.goalId] : [])).slice(0, 8);
    if (!citizenIds.length || !goalIds.length) throw new Error(`${staffUser} sees no citizens or goals`);
    return { staff, leader: { cookie: leader.cookie }, citizenIds, goalIds };
  } finally {
    http.close();
  }
}

/** One cycle of 20 requests in the mix's proportions, spread over several citizens and goals. */
export function cycle(t: MixedTargets) {
  const get = (path: string, cookie = t.staff.cookie) => ({ method: 'GET', path, headers: { cookie } });
  const citizen = (i: number) => t.citizenIds[i % t.citizenIds.length];
  const goal = (i: number) => t.goalIds[i % t.goalIds.length];
  const note = (i: number) => ({
    method: 'POST',
    path: `/api/citizens/${citizen(i)}/notes`,
    headers: { cookie: t.staff.cookie, 'x-csrf-token': t.staff.csrfToken, 'content-type': 'application/json' },
    body: JSON.stringify({ body: 'Dagens notat fra belastningstesten: gik en tur i haven og spiste frokost med de andre.' }),
  });
  const list = get('/api/citizens');
  return [
    list, get(`/api/citizens/${citizen(0)}`), list, get(`/api/goals/${goal(0)}`), get('/api/follow-ups/due', t.leader.cookie),
    list, get(`/api/citizens/${citizen(1)}`), note(0), list, get(`/api/citizens/${citizen(2)}`),
    list, get(`/api/goals/${goal(1)}`), list, get(`/api/citizens/${citizen(3)}`), note(1),
    list, get(`/api/goals/${goal(2)}`), get(`/api/citizens/${citizen(4)}`), list, get('/api/follow-ups/due', t.leader.cookie),
  ];
}

/** Fires `requests` in a loop from a child process (autocannon) for `duration` seconds, or `amount` requests in all. */
export async function fire(url: string, connections: number, duration: number, requests: unknown[], amount?: number) {
  const worker = fileURLToPath(new URL('./load-worker.mjs', import.meta.url));
  // Through a file: a long list of requests does not fit in the arguments of a process.
  const input = path.join(mkdtempSync(path.join(os.tmpdir(), 'mestring-load-')), 'input.json');
  writeFileSync(input, JSON.stringify({ url, connections, duration, amount, requests }));
  const { stdout } = await promisify(execFile)(process.execPath, [worker, input], { maxBuffer: 64 * 1024 * 1024 }).finally(() => rmSync(path.dirname(input), { recursive: true }));
  return JSON.parse(stdout) as { requests: { average: number; total: number }; latency: { p50: number; p99: number }; errors: number; non2xx: number; duration: number };
}

/** Counts the app's answers (add before it listens): the CPU is divided by what it answered. */
export function countResponses(app: FastifyInstance) {
  const count = { answered: 0, failed: 0 };
  app.addHook('onResponse', async (_req, reply) => {
    count.answered++;
    if (reply.statusCode >= 300) count.failed++;
  });
  return count;
}

/**
 * Runs the mix against the app (listening at `base`) with `connections` connections: a short warm-up,
 * then `seconds` measured. `nodeCpu` and `pgCpu` read the CPU used so far, in ms.
 */
export async function mixedLoad(
  count: ReturnType<typeof countResponses>,
  base: string,
  targets: MixedTargets,
  connections: number,
  seconds: number,
  cpu: { node: () => number; pg: (() => number) | null },
): Promise<MixedResult> {
  const requests = cycle(targets);
  await fire(base, connections, 2, requests);
  const before = { node: cpu.node(), pg: cpu.pg?.() ?? 0, ...count };
  const r = await fire(base, connections, seconds, requests);
  const used = { node: cpu.node() - before.node, pg: cpu.pg ? cpu.pg() - before.pg : 0 };
  const n = count.answered - before.answered;
  return {
    connections,
    seconds,
    requests: n,
    requestsPerSecond: n / r.duration,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: Math.max(r.non2xx, count.failed - before.failed),
    nodeCpuMs: used.node / n,
    pgCpuMs: cpu.pg ? used.pg / n : null,
  };
}
