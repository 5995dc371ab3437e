/**
 * Builds the web app only when its sources changed since the last build (or there is none), so
 * `npm start` restarts in seconds. `npm run build:web` always builds.
 */
import { fileURLToPath } from 'node:url';
import { isBuildCurrent } from './web-assets.js';

const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));
if (!isBuildCurrent(outDir)) {
  console.log('Bygger webappen …');
  // Loaded only when needed: importing Vite alone takes longer than the check.
  const { build } = await import('vite');
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)), logLevel: 'warn' });
}
