import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTenant } from '../../context.js';
import { citizenRoute } from '../../citizen-route.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import { AccessLog, AccessLogQuery, OwnAccessLog } from '../../../contracts/access-log.js';
import { listAccessLog, listOwnAccessLog } from './queries.js';
import { presentAccessLogEntry, presentOwnAccessLogEntry } from './presenter.js';

/** Who opened a citizen's record and when (the citizen may ask; leaders answer). */
export const accessLogRoutes: FastifyPluginAsyncZod = async (app) => {
  // What was done in one's own name: a request in a session begun with a password an admin set
  // is marked, so the user sees if someone else used their account.
  app.get('/access-log/mine', { schema: { querystring: AccessLogQuery, response: { 200: OwnAccessLog }, tags: ['access-log'] } }, (req) =>
    withTenant(req, async (tx, ctx) => ({ data: (await listOwnAccessLog(tx, ctx, req.query.limit)).map(presentOwnAccessLogEntry) })),
  );

  app.get('/citizens/:citizenId/access-log', { schema: { params: CitizenParams, querystring: AccessLogQuery, response: { 200: AccessLog }, tags: ['access-log'] } }, (req) =>
    // Reading the log is itself a use of the citizen's data; audited after the read, so it shows next time.
    citizenRoute(req, { action: 'readAccessLog', audit: { action: 'read', entity: 'access_log' } }, async (tx, ctx, citizen) => ({
      data: (await listAccessLog(tx, ctx, citizen, req.query.limit)).map(presentAccessLogEntry),
    })),
  );
};
