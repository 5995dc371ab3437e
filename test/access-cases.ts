/// <reference types="vite/client" />
/**
 * Every API route as a callable case: the union of the features' access-cases.ts, found by their
 * place (features/<x>/access-cases.ts, and auth's beside the kernel), so a feature adds its cases
 * without touching anything outside its folder, with the records its cases act on (`accessFixture`).
 * The matrix fails for a route no case lists.
 */
import type { Db } from '../src/server/db/index.js';
import type { AccessFixture, Case, Fixture } from './route-cases.js';
import type { World } from './world.js';

const byFile = import.meta.glob<{ accessCases: Case[]; accessFixture?: AccessFixture }>(
  ['../src/server/features/*/access-cases.ts', '../src/server/auth/access-cases.ts'],
  { eager: true },
);
const files = Object.keys(byFile).sort();

/** In file order, so test names keep a stable order. */
export const cases: Case[] = files.flatMap((file) => byFile[file].accessCases);

/** The world with every feature's records for the cases (each feature's `accessFixture`). */
export async function withFixtures(db: Db, w: World): Promise<Fixture> {
  const f: Partial<Fixture> = { ...w };
  for (const file of files) {
    const records = (await byFile[file].accessFixture?.(db, w)) ?? {};
    // Two features naming a record alike would silently act on each other's (declarations merge).
    const taken = Object.keys(records).filter((k) => k in f);
    if (taken.length) throw new Error(`${file}: fixture keys already taken by another feature: ${taken.join(', ')}`);
    Object.assign(f, records);
  }
  return f as Fixture;
}
