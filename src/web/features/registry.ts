import type { ComponentType } from 'react';
import type { Navigation } from '../../contracts/auth';
import type { Citizen, CitizenAbilities } from '../../contracts/citizens';

/** A page module: its default export is the page (loaded on first visit, in its own chunk). */
export type PageModule = () => Promise<{ default: ComponentType }>;

/** A page below the signed-in frame. */
export interface FeaturePage {
  /** Path below the frame ('tilbud/:facilityId'); omit with `index` for the start page. */
  path?: string;
  index?: true;
  load: PageModule;
  /** The page shows the features' tabs for this host below its heading (and routes them as its children). */
  hosts?: TabHost;
  /** Shown in the main menu, in `order`, when the session's `user.navigation[show]` is true (the server's policy decides). */
  menu?: { labelKey: string; show: keyof Navigation; order: number };
}

/** The pages that show their features as tabs: the citizen record (`borgere/:citizenId`) and Administration (`admin`). */
export type TabHost = 'citizen' | 'admin';

/** A tab a feature adds to a host page, with the pages that belong under it. */
export interface FeatureTab {
  /** Path below the host; omit for the host's first tab (its own address). */
  path?: string;
  load: PageModule;
  labelKey: string;
  /** Position among the host's tabs, low first. */
  order: number;
  /** Citizen tabs: shown only when the record grants this ability. */
  ability?: keyof CitizenAbilities;
  /** Citizen tabs: shown only for citizens this holds for (e.g. visits: a service in their own home). */
  appliesTo?: (citizen: Citizen) => boolean;
  /** More pages of this tab (the tab stays current on them): path below the host. */
  subpages?: Array<{ path: string; load: PageModule }>;
}

/**
 * A button a feature adds to the citizen record's head, under the name on every tab ("Meld ændrede
 * behov"): shown only when the record grants `ability` (the server's policy decides), its code
 * loaded on first show.
 */
export interface CitizenAction {
  load: () => Promise<{ default: ComponentType<{ citizen: Citizen }> }>;
  ability: keyof CitizenAbilities;
  /** Position among the record's actions, low first. */
  order: number;
}

/**
 * What a web feature adds to the app. Each folder exports one from its `feature.ts`, and
 * `features/index.ts` lists them: a new capability is its folder plus that one line.
 */
export interface WebFeature {
  pages?: FeaturePage[];
  tabs?: Partial<Record<TabHost, FeatureTab[]>>;
  citizenActions?: CitizenAction[];
}
