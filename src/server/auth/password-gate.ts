import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors.js';

/** What a session with an unchanged one-time password may still do. */
const OPEN_ROUTES = new Set(['POST /api/auth/login', 'GET /api/auth/session', 'POST /api/auth/logout', 'POST /api/auth/password']);

/**
 * 403 `password_change_required` for every other API route while the user's password is one an
 * admin set: it must be changed first, so nobody works on with a password someone else knows.
 */
export function requirePasswordChanged(req: FastifyRequest): void {
  if (!req.passwordStatus?.mustChangePassword) return;
  if (OPEN_ROUTES.has(`${req.method} ${req.routeOptions.url}`)) return;
  throw new AppError(403, 'password_change_required', 'Skift den adgangskode, du har fået af en administrator, før du fortsætter.');
}
