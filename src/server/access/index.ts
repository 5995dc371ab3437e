// The one policy that decides every read and write: the kernel's subjects (citizen, org units, the
// menus) are here; a capability's own subjects are in its folder (features/<x>/access.ts), registered
// by its manifest through the same allow() (so the rules, their check and their SQL twin live together).
import './citizen.js';
import './organisation.js';
import './reach.js';

export { allow, can, authorize, abilities, registeredActions } from './policy.js';
export * from './roles.js';
export type { CitizenFacts } from './citizen.js';
export type { OrgFacts } from './organisation.js';
export type { ReachFacts } from './reach.js';
export { cprField, journalFields, revealedCpr } from './fields.js';
