import type { WebFeature } from '../registry';

export const authFeature: WebFeature = {
  pages: [{ path: 'adgangskode', load: () => import('./PasswordPage') }],
};
