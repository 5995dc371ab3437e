/**
 * Compiles the server (src/server/main.ts and everything it imports from this repository) into one
 * ES module, .cache/server/main.mjs, with esbuild; packages stay imports from node_modules. Loading
 * it takes well under half of what loading the TypeScript sources through tsx takes (tsx
 * transpiles each of some 300 files, on a first run with no cache all of them).
 *
 * A stamp beside it lists every source file the bundle was built from with its content hash:
 * `npm start` (scripts/start.mjs) rebuilds only when one of them changed. Plain JavaScript, so it
 * runs before anything is compiled.
 */
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
export const SERVER_BUNDLE = path.join(root, '.cache/server/main.mjs');
const STAMP = path.join(root, '.cache/server/sources.json');

const hashOf = (file) => createHash('sha256').update(readFileSync(path.join(root, file))).digest('hex');

/** Whether the bundle exists and every file it was built from is unchanged. */
export function isServerBuildCurrent() {
  if (!existsSync(SERVER_BUNDLE) || !existsSync(STAMP)) return false;
  try {
    const { esbuild, sources } = JSON.parse(readFileSync(STAMP, 'utf8'));
    if (esbuild !== esbuildVersion()) return false;
    return Object.entries(sources).every(([file, hash]) => existsSync(path.join(root, file)) && hashOf(file) === hash);
  } catch {
    return false;
  }
}

function esbuildVersion() {
  return JSON.parse(readFileSync(path.join(root, 'node_modules/esbuild/package.json'), 'utf8')).version;
}

/** Builds the bundle (about a second) and writes its stamp. */
export async function buildServer() {
  const result = await build({
    entryPoints: [path.join(root, 'src/server/main.ts')],
    outfile: SERVER_BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    plugins: [
      {
        // Each module finds its files (migrations, reference data, dist/web) relative to its own
        // source file, as under tsx: `import.meta.url` is that file's URL, not the bundle's.
        name: 'source-import-meta-url',
        setup(b) {
          b.onLoad({ filter: /\.ts$/ }, async (args) => {
            if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
            const source = await readFile(args.path, 'utf8');
            return { contents: source.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)), loader: 'ts' };
          });
        },
      },
    ],
  });
  const sources = Object.fromEntries(
    Object.keys(result.metafile.inputs)
      .map((input) => path.relative(root, path.resolve(process.cwd(), input)))
      .filter((file) => !file.startsWith('node_modules'))
      .sort()
      .map((file) => [file, hashOf(file)]),
  );
  await mkdir(path.dirname(STAMP), { recursive: true });
  await writeFile(STAMP, JSON.stringify({ esbuild: esbuildVersion(), sources }, null, 1));
  return SERVER_BUNDLE;
}

/** The bundle's path, built first if missing or stale. */
export async function ensureServerBuild() {
  if (!isServerBuildCurrent()) await buildServer();
  return SERVER_BUNDLE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await buildServer();
