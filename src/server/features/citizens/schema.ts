// The citizens' request schemas live in src/contracts/citizens.ts; other features' routes still import the params from here.
export { CitizenParams } from '../../../contracts/citizens.js';
