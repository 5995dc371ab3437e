/// <reference types="vite/client" />
/**
 * Every API route as a callable case: the union of the features' access-cases.ts, found by their
 * place (features/<x>/access-cases.ts, and auth's beside the kernel), so a feature adds its cases
 * without touching anything outside its folder. The matrix fails for a route no case lists.
 */
import type { Case } from './route-cases.js';

const byFile = import.meta.glob<Case[]>(['../src/server/features/*/access-cases.ts', '../src/server/auth/access-cases.ts'], {
  eager: true,
  import: 'accessCases',
});

/** In file order, so test names keep a stable order. */
export const cases: Case[] = Object.keys(byFile).sort().flatMap((file) => byFile[file]);
