import type { Actor } from '../src/server/access/roles.js';

/**
 * An actor as the session loader builds it, for tests that run rules or statements directly: no
 * roles, no units, no covers unless `overrides` gives them. A new Actor field is one line here.
 */
export const testActor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u',
  municipalityId: 'm',
  municipalityName: 'M',
  username: 'u',
  displayName: 'U',
  roles: [],
  careUnitIds: [],
  careUnits: [],
  ownCareUnitIds: [],
  treatingUnitIds: [],
  covers: [],
  leaderUnitIds: [],
  medicineQualified: false,
  ...overrides,
});
