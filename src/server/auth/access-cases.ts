import { everyone, type Case } from '../../../test/route-cases.js';
import { TEST_PASSWORD } from '../../../test/world.js';

/** Sign-in, the session and one’s password: every signed-in user. Rows of the route × audience matrix (test/route-cases.ts explains them). */
export const accessCases: Case[] = [
  { method: 'GET', route: '/api/auth/session', url: () => '/api/auth/session', answers: everyone(200), audit: 'none' },
  { method: 'POST', route: '/api/auth/logout', url: () => '/api/auth/logout', answers: everyone(200) },
  {
    method: 'POST', route: '/api/auth/password', url: () => '/api/auth/password',
    body: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'another-password-9' }), answers: everyone(200),
  },
];
