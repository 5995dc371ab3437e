/**
 * The built web app's assets: precompressed copies for the server to send, and a stamp of the
 * sources they were built from, so `npm start` builds only when something changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Inside the output directory; a dotfile, so the static server never sends it. */
const STAMP = '.sources-hash';
/** Everything the build reads besides node_modules, which package-lock.json stands for. */
const SOURCES = ['src/web', 'vite.config.ts', 'package-lock.json', 'scripts/web-assets.ts'];
/** Text formats worth compressing; images and fonts (woff, woff2) are compressed already. */
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|ttf|otf|eot|map)$/;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

function filesUnder(entry: string): string[] {
  const full = path.join(root, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [entry];
  return readdirSync(full).flatMap((name) => filesUnder(path.posix.join(entry, name)));
}

/** A hash of the web app's sources (tests excluded: they are not built). */
export function webSourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of SOURCES.flatMap(filesUnder).filter((f) => !/\.test\.tsx?$/.test(f)).sort()) {
    hash.update(`${file}\0`).update(readFileSync(path.join(root, file))).update('\0');
  }
  return hash.digest('hex');
}

/** Whether `outDir` holds a complete build of exactly these sources. */
export function isBuildCurrent(outDir: string, hash = webSourcesHash()): boolean {
  const stamp = path.join(outDir, STAMP);
  return existsSync(path.join(outDir, 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
}

/** Writes `name.br` and `name.gz` next to every compressible file in `dir` where they are smaller. */
export async function precompress(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && COMPRESSIBLE.test(e.name)).map((e) => path.join(e.parentPath, e.name));
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
        gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      if (br.length < content.length) await writeFile(`${file}.br`, br);
      if (gz.length < content.length) await writeFile(`${file}.gz`, gz);
    }),
  );
}

/** Vite plugin: after the build, precompress the output and stamp it with the sources' hash taken at the start. */
export function webAssets(): Plugin {
  let outDir = '';
  let hash = '';
  return {
    name: 'mestring-web-assets',
    apply: 'build',
    configResolved: (config) => void (outDir = config.build.outDir),
    buildStart: () => void (hash = webSourcesHash()),
    async closeBundle() {
      await precompress(outDir);
      await writeFile(path.join(outDir, STAMP), hash);
    },
  };
}
