import type { WebFeature } from '../registry';

export const incidentsFeature: WebFeature = {
  pages: [
    // Hændelser: for those who report (staff of a unit) and those who follow up or read the counts (leaders, the center).
    { path: 'haendelser', load: () => import('./AdverseEventsPage'), menu: { labelKey: 'incidents.nav', show: 'incidents', order: 45 } },
    { path: 'haendelser/vold', load: () => import('./ViolencePage') },
    { path: 'haendelser/overblik', load: () => import('./DashboardPage') },
    { path: 'haendelser/:eventId', load: () => import('./AdverseEventPage') },
  ],
  // On the record of a citizen the user cares for now (as the journal: own care or a running cover).
  tabs: { citizen: [{ path: 'haendelser', load: () => import('./CitizenIncidentsTab'), labelKey: 'incidents.tabLabel', order: 38, ability: 'readJournal' }] },
};
