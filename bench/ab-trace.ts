/**
 * `npx tsx bench/ab-trace.ts <other checkout> [--cycles=10]`: what each request kind of the mix
 * costs in counts that do not move with the machine's load, this code against another's: system
 * calls of the app and of its PostgreSQL backends (strace -c), sent one request at a time.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HttpClient } from './http.js';
import { cycle, type MixedTargets } from './mixed.js';

const { values: args, positionals } = parseArgs({ allowPositionals: true, options: { cycles: { type: 'string', default: '10' }, only: { type: 'string' }, rounds: { type: 'string', default: '0' } } });
const here = fileURLToPath(new URL('..', import.meta.url));
const other = path.resolve(positionals[0] ?? '');

async function start(dir: string) {
  copyFileSync(path.join(here, 'bench/ab-serve.ts'), path.join(dir, 'bench/ab-serve.ts'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/ab-serve.ts'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
  });
  return { child, info: JSON.parse(line) as { pid: number; url: string; pgPid: number; targets: MixedTargets } };
}

const children = (pid: number) => readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);

async function trace(side: { child: ChildProcess; info: { pid: number; url: string; pgPid: number; targets: MixedTargets } }, label: string) {
  const http = new HttpClient(side.info.url);
  let requests = cycle(side.info.targets) as Array<{ method: string; path: string; headers: Record<string, string>; body?: string }>;
  if (args.only) requests = requests.filter((r) => new RegExp(args.only!).test(`${r.method} ${r.path}`));
  const send = async () => {
    for (let c = 0; c < Number(args.cycles); c++) {
      for (const r of requests) {
        const res = await http.request(r.method, r.path, r.headers, r.body === undefined ? undefined : JSON.parse(r.body));
        if (res.status >= 300) throw new Error(`${r.method} ${r.path}: ${res.status}`);
      }
    }
  };
  await send(); // warm: every statement prepared on the connection it uses
  const tracers = [side.info.pid, ...children(side.info.pgPid)].map((pid) => {
    const out = `/tmp/ab-trace-${label}-${pid}.txt`;
    const p = spawn('strace', ['-f', '-c', '-o', out, '-p', String(pid)], { stdio: 'ignore' });
    return { pid, out, p, app: pid === side.info.pid };
  });
  await new Promise((r) => setTimeout(r, 1500));
  await send();
  for (const t of tracers) t.p.kill('SIGINT');
  await Promise.all(tracers.map((t) => new Promise((r) => t.p.on('exit', r))));
  const n = Number(args.cycles) * requests.length;
  const sum = (app: boolean) => {
    const calls: Record<string, number> = {};
    for (const t of tracers.filter((x) => x.app === app)) {
      for (const line of readFileSync(t.out, 'utf8').split('\n')) {
        const m = /^\s*[\d.]+\s+[\d.]+\s+\d+\s+(\d+)\s+(?:\d+\s+)?(\w+)$/.exec(line);
        if (m) calls[m[2]] = (calls[m[2]] ?? 0) + Number(m[1]);
      }
    }
    return Object.entries(calls).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / n).toFixed(2)}`).join(', ');
  };
  console.log(`${label}: ${n} requests; per request — app: ${sum(true)}\n    PostgreSQL: ${sum(false)}`);
  http.close();
}

const cpuMs = (pid: number) => {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(f[11]) + Number(f[12])) * 10;
};
const pgCpuMs = (pgPid: number) => children(pgPid).reduce((sum, pid) => sum + cpuMs(pid), 0);

/** Node and PostgreSQL CPU per request over `cycles` sequential cycles, A and B interleaved (ABBA), `rounds` times. */
async function interleaved(sides: Array<{ info: { pid: number; url: string; pgPid: number; targets: MixedTargets } }>, rounds: number) {
  const clients = sides.map((s) => new HttpClient(s.info.url));
  const gcReport = async () => {
    for (const s of sides) process.kill(s.info.pid, 'SIGUSR2');
    await new Promise((r) => setTimeout(r, 300));
  };
  await gcReport();
  const per: Array<{ node: number[]; pg: number[] }> = sides.map(() => ({ node: [], pg: [] }));
  for (let r = 0; r < rounds; r++) {
    for (const i of r % 2 ? [1, 0] : [0, 1]) {
      const s = sides[i];
      let requests = cycle(s.info.targets) as Array<{ method: string; path: string; headers: Record<string, string>; body?: string }>;
      if (args.only) requests = requests.filter((q) => new RegExp(args.only!).test(`${q.method} ${q.path}`));
      const before = { node: cpuMs(s.info.pid), pg: pgCpuMs(s.info.pgPid) };
      for (let c = 0; c < Number(args.cycles); c++) {
        for (const q of requests) await clients[i].request(q.method, q.path, q.headers, q.body === undefined ? undefined : JSON.parse(q.body));
      }
      const n = Number(args.cycles) * requests.length;
      per[i].node.push((cpuMs(s.info.pid) - before.node) / n);
      per[i].pg.push((pgCpuMs(s.info.pgPid) - before.pg) / n);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const ratios = (k: 'node' | 'pg') => per[0][k].map((a, r) => a / per[1][k][r]);
  console.log(`CPU per request, sequential, median of ${rounds} interleaved rounds: this ${median(per[0].node).toFixed(2)} Node + ${median(per[0].pg).toFixed(2)} PostgreSQL, other ${median(per[1].node).toFixed(2)} + ${median(per[1].pg).toFixed(2)}; this/other per round: Node median ${median(ratios('node')).toFixed(3)}, PostgreSQL median ${median(ratios('pg')).toFixed(3)}`);
  await gcReport();
  for (const c of clients) c.close();
}

const sides = { this: await start(here), other: await start(other) };
if (Number(args.rounds) > 0) await interleaved([sides.this, sides.other], Number(args.rounds));
else for (const [label, side] of Object.entries(sides)) await trace(side, label);
for (const side of Object.values(sides)) side.child.stdin!.end();
spawnSync('true');
