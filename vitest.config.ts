import { defineConfig } from 'vitest/config';
import web from './vite.config.js';

const apiTests = ['src/server/**/*.test.ts'];

export default defineConfig({
  test: {
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
