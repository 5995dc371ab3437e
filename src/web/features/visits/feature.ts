import type { WebFeature } from '../registry';

export const visitsFeature: WebFeature = {
  pages: [
    // The coordinator's overview of a home-support team. Shown in the menu to those who work on units
    // (the due list's flag); the page says so when none of their units is a home-support team.
    { path: 'besog', load: () => import('./TeamVisitsPage'), menu: { labelKey: 'visits.nav', show: 'dueList', order: 25 } },
    { path: 'besog/:unitId', load: () => import('./TeamVisitsPage') },
  ],
  // Read by those who care for the citizen now, as the journal is (the server's 'readVisits').
  tabs: { citizen: [{ path: 'besog', load: () => import('./VisitsTab'), labelKey: 'visits.tabLabel', order: 35, ability: 'readJournal' }] },
};
