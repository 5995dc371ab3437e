/**
 * `npm start`: runs the compiled server (.cache/server/main.mjs), compiling it first when it is
 * missing or its sources changed (scripts/build-server.mjs; `npm ci` compiles it already). Stack
 * traces name the TypeScript sources through the bundle's source map. `npm run dev` runs the sources
 * through tsx instead, restarting on changes.
 */
import { pathToFileURL } from 'node:url';
import { ensureServerBuild } from './build-server.mjs';

const bundle = await ensureServerBuild();
process.setSourceMapsEnabled(true);
await import(pathToFileURL(bundle).href);
