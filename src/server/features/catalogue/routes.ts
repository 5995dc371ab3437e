import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withTenant } from '../../context.js';
import { Catalogue } from '../../../contracts/catalogue.js';
import { loadCatalogue } from './queries.js';
import { presentCatalogue } from './presenter.js';

export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  // Reference data, no citizen in it (and the tenant's own municipality code): any signed-in user, not audited.
  app.get('/catalogue', { schema: { response: { 200: Catalogue }, tags: ['catalogue'] } }, (req) =>
    withTenant(req, async (tx, ctx) => presentCatalogue(await loadCatalogue(tx, ctx.actor.municipalityId))),
  );
};
