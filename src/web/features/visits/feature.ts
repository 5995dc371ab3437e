import type { WebFeature } from '../registry';

export const visitsFeature: WebFeature = {
  pages: [
    // The coordinator's overview of a home-support team: in the menu of those on (or leading) a team
    // that serves citizens in their own homes.
    { path: 'besog', load: () => import('./TeamVisitsPage'), menu: { labelKey: 'visits.nav', show: 'visits', order: 25 } },
    { path: 'besog/:unitId', load: () => import('./TeamVisitsPage') },
  ],
  // Read by those who care for the citizen now, as the journal is (the server's 'readVisits'), on the
  // record of a citizen supported in their own home (a service on a team without a place, now or before).
  tabs: {
    citizen: [
      {
        path: 'besog', load: () => import('./VisitsTab'), labelKey: 'visits.tabLabel', order: 35, ability: 'readJournal',
        appliesTo: (c) => c.interventions.some((i) => !i.placeId && i.unitId !== null),
      },
    ],
  },
};
