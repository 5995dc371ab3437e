// The one place that decides every read and write. Each subject's rules live in its own file.
import './citizen.js';
import './organisation.js';
import './intervention.js';
import './journal.js';
import './cover.js';
import './users.js';
import './reach.js';

export { allow, can, authorize, abilities, registeredActions } from './policy.js';
export * from './roles.js';
export type { CitizenFacts } from './citizen.js';
export type { OrgFacts } from './organisation.js';
export type { InterventionFacts } from './intervention.js';
export type { CoverFacts } from './cover.js';
export type { UserFacts } from './users.js';
export type { ReachFacts } from './reach.js';
export { coverableFacilityPaths, coverOverseerPaths } from './cover.js';
export { cprField, journalFields, revealedCpr } from './fields.js';
