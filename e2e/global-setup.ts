import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the browser test files' shared demo server keeps its data, log and `server.json` (support.ts). */
    e2eSharedDir: string;
  }
}

/**
 * The shared demo server's place (support.ts starts the server when the first file asks for it,
 * so a run of files that do not use it starts none); after the run, stops it and removes its data.
 */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'mestring-e2e-shared-'));
  project.provide('e2eSharedDir', dir);
  return async () => {
    const state = path.join(dir, 'server.json');
    if (existsSync(state)) {
      const { pid } = JSON.parse(readFileSync(state, 'utf8')) as { pid: number };
      await stopProcess(pid);
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

/** Whether `pid` runs (an exited process nobody reaped yet, state Z, does not). */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return true;
  }
}

/** SIGTERM (the server closes its database), SIGKILL if it has not exited within 10 s. */
async function stopProcess(pid: number) {
  if (!alive(pid)) return;
  process.kill(pid, 'SIGTERM');
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && alive(pid); ) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) process.kill(pid, 'SIGKILL');
}
