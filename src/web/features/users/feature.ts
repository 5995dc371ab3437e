import type { WebFeature } from '../registry';

export const usersFeature: WebFeature = {
  tabs: { admin: [{ path: 'brugere', load: () => import('./UsersTab'), labelKey: 'users.tabLabel', order: 20 }] },
};
