import type { WebFeature } from '../registry';

/** Facility profiles: the page a facility's leaders keep its profile on (Administration shows the same section on a facility or unit). */
export const facilityProfilesFeature: WebFeature = {
  pages: [{ path: 'tilbud/:facilityId/profil', load: () => import('./ProfilePage') }],
};
