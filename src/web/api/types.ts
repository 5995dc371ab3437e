/** Shapes of the Mestring API (docs/API.md), as the web app reads them. */
import type { OrgKind, Role } from '../../contracts/common.js';

export interface Navigation {
  myCitizens: boolean;
  dueList: boolean;
  facilities: boolean;
  administration: boolean;
  /** Unit and facility leaders, who register citizens (the server checks where). */
  registerCitizens: boolean;
}

export interface Me {
  id: string;
  username: string;
  displayName: string;
  municipality: { id: string; name: string };
  roles: Array<{ role: string; orgUnitId: string; orgUnitName: string; kind: string }>;
  /** Units the user covers right now (vagtdækning), soonest end first. */
  covers: ActiveCover[];
  /** The units whose citizens the user works with (roles and running covers), by name. */
  units: Array<{ id: string; name: string }>;
  navigation: Navigation;
}

export interface ActiveCover {
  id: string;
  unitId: string;
  unitName: string;
  /** ISO timestamp. */
  endsAt: string;
}

export interface SessionResponse {
  user: Me;
  csrfToken: string;
  idleMinutes: number;
  /** The password is one an admin set: only the password change is open until it is changed. */
  passwordChangeRequired: boolean;
}

export interface CitizenListItem {
  id: string;
  name: string;
  birthDate: string;
  age: number;
  cprMasked: string;
  isContactPerson: boolean;
  unitId: string | null;
  unitName: string | null;
  facilityName: string | null;
  nextFollowUp: { goalId: string; title: string; date: string; overdue: boolean } | null;
  /** Present only when the user works with (reads) this citizen's journal; null when there is no note yet. */
  latestNote?: { id: string; writtenAt: string; body: string; authorName: string } | null;
}

export interface CitizenAbilities {
  read: boolean;
  revealCpr: boolean;
  readPlan: boolean;
  editPlan: boolean;
  readJournal: boolean;
  writeJournal: boolean;
  update: boolean;
  manageRelatives: boolean;
  manageInterventions?: boolean;
  readAccessLog: boolean;
}

export interface Placement {
  interventionId: string;
  facilityId: string | null;
  facilityName: string | null;
  unitId: string | null;
  unitName: string | null;
  placeId: string | null;
  placeName: string | null;
  legalBasis: string;
  since: string;
  until: string | null;
}

export interface LadderPeriod {
  step: number;
  name: string;
  from: string;
  to: string | null;
}

export interface Relative {
  id: string;
  name: string;
  relation: string;
  phone: string | null;
  consentToShare: boolean;
  note: string | null;
  version?: number;
}

export interface Intervention {
  id: string;
  kindCode: string;
  kindName: string;
  step: number;
  stepName: string;
  legalBasis: string;
  startDate: string;
  endDate: string | null;
  placeId: string | null;
  placeName: string | null;
  unitId: string | null;
  unitName: string | null;
  facilityId: string | null;
  facilityName: string | null;
  version: number;
  active: boolean;
}

export interface Citizen {
  id: string;
  firstName: string;
  lastName: string;
  name: string;
  birthDate: string;
  age: number;
  cprMasked: string;
  version: number;
  contactPerson: { id: string; name: string } | null;
  targetGroups: Array<{ code: string; name: string }>;
  placement: Placement | null;
  ladder: { currentStep: number | null; currentStepName: string | null; path: LadderPeriod[] };
  relatives: Relative[];
  interventions?: Intervention[];
  /** Months between follow-ups where the citizen lives: a new goal's next follow-up is its start plus these. */
  followUpIntervalMonths: number;
  abilities: CitizenAbilities;
}

export interface Note {
  id: string;
  citizenId: string;
  body: string;
  writtenAt: string;
  author: { id: string; name: string };
  version: number;
  corrected: boolean;
  goals: Array<{ id: string; title: string }>;
  /** Set only on notes marked as written in error (seen by the citizen's leaders). */
  error?: { reason: string; markedBy: { id: string | null; name: string | null } } | null;
  abilities: { correct?: boolean; markError?: boolean; readHistory?: boolean };
}

export interface NotePage {
  data: Note[];
  /** Cursor for the next (older) page; null when this was the last. */
  nextBefore: string | null;
  /** The last note's id, sent back as `beforeId` with `before`. */
  nextBeforeId: string | null;
}

export interface NoteRevision {
  version: number;
  body: string;
  reason: string | null;
  authorName: string;
  createdAt: string;
}

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
  targetGroups: CatalogueItem[];
  interventionKinds: CatalogueItem[];
  legalBases: Array<CatalogueItem | string>;
  /** The legal bases a place may have (the codes the server accepts on a place). */
  placeLegalBases: string[];
  /** Where in the tree each role may be held (the server refuses other kinds with a field error). */
  roleUnitKinds: Record<Role, OrgKind[]>;
  /** Which kinds may sit directly under each kind (municipality → center → (area) → facility → unit). */
  childKinds: Record<OrgKind, OrgKind[]>;
}

/** GET /access-log/mine: a use of data in the user's own name. */
export interface OwnAccessLogEntry {
  id: number;
  at: string;
  action: string;
  entity: string;
  /** The entity as people say it, from the feature that writes it. */
  entityLabel: { da: string; en: string };
  ip: string | null;
  /** Made in a session begun with a password an admin set. */
  viaAdminPassword: boolean;
}

/** GET /citizens/:id/access-log: a use of the citizen's data, by whom. */
export interface AccessLogEntry extends OwnAccessLogEntry {
  userId: string;
  userName: string;
}

/** GET /handover: the last hours' notes on the caller's units, grouped by citizen. */
export interface HandoverGroup {
  citizen: { id: string; name: string; unitId: string; unitName: string };
  notes: Note[];
}

export interface HandoverResponse {
  data: HandoverGroup[];
  hours: number;
  truncated: boolean;
}
