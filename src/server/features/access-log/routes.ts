import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../audit/index.js';
import { withTenant } from '../../context.js';
import { requireCitizen } from '../citizens/guard.js';
import { CitizenParams } from '../citizens/schema.js';
import { AccessLogQuery } from './schema.js';
import { listAccessLog } from './queries.js';
import { presentAccessLogEntry } from './presenter.js';

/** Who opened a citizen's record and when (the citizen may ask; leaders answer). */
export const accessLogRoutes: FastifyPluginAsyncZod = async (app) => {
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
