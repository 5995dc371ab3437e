import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/http.js';
import { declaresSuccess, operations, renderApiDocs, type OpenApiDocument } from './openapi-docs.js';

const env = useTestApp({ worlds: 0 });

const openApi = async () => (await env.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as OpenApiDocument;

/** The operations that do not declare what they answer on success, as `METHOD /path (tag)`. */
const undeclared = (doc: OpenApiDocument, tags?: string[]) =>
  operations(doc)
    .filter((o) => (!tags || tags.includes(o.tag)) && !declaresSuccess(o.operation))
    .map((o) => `${o.method} ${o.path} (${o.tag})`);

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3 document to a real validator', async () => {
    const doc = await openApi();
    expect(doc.openapi).toMatch(/^3\./);
    // The validator dereferences in place: it gets a copy.
    await expect(SwaggerParser.validate(structuredClone(doc) as never)).resolves.toBeDefined();
  });

  it('declares a success response for every operation (a new route without one fails here)', async () => {
    const doc = await openApi();
    expect(operations(doc).length).toBeGreaterThan(50);
    expect(undeclared(doc)).toEqual([]);
  });

  it('is what docs/API.md says: the file is generated (npm run docs:api), never edited by hand', async () => {
    const committed = readFileSync(new URL('../../docs/API.md', import.meta.url), 'utf8');
    expect(committed, 'docs/API.md is out of date: run npm run docs:api').toBe(renderApiDocs(await openApi()));
  });
});
