/**
 * Run by `npm ci` (the `prepare` script), so the first `npm start` only opens and fills the demo:
 * compiles the server (scripts/build-server.mjs), builds the web app when its sources changed
 * (scripts/build-web.ts, in a child process beside the rest) and creates the migrated empty
 * embedded database new data directories start from (src/server/db/template.ts). Each step is
 * skipped when current, and a failed step only warns: `npm start` does whatever is missing itself.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildServer } from './build-server.mjs';
import { createTemplate } from '../src/server/db/template.js';
import { buildWebInChild } from '../src/server/web-build.js';

const step = async (name: string, work: () => Promise<unknown>) => {
  const started = Date.now();
  try {
    await work();
    console.log(`mestring: ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (err) {
    console.warn(`mestring: ${name} failed, npm start will do it: ${(err as Error).message}`);
  }
};

// `npm ci --omit=dev` installs no Vite: then there is nothing to build the web app with.
const vite = existsSync(fileURLToPath(new URL('../node_modules/vite/package.json', import.meta.url)));
await Promise.all([
  vite ? step('web app built', () => buildWebInChild()) : Promise.resolve(console.log('mestring: vite not installed, web app not built')),
  step('server compiled', () => buildServer()).then(() => step('empty database prepared', () => createTemplate())),
]);
