import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import web from './vite.config.js';

const apiTests = ['src/server/**/*.test.ts'];

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: a single worker on the 2-core CI machine,
    // where the other core then idles (PGlite and the test code run in the worker's one thread).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { test: { name: 'domain', include: ['src/domain/**/*.test.ts'] } },
      {
        // The web app's own aliases (the design system's assets), so components import as in the build.
        resolve: web.resolve,
        test: {
          name: 'web',
          include: ['src/web/**/*.test.ts?(x)'],
          environment: 'jsdom',
          // One DOM per worker instead of per file (6 s → 2 s): each test file cleans up what it sets
          // (rendered trees, stubbed globals and env, sessionStorage).
          isolate: false,
        },
      },
      {
        test: {
          name: 'api-pglite',
          include: apiTests,
          // One worker process for many files: the app's modules and PGlite's WebAssembly load once per
          // worker, not per file (half the CPU of small files). Each file still gets its own database.
          isolate: false,
          env: { TEST_DB: 'pglite' },
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'api-postgres',
          include: apiTests,
          isolate: false,
          env: { TEST_DB: 'postgres' },
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          // The server tests start against a PostgreSQL server too: global setup provides its URL.
          env: { TEST_DB: 'postgres' },
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
