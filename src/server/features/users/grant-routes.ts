import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { authorize } from '../../access/index.js';
import { coverOverseerPaths } from '../covers/access.js';
import { withTenant } from '../../context.js';
import { notFound } from '../../errors.js';
import { isoTimestamp } from '../../present.js';
import { getFacility } from '../organisation/occupancy-queries.js';
import { dataOf } from '../../../contracts/common.js';
import { IdParams } from '../../../contracts/organisation.js';
import { RoleGrant } from '../../../contracts/users.js';
import { listRoleGrants, type RoleGrantRow } from './grant-queries.js';

/** The newest grants shown on the facility page. */
const GRANTS_SHOWN = 100;

const presentRoleGrant = (row: RoleGrantRow): RoleGrant => ({
  id: row.id,
  at: isoTimestamp(row.at),
  role: row.role,
  orgUnitName: row.org_unit_name,
  userId: row.user_id,
  userName: row.user_name,
  grantedByName: row.granted_by_name,
});

const grantsDoc = {
  summary: "Roles granted that read the facility's citizens",
  description:
    'Newest 100: roles granted on the facility or above it, and on the units the caller leads. Leaders of the facility or its units (`readRoleGrants`); others 403, another municipality 404.',
};

/** Who was given a role that reads the facility's citizens, by whom and when: for its leaders. */
export const roleGrantRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/facilities/:id/role-grants', { schema: { ...grantsDoc, params: IdParams, response: { 200: dataOf(z.array(RoleGrant)) }, tags: ['users'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const facility = await getFacility(tx, ctx, req.params.id);
      if (!facility) throw notFound('Tilbuddet');
      authorize(ctx.actor, 'readRoleGrants', 'org', { municipalityId: facility.municipality_id, path: facility.path });
      const rows = await listRoleGrants(tx, ctx, facility.path, coverOverseerPaths(ctx.actor), GRANTS_SHOWN);
      return { data: rows.map(presentRoleGrant) };
    }),
  );
};
