/**
 * Advisory lock keys shared by every process of the app on one database, so that N processes
 * started together (behind a load balancer) take turns where only one may act.
 */
export const LOCKS = {
  /** Held while a process migrates: the others wait, then find the work done. */
  migrate: 7_305_001,
  /** Held while a process runs the daily clean-up: the others skip it. */
  maintenance: 7_305_002,
} as const;
