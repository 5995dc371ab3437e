import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../audit/index.js';
import { withTenant } from '../../context.js';
import { requireCitizen } from '../citizens/guard.js';
import { CitizenParams } from '../citizens/schema.js';
import { AccessLogQuery } from './schema.js';
import { listAccessLog, listOwnAccessLog } from './queries.js';
import { presentAccessLogEntry, presentOwnAccessLogEntry } from './presenter.js';

/** Who opened a citizen's record and when (the citizen may ask; leaders answer). */
export const accessLogRoutes: FastifyPluginAsyncZod = async (app) => {
  // What was done in one's own name: a request in a session begun with a password an admin set
  // is marked, so the user sees if someone else used their account.
  app.get('/access-log/mine', { schema: { querystring: AccessLogQuery, tags: ['access-log'] } }, (req) =>
    withTenant(req, async (tx, ctx) => ({ data: (await listOwnAccessLog(tx, ctx, req.query.limit)).map(presentOwnAccessLogEntry) })),
  );

  app.get('/citizens/:citizenId/access-log', { schema: { params: CitizenParams, querystring: AccessLogQuery, tags: ['access-log'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const citizen = await requireCitizen(tx, ctx, req.params.citizenId, 'readAccessLog');
      const rows = await listAccessLog(tx, ctx, citizen.id, req.query.limit);
      // Reading the log is itself a use of the citizen's data; logged after the read, so it shows next time.
      await audit(tx, ctx, { action: 'read', entity: 'access_log', entityId: citizen.id, citizenIds: [citizen.id] });
      return { data: rows.map(presentAccessLogEntry) };
    }),
  );
};
