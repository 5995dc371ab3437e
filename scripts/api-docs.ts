/**
 * Writes docs/API.md from the OpenAPI document the routes' schemas make (src/server/openapi-docs.ts).
 * Run after changing a route or a contract: `npm run docs:api`. The app is built only to collect
 * its routes; no request is made, so it needs no database.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../src/server/app.js';
import type { Db } from '../src/server/db/index.js';
import { renderApiDocs, type OpenApiDocument } from '../src/server/openapi-docs.js';

const noDatabase = {} as Db;
const app = await buildApp({ db: noDatabase, logger: false, webDir: '/nonexistent' });
await app.ready();
const target = fileURLToPath(new URL('../docs/API.md', import.meta.url));
writeFileSync(target, renderApiDocs(app.swagger() as unknown as OpenApiDocument));
await app.close();
console.log(`Skrev ${target}`);
