/**
 * The built web app as the server sends it: precompressed (brotli, gzip) by Accept-Encoding,
 * hashed assets cached for a year, index.html (and every page address) revalidated each time.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { useTestApp } from '../../test/http.js';
import { isBuildCurrent, precompress, webSourcesHash } from '../../scripts/web-assets.js';

const env = useTestApp({ worlds: 0 });
const dir = mkdtempSync(path.join(tmpdir(), 'mestring-web-'));
const script = `export const greeting = ${JSON.stringify('Velkommen til Mestring. '.repeat(200))};\n`;
const page = `<!doctype html><html lang="da"><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body><div id="root"></div></body></html>`;
const IMMUTABLE = 'public, max-age=31536000, immutable';
let app: FastifyInstance;

beforeAll(async () => {
  // A build's output in miniature, precompressed by the very step the Vite build runs.
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), page);
  writeFileSync(path.join(dir, 'assets/index-Ab12Cd34.js'), script);
  writeFileSync(path.join(dir, 'assets/font-Ef56.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32, ...Array(64).fill(7)]));
  await precompress(dir);
  app = await buildApp({ db: env.db, logger: false, webDir: dir });
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) => app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('the web app’s files', () => {
  it('are sent brotli-compressed to a browser that accepts it, gzip to one that takes only gzip, plain otherwise', async () => {
    const br = await get('/assets/index-Ab12Cd34.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.rawPayload.length).toBeLessThan(script.length / 10);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);

    const gz = await get('/assets/index-Ab12Cd34.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(script);

    const plain = await get('/assets/index-Ab12Cd34.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('under /assets/ (hashed names) are cached for a year as immutable, fonts too', async () => {
    for (const url of ['/assets/index-Ab12Cd34.js', '/assets/font-Ef56.woff2']) {
      expect((await get(url, 'br')).headers['cache-control'], url).toBe(IMMUTABLE);
    }
    expect((await get('/assets/font-Ef56.woff2', 'br')).headers['content-encoding']).toBeUndefined();
  });

  it('index.html, and the app at any page address, is revalidated every time (no-cache), compressed too', async () => {
    for (const url of ['/', '/index.html', '/borgere/123']) {
      const res = await get(url, 'br');
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
      expect(res.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(res.rawPayload).toString(), url).toBe(page);
    }
  });

  it('a missing asset is a 404, not the app; the build stamp is never sent', async () => {
    expect((await get('/assets/index-gone.js', 'br')).statusCode).toBe(404);
    writeFileSync(path.join(dir, '.sources-hash'), 'stamp-content');
    expect((await get('/.sources-hash')).body).not.toContain('stamp-content');
  });
});

describe('the build stamp', () => {
  it('tells a build of these sources from a missing, partial or older one', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'mestring-stamp-'));
    try {
      const hash = webSourcesHash();
      expect(hash).toMatch(/^[0-9a-f]{64}$/);
      expect(isBuildCurrent(out, hash)).toBe(false);
      writeFileSync(path.join(out, '.sources-hash'), hash);
      expect(isBuildCurrent(out, hash), 'no index.html').toBe(false);
      writeFileSync(path.join(out, 'index.html'), page);
      expect(isBuildCurrent(out, hash)).toBe(true);
      writeFileSync(path.join(out, '.sources-hash'), 'an older build');
      expect(isBuildCurrent(out, hash)).toBe(false);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
