import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { hasRole } from '../../access/index.js';
import { userDirectoryPaths } from '../../access/organisation.js';
import { auditedRoute } from '../../citizen-route.js';
import { hashPassword } from '../../auth/passwords.js';
import { requireUsablePassword } from '../../auth/password-rules.js';
import { withTenant } from '../../context.js';
import { AppError, badRequest, conflict, forbidden } from '../../errors.js';
import { dataOf } from '../../../contracts/common.js';
import { CreateUserBody, UpdateUserBody, User, UserParams } from '../../../contracts/users.js';
import { endSessions, getUser, insertUser, listUsers, recordRoleGrants, setUserRoles, updateUser, type UserRow } from './queries.js';
import { canManageUser, newRoles, requireAssignableRoles, requireRoleChangeAllowed, requireUserToManage } from './guard.js';
import { presentUser } from './presenter.js';
import { roleGrantRoutes } from './grant-routes.js';

const usernameTaken = () =>
  new AppError(409, 'duplicate', 'Brugernavnet er optaget.', { username: 'Brugernavnet er optaget. Vælg et andet.' });

/** What each route does, who may call it and what it audits: its OpenAPI summary and description (docs/API.md). */
const docs = {
  list: {
    summary: 'Users and colleagues',
    description:
      'By name. Admins: every user under their part of the tree, inactive ones too. Leaders (their facility), center managers and consultants (their subtree) and staff (their units): active colleagues, read-only (`abilities.update: false`). Case workers 403. Never a password hash.',
  },
  create: {
    summary: 'Create a user',
    description:
      'Admins. The password (argon2id) is one-time: the new user must change it first. A taken username (unique across municipalities) is 409 `fields.username`. ' +
      'A role must fit its unit\'s kind (catalogue `roleUnitKinds`) and the unit be active, else 400 `fields["roles.N.orgUnitId"]`. Audited (`create` of `user`, never the password); record-reading roles are appended to the role grants.',
  },
  update: {
    summary: 'Change, deactivate or set the password of a user',
    description:
      'Admins; `roles` replace all. Users are deactivated, never deleted; deactivating or setting a password ends the user\'s sessions. Nobody changes their own roles (403); an admin cannot deactivate themself or set their own password here (400). ' +
      '403 for a colleague the caller may list but not manage, 404 outside that; a stale `version` answers 409. Audited (`update` of `user`).',
  },
};

/** Users: admins keep them (never deleted, only deactivated); leaders and staff see their colleagues. */
export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(roleGrantRoutes);
  app.get('/users', { schema: { ...docs.list, response: { 200: dataOf(z.array(User)) }, tags: ['users'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const scope = userDirectoryPaths(ctx.actor);
      if (scope.length === 0) throw forbidden();
      const rows = await listUsers(tx, ctx, scope, hasRole(ctx.actor, 'admin'));
      return { data: rows.map((r) => presentUser(r, { update: canManageUser(ctx.actor, r) })) };
    }),
  );

  app.post('/users', { schema: { ...docs.create, body: CreateUserBody, response: { 201: dataOf(User) }, tags: ['users'] } }, (req, reply) =>
    auditedRoute(req, { action: 'create', entity: 'user' }, async (tx, ctx, note) => {
      const { username, displayName, password, roles } = req.body;
      requireUsablePassword(password, { username, displayName }, 'password');
      await requireAssignableRoles(tx, ctx, roles);
      const passwordHash = await hashPassword(password);
      const id = await insertUser(tx, ctx, { username, displayName, passwordHash }).catch((err: { code?: string }) => {
        throw err.code === '23505' ? usernameTaken() : err;
      });
      await setUserRoles(tx, ctx, id, roles);
      await recordRoleGrants(tx, ctx, id, roles);
      Object.assign(note, { entityId: id, detail: { username, roles } });
      reply.code(201);
      const user = (await getUser(tx, ctx, id))!;
      return { data: presentUser(user, { update: canManageUser(ctx.actor, user) }) };
    }),
  );

  app.patch('/users/:id', { schema: { ...docs.update, params: UserParams, body: UpdateUserBody, response: { 200: dataOf(User) }, tags: ['users'] } }, (req) =>
    auditedRoute(req, { action: 'update', entity: 'user' }, async (tx, ctx, note) => {
      const body = req.body;
      const user = await requireUserToManage(tx, ctx, req.params.id);
      const stale = (current: UserRow) => conflict('Brugeren er ændret af en anden i mellemtiden. Se den nye udgave.', presentUser(current, { update: true }));
      if (user.version !== body.version) throw stale(user);
      if (user.id === ctx.actor.userId) {
        // Guard against locking oneself (and perhaps the municipality) out of administration.
        if (body.active === false) throw badRequest('Du kan ikke deaktivere dig selv.', { active: 'Du kan ikke deaktivere dig selv.' });
        if (body.password) throw badRequest('Skift din egen adgangskode under "Skift adgangskode".', { password: 'Brug "Skift adgangskode".' });
      }
      if (body.roles) {
        requireRoleChangeAllowed(ctx, user, body.roles);
        await requireAssignableRoles(tx, ctx, body.roles);
      }
      if (body.password) requireUsablePassword(body.password, { username: user.username, displayName: body.displayName ?? user.display_name }, 'password');
      const passwordHash = body.password ? await hashPassword(body.password) : undefined;
      const updated = await updateUser(tx, ctx, user.id, { version: body.version, displayName: body.displayName, active: body.active, passwordHash });
      if (!updated) throw stale((await getUser(tx, ctx, user.id))!);
      if (body.roles) {
        await setUserRoles(tx, ctx, user.id, body.roles);
        await recordRoleGrants(tx, ctx, user.id, newRoles(user, body.roles));
      }
      if (body.active === false || passwordHash) await endSessions(tx, user.id);
      Object.assign(note, {
        entityId: user.id,
        detail: { displayName: body.displayName, active: body.active, roles: body.roles, passwordChanged: passwordHash ? true : undefined },
      });
      const now = (await getUser(tx, ctx, user.id))!;
      return { data: presentUser(now, { update: canManageUser(ctx.actor, now) }) };
    }),
  );
};
