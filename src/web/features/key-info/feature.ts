import type { WebFeature } from '../registry';

export const keyInfoFeature: WebFeature = {
  tabs: { citizen: [{ path: 'noegleoplysninger', load: () => import('./KeyInfoTab'), labelKey: 'keyInfo.tabLabel', order: 25 }] },
};
