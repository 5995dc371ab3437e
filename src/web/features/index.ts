import type { FeatureTab, TabHost, WebFeature } from './registry';
import { accessLogFeature } from './access-log/feature';
import { authFeature } from './auth/feature';
import { citizensFeature } from './citizens/feature';
import { journalFeature } from './journal/feature';
import { keyInfoFeature } from './key-info/feature';
import { occupancyFeature } from './occupancy/feature';
import { organisationFeature } from './organisation/feature';
import { plansFeature } from './plans/feature';
import { statusReportFeature } from './plans/StatusReportFeature';
import { usersFeature } from './users/feature';
import { visitsFeature } from './visits/feature';
import { medicineRoundsFeature } from './medicine-rounds/feature';
import { incidentsFeature } from './incidents/feature';
import { useOfForceFeature } from './use-of-force/feature';
import { referralsFeature } from './referrals/feature';
import { medicationFeature } from './medication/feature';
import { facilityProfilesFeature } from './facility-profiles/feature';
import { committeeFeature } from './committee/feature';
import { visitationInsightFeature } from './visitation-insight/feature';
import { matchingFeature } from './matching/feature';

/** Every web feature, one line each: their pages, menu entries and tabs make the app (App.tsx). */
export const webFeatures: WebFeature[] = [
  citizensFeature,
  journalFeature,
  keyInfoFeature,
  plansFeature,
  statusReportFeature,
  occupancyFeature,
  organisationFeature,
  usersFeature,
  accessLogFeature,
  authFeature,
  visitsFeature,
  medicineRoundsFeature,
  incidentsFeature,
  useOfForceFeature,
  medicationFeature,
  facilityProfilesFeature,
  referralsFeature,
  committeeFeature,
  visitationInsightFeature,
  matchingFeature,
];

/** The tabs every feature adds to a host page, in order. */
export const tabsOf = (host: TabHost): FeatureTab[] =>
  webFeatures.flatMap((f) => f.tabs?.[host] ?? []).sort((a, b) => a.order - b.order);
