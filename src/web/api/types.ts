/**
 * What is left of the hand-written API shapes (the rest are in src/contracts/): the plans' types,
 * until they move to src/contracts/plans.ts, the loose catalogue shape the plans and organisation
 * folders still read (src/contracts/catalogue.ts is the exact one), and re-exports for folders that
 * still import from here.
 */
import type { NamedCode } from '../../contracts/catalogue';
import type { OrgKind, Role } from '../../contracts/common';
import type { CitizenAbilities } from '../../contracts/citizens';

export type { Citizen } from '../../contracts/citizens';
export type { SessionResponse } from '../../contracts/auth';

export interface Coded {
  code: string;
  display: string;
}

export type GoalStatus = 'active' | 'achieved' | 'paused' | 'dropped';
export type Progress = 'improved' | 'unchanged' | 'declined';

export interface Goal {
  id: string;
  citizenId: string;
  title: string;
  whatMatters: string;
  ffbArea: Coded;
  goalType: Coded;
  targetLevel: Coded;
  currentLevel: Coded | null;
  responsible: { userId: string | null; name: string | null; external: string | null };
  startDate: string;
  nextFollowUpDate: string | null;
  overdue: boolean;
  status: GoalStatus;
  statusReason: string | null;
  subGoals: Array<{ id: string; text: string; done: boolean }>;
  actions: Array<{ id: string; text: string; responsible: string | null; done: boolean }>;
  version: number;
  abilities: Partial<CitizenAbilities>;
}

export interface FollowUp {
  id: string;
  followUpDate: string;
  progress: Progress;
  level: Coded | null;
  note: string;
  continues: boolean;
  nextFollowUpDate: string | null;
  author: { id: string; name: string };
  createdAt: string;
}

export interface NoteSummary {
  id: string;
  writtenAt: string;
  body: string;
  authorName: string;
}

/** `notes` (linked journal notes) is absent unless the user reads the citizen's journal. */
export type GoalDetail = Goal & { followUps: FollowUp[]; notes?: NoteSummary[] };

/** A catalogue entry; FFB concepts carry `display`, the center's own lists `name`. */
export interface CatalogueItem {
  code: string;
  display?: string;
  name?: string;
  parentCode?: string | null;
  /** interventionKinds only */
  ladderStep?: number;
  ladderStepName?: string;
  defaultLegalBasis?: string;
}

export interface Catalogue {
  ffbAreas: CatalogueItem[];
  goalTypes: CatalogueItem[];
  functionalLevels: CatalogueItem[];
  supportNeedLevels: CatalogueItem[];
  targetGroups: NamedCode[];
  interventionKinds: CatalogueItem[];
  legalBases: Array<CatalogueItem | string>;
  /** The legal bases a place may have (the codes the server accepts on a place). */
  placeLegalBases: string[];
  /** Where in the tree each role may be held (the server refuses other kinds with a field error). */
  roleUnitKinds: Record<Role, OrgKind[]>;
  /** Which kinds may sit directly under each kind (municipality → center → (area) → facility → unit). */
  childKinds: Record<OrgKind, OrgKind[]>;
}
