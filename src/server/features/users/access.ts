import { allow, can } from '../../access/policy.js';
import type { Actor } from '../../access/roles.js';
import type { OrgFacts } from '../../access/organisation.js';

/** A user account as its rules need it: who it is and where in the tree its roles sit. */
export interface UserFacts {
  id: string;
  /** The org units of the user's roles (the municipality's root when they have none). */
  orgs: OrgFacts[];
}

/** Whoever manages users everywhere the account holds a role. */
const managesAccount = (a: Actor, u: UserFacts) => u.orgs.every((o) => can(a, 'manageUsers', 'org', o));

// Admins keep the accounts where they manage users (name, active, password).
allow<UserFacts>('user', ['update'], managesAccount);
// Nobody changes their own roles: an admin could otherwise give themself a role that reads
// citizens' records.
allow<UserFacts>('user', ['changeRoles'], (a, u) => a.userId !== u.id && managesAccount(a, u));
