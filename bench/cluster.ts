/**
 * The bench's own PostgreSQL cluster, started from the machine's binaries (as the tests' throwaway
 * cluster, run as user postgres when we are root) and kept between runs in ./data/bench-pg, with
 * pg_stat_statements preloaded. Its port follows from the directory, so worktrees side by side each
 * get their own. The CPU its processes use is read from /proc.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const TICKS_PER_MS = 100 / 1000; // USER_HZ is 100 on Linux

function postgresBin(): string {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)) : [];
  const bin = versions.length ? `/usr/lib/postgresql/${versions[versions.length - 1]}/bin` : '';
  if (!bin || !existsSync(`${bin}/initdb`)) throw new Error('No PostgreSQL binaries (initdb) for the bench cluster: install postgresql or set BENCH_DATABASE_URL.');
  return bin;
}

export interface BenchCluster {
  url: string;
  /** The postmaster's pid: the CPU of the cluster is its own, its reaped children's and its live children's. */
  pid: number;
}

/** Creates (first time) and starts (if not running) the cluster in `dir`; returns its admin URL. */
export function startBenchCluster(dir: string, log: (line: string) => void): BenchCluster {
  const bin = postgresBin();
  const data = path.join(dir, 'data');
  const port = 40000 + (parseInt(createHash('md5').update(path.resolve(dir)).digest('hex').slice(0, 6), 16) % 20000);
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args]) : spawnSync(cmd, args);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
    return r.stdout.toString();
  };
  if (!existsSync(path.join(data, 'PG_VERSION'))) {
    mkdirSync(dir, { recursive: true });
    if (asRoot) {
      chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
      chmodSync(dir, 0o700);
    }
    log(`Creating the bench cluster in ${dir}`);
    run(`${bin}/initdb`, ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  }
  const pidFile = path.join(data, 'postmaster.pid');
  const running = existsSync(pidFile) && spawnSync(asRoot ? 'runuser' : `${bin}/pg_ctl`, asRoot ? ['-u', 'postgres', '--', `${bin}/pg_ctl`, '-D', data, 'status'] : ['-D', data, 'status']).status === 0;
  if (!running) {
    log(`Starting the bench cluster on port ${port}`);
    const options = [
      `-p ${port}`, `-k ${dir}`, '-c listen_addresses=127.0.0.1',
      '-c shared_preload_libraries=pg_stat_statements',
      '-c pg_stat_statements.track_planning=on', '-c shared_buffers=256MB', '-c max_connections=120',
    ].join(' ');
    run(`${bin}/pg_ctl`, ['-D', data, '-l', path.join(dir, 'log'), '-w', '-o', options, 'start']);
  }
  // The running postmaster's own pid and port (lines 1 and 4 of its pid file).
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  return { url: `postgres://postgres@127.0.0.1:${lines[3]}/postgres`, pid: Number(lines[0]) };
}

/** utime + stime (own) and cutime + cstime (reaped children) of a process, in ms; 0 if it is gone. */
function processCpuMs(pid: number, withChildren: boolean): number {
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const [utime, stime, cutime, cstime] = [11, 12, 13, 14].map((i) => Number(fields[i]));
    return (utime + stime + (withChildren ? cutime + cstime : 0)) / TICKS_PER_MS;
  } catch {
    return 0;
  }
}

/** CPU ms used so far by the whole cluster: the postmaster, its exited children and its live ones. */
export function clusterCpuMs(cluster: BenchCluster): number {
  let total = processCpuMs(cluster.pid, true);
  const children = readFileSync(`/proc/${cluster.pid}/task/${cluster.pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  for (const child of children) total += processCpuMs(Number(child), false);
  return total;
}

/** CPU ms used so far by this process (the app, and for PGlite the database too). */
export function selfCpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
