import type { OrgState } from './organisation.js';
import type { CitizenState } from './people.js';
import type { Rng } from './random.js';
import type { MunicipalitySpec } from './spec.js';
import type { TableColumns, Tables } from './tables.js';

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
export interface DemoWorld<T extends string = string> {
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
  /** The rows generated so far, of the tables the stage fills. */
  out: Tables<T>;
}

/** A feature's part of the demo: adds its rows to `world.out`. No I/O. */
export type DemoStage<T extends string = string> = (world: DemoWorld<T>) => void;

/**
 * What a feature brings to the demo: its tables (inserted after the kernel's and those of the
 * features before it, in this order), the stage that fills them, and SQL to run once every
 * table is in (e.g. rows derived from the inserted ones).
 */
export interface FeatureDemo<T extends string = string> {
  tables: TableColumns<T>;
  // Method syntax: a stage typed for its own tables still fits a manifest's FeatureDemo<string>.
  stage(world: DemoWorld<T>): void;
  afterInsert?: string;
}

/** Declares a feature's demo, typing its stage's `world.out` by its tables. */
export const defineDemo = <const T extends string>(demo: FeatureDemo<T>): FeatureDemo<T> => demo;
