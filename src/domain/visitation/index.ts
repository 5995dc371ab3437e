/** Visitation's engines (issue 14), pure functions the server calls with what it read from SQL. */
export * from './types.js';
export * from './weights.js';
export * from './matching.js';
export * from './referral.js';
export * from './committee.js';
export * from './forecast.js';
export * from './scenario.js';
export * from './ladder-flow.js';
export { seeded } from './random.js';
