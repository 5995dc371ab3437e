import type { WebFeature } from '../registry';

export const accessLogFeature: WebFeature = {
  tabs: { citizen: [{ path: 'adgangslog', load: () => import('./AccessLogTab'), labelKey: 'accessLog.tabLabel', order: 40, ability: 'readAccessLog' }] },
};
