import type { WebFeature } from '../registry';

export const organisationFeature: WebFeature = {
  pages: [{ path: 'admin', load: () => import('./AdminPage'), hosts: 'admin', menu: { labelKey: 'common.nav.administration', show: 'administration', order: 50 } }],
  tabs: { admin: [{ load: () => import('./OrganisationTab'), labelKey: 'organisation.tabs.organisation', order: 10 }] },
};
