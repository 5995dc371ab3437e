import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isBuildCurrent } from '../../scripts/web-assets.js';

const webDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

/** Whether dist/web holds a build of the web app's current sources (a hash of them; no child process needed). */
export function isWebBuildCurrent(): boolean {
  return isBuildCurrent(webDir);
}

/**
 * Builds the web app if its sources changed (scripts/build-web.ts) in a child process, so the build
 * runs on another core while this process opens the database, migrates and seeds the demo: a first
 * `npm start` waits for the longer of the two, not both.
 */
export function buildWebInChild(): Promise<void> {
  const script = fileURLToPath(new URL('../../scripts/build-web.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`building the web app failed (exit ${code})`))));
  });
}
