import type { WebFeature } from '../registry';

export const citizensFeature: WebFeature = {
  pages: [
    { index: true, load: () => import('./MyCitizensPage'), menu: { labelKey: 'common.nav.myCitizens', show: 'myCitizens', order: 10 } },
    { path: 'borgere/ny', load: () => import('./NewCitizenPage') },
    { path: 'borgere/:citizenId', load: () => import('./CitizenPage'), hosts: 'citizen' },
  ],
  tabs: { citizen: [{ load: () => import('./OverviewTab'), labelKey: 'citizens.citizen.tabs.overview', order: 10 }] },
};
