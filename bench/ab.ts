/**
 * `npx tsx bench/ab.ts <other checkout> [--rounds=8] [--seconds=5] [--connections=10]`
 *
 * CPU per request of this checkout's code against another's (an older commit in a second worktree),
 * under the mixed load on the demo data: both apps run at once (`bench/ab-serve.ts` in each, each on
 * its own bench cluster), and the load goes to one at a time in short windows, in the order ABBA
 * BAAB…, so a machine whose load drifts (other people's work) weighs on both alike. CPU is read from
 * /proc for the app's process and for its cluster, over each window; reported per side: Node and
 * PostgreSQL ms per request, and the ratio of the two sides per round (median and range).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clusterCpuMs } from './cluster.js';
import { cycle, fire, type MixedTargets } from './mixed.js';

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    /** Load both at once in each window (same machine state for both) instead of one after the other. */
    together: { type: 'boolean', default: false },
  },
});
const here = fileURLToPath(new URL('..', import.meta.url));
const other = path.resolve(positionals[0] ?? '');
if (!positionals[0]) throw new Error('usage: npx tsx bench/ab.ts <other checkout>');

interface Side {
  name: string;
  child: ChildProcess;
  info: { pid: number; url: string; pgPid: number; targets: MixedTargets };
  node: number;
  pg: number;
  requests: number;
  perRound: number[];
  nodeCalls: number;
  pgCalls: number;
}

async function start(name: string, dir: string): Promise<Side> {
  copyFileSync(path.join(here, 'bench/ab-serve.ts'), path.join(dir, 'bench/ab-serve.ts'));
  // AB_NODE_ARGS: flags for both apps' node (e.g. --cpu-prof --cpu-prof-dir=…).
  const nodeArgs = (process.env.AB_NODE_ARGS ?? '').split(' ').filter(Boolean).map((a) => a.replace('{side}', name));
  const child = spawn(process.execPath, ['--import', 'tsx', ...nodeArgs, 'bench/ab-serve.ts'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.on('exit', (code) => reject(new Error(`${name}: ab-serve exited with ${code}`)));
  });
  return { name, child, info: JSON.parse(line), node: 0, pg: 0, requests: 0, perRound: [], nodeCalls: 0, pgCalls: 0 };
}

const procCpuMs = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};

/** Read and write system calls so far of a process (or of the cluster's live processes): these do not move with the machine's load. */
const syscalls = (pid: number) => {
  try {
    const io = readFileSync(`/proc/${pid}/io`, 'utf8');
    return Number(/syscr: (\d+)/.exec(io)![1]) + Number(/syscw: (\d+)/.exec(io)![1]);
  } catch {
    return 0;
  }
};
const clusterSyscalls = (pgPid: number) =>
  readFileSync(`/proc/${pgPid}/task/${pgPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).reduce((sum, c) => sum + syscalls(Number(c)), syscalls(pgPid));

const sides = [await start('this', here), await start('other', other)];
const seconds = Number(args.seconds);
const connections = Number(args.connections);
console.log(`A = this (${here}), B = other (${other}); ${connections} connections, ${seconds} s windows`);
for (const s of sides) await fire(s.info.url, connections, 3, cycle(s.info.targets)); // warm-up
const rounds = Number(args.rounds);
for (let r = 0; r < rounds; r++) {
  const order = (r % 2 === 0) === (Math.floor(r / 2) % 2 === 0) ? [0, 1] : [1, 0];
  const windows = args.together ? [[0, 1]] : order.map((i) => [i]);
  for (const group of windows) {
    const before = group.map((i) => ({
      node: procCpuMs(sides[i].info.pid),
      pg: clusterCpuMs({ pid: sides[i].info.pgPid, url: '' }),
      nodeCalls: syscalls(sides[i].info.pid),
      pgCalls: clusterSyscalls(sides[i].info.pgPid),
    }));
    const results = await Promise.all(group.map((i) => fire(sides[i].info.url, connections, seconds, cycle(sides[i].info.targets))));
    group.forEach((i, k) => {
      const s = sides[i];
      const node = procCpuMs(s.info.pid) - before[k].node;
      const pg = clusterCpuMs({ pid: s.info.pgPid, url: '' }) - before[k].pg;
      const res = results[k];
      const n = res.requests.total;
      if (res.non2xx || res.errors) console.log(`  ${s.name}: ${res.non2xx} non-2xx, ${res.errors} errors`);
      s.node += node;
      s.pg += pg;
      s.requests += n;
      s.nodeCalls += syscalls(s.info.pid) - before[k].nodeCalls;
      s.pgCalls += clusterSyscalls(s.info.pgPid) - before[k].pgCalls;
      s.perRound.push((node + pg) / n);
    });
  }
  const [a, b] = sides;
  console.log(`round ${r + 1} (load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 1)}): A ${a.perRound[r].toFixed(2)} ms, B ${b.perRound[r].toFixed(2)} ms, A/B ${(a.perRound[r] / b.perRound[r]).toFixed(3)}`);
}
const ratios = sides[0].perRound.map((a, r) => a / sides[1].perRound[r]).sort((x, y) => x - y);
for (const s of sides) {
  console.log(`${s.name}: ${s.requests} requests, CPU per request ${((s.node + s.pg) / s.requests).toFixed(2)} ms = ${(s.node / s.requests).toFixed(2)} Node + ${(s.pg / s.requests).toFixed(2)} PostgreSQL; system calls (read + write) per request ${(s.nodeCalls / s.requests).toFixed(1)} Node, ${(s.pgCalls / s.requests).toFixed(1)} PostgreSQL`);
}
console.log(`A/B per round: median ${ratios[Math.floor(ratios.length / 2)].toFixed(3)}, range ${ratios[0].toFixed(3)}–${ratios[ratios.length - 1].toFixed(3)}`);
for (const s of sides) s.child.stdin!.end();
await Promise.all(sides.map((s) => new Promise((resolve) => s.child.on('exit', resolve))));
