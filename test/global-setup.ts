import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync, chmodSync, chownSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dumpPGlite, openPGlite, openPostgres } from '../src/server/db/index.js';
import { migrate } from '../src/server/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    postgresUrl: string;
    postgresTemplate: string;
  }
}

/** Starts a throwaway PostgreSQL cluster from the machine's binaries (initdb refuses root: run as postgres). */
function startThrowawayCluster(): { url: string; stop: () => void } {
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort() : [];
  const bin = versions.length ? `/usr/lib/postgresql/${versions[versions.length - 1]}/bin` : '';
  if (!bin || !existsSync(`${bin}/initdb`)) {
    throw new Error('No PostgreSQL server for the tests: set TEST_DATABASE_URL or install postgresql (initdb not found).');
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'mestring-pg-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const run = (cmd: string, args: string[]) => {
    const r = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args]) : spawnSync(cmd, args);
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  };
  run(`${bin}/initdb`, ['-D', `${dir}/data`, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  run(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-l', `${dir}/log`, '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start']);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      run(`${bin}/pg_ctl`, ['-D', `${dir}/data`, '-m', 'fast', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Migrates once per run: a PGlite dump and a PostgreSQL template database that each test file copies. */
export default async function setup(project: TestProject) {
  const cleanups: Array<() => Promise<void> | void> = [];
  const kind = project.config.env?.TEST_DB ?? process.env.TEST_DB;
  if (kind === 'pglite') {
    const db = await openPGlite();
    await migrate(db);
    const dumpDir = mkdtempSync(path.join(tmpdir(), 'mestring-pglite-'));
    const file = path.join(dumpDir, 'base.tar');
    // Uncompressed: each test file loads it, and gunzip cost ~0.5 s of CPU a file.
    const blob = await dumpPGlite(db, 'none');
    writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
    await db.close();
    project.provide('pgliteDump', file);
    cleanups.push(() => rmSync(dumpDir, { recursive: true, force: true }));
  }
  if (kind === 'postgres') {
    let url = process.env.TEST_DATABASE_URL;
    if (!url) {
      const cluster = startThrowawayCluster();
      url = cluster.url;
      cleanups.push(cluster.stop);
    }
    const admin = openPostgres(url, 1);
    const template = `mestring_tpl_${process.pid}_${Date.now()}`;
    await admin.query(`CREATE DATABASE ${template}`);
    const tpl = openPostgres(url.replace(/\/[^/?]*(\?|$)/, `/${template}$1`), 1);
    await migrate(tpl);
    await tpl.close();
    project.provide('postgresUrl', url);
    project.provide('postgresTemplate', template);
    cleanups.push(async () => {
      const dbs = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`mestring_t_${process.pid}_%`]);
      for (const d of dbs) await admin.query(`DROP DATABASE IF EXISTS ${d.datname} WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
      await admin.close();
    });
  }
  return async () => {
    for (const c of cleanups.reverse()) await c();
  };
}
