import type { WebFeature } from '../registry';

export const occupancyFeature: WebFeature = {
  pages: [
    { path: 'tilbud', load: () => import('./FacilitiesPage'), menu: { labelKey: 'common.nav.facilities', show: 'facilities', order: 40 } },
    { path: 'tilbud/:facilityId', load: () => import('./FacilityPage') },
  ],
};
