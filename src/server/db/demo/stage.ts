import type { OrgState } from './organisation.js';
import type { CitizenState } from './people.js';
import type { Rng } from './random.js';
import type { MunicipalitySpec } from './spec.js';
import type { Tables } from './tables.js';

/** FFB codes the goals use, read from ffb_concepts (KL's code system) by the seeder. */
export interface GoalCodes {
  /** Activity-and-participation areas by display name (Egenomsorg, Praktiske opgaver, …). */
  areas: Map<string, string>;
  develop: string;
  maintain: string;
  limitLoss: string;
}

/** A goal the journal can link notes to. */
export interface GoalState {
  id: string;
  title: string;
  start: string;
  active: boolean;
}

/**
 * One demo municipality as the kernel built it (organisation, people, placements), handed to each
 * feature's demo stage in turn. Stages draw from the one `rng` in the order of features/index.ts,
 * so the demo stays the same as long as that order and each stage do.
 */
export interface DemoWorld {
  spec: MunicipalitySpec;
  rng: Rng;
  today: string;
  /** Minutes since midnight in Copenhagen: nothing is written later than this today. */
  nowMinute: number;
  /** Days of journal history. */
  journalDays: number;
  codes: GoalCodes;
  org: OrgState;
  citizens: CitizenState[];
  /** Each citizen's goals: the plans stage adds them, the journal links notes to them. */
  goals: Map<string, GoalState[]>;
  out: Tables;
}

/** A feature's part of the demo: adds its rows to `world.out`. No I/O. */
export type DemoStage = (world: DemoWorld) => void;
