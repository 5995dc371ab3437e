import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { audit } from '../../audit/index.js';
import { withTenant, type RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { conflict, notFound } from '../../errors.js';
import { CitizenParams, CreateRelativeBody, RelativeParams, UpdateRelativeBody } from './schema.js';
import { requireCitizen } from './guard.js';
import { deleteRelative, getRelative, insertRelative, updateRelative } from './relatives.queries.js';

/** The citizen (gate: manageRelatives) and one of their relatives, or 404. */
async function requireRelative(tx: Queryable, ctx: RequestCtx, params: { citizenId: string; relativeId: string }) {
  const facts = await requireCitizen(tx, ctx, params.citizenId, 'manageRelatives');
  const relative = await getRelative(tx, facts.id, params.relativeId);
  if (!relative) throw notFound('Den pårørende');
  return { facts, relative };
}

/** Relatives and network of a citizen (pårørende): the citizen's leaders keep them. */
export const relativeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/citizens/:citizenId/relatives',
    { schema: { params: CitizenParams, body: CreateRelativeBody, tags: ['citizens'] } },
    async (req, reply) => {
      const data = await withTenant(req, async (tx, ctx) => {
        const facts = await requireCitizen(tx, ctx, req.params.citizenId, 'manageRelatives');
        const relative = await insertRelative(tx, ctx, facts.id, req.body);
        await audit(tx, ctx, { action: 'create', entity: 'relative', entityId: relative.id, citizenIds: [facts.id] });
        return relative;
      });
      return reply.status(201).send({ data });
    },
  );

  app.patch(
    '/citizens/:citizenId/relatives/:relativeId',
    { schema: { params: RelativeParams, body: UpdateRelativeBody, tags: ['citizens'] } },
    (req) =>
      withTenant(req, async (tx, ctx) => {
        const { facts, relative } = await requireRelative(tx, ctx, req.params);
        const updated = await updateRelative(tx, relative.id, req.body);
        if (!updated) {
          // The relative as it is now goes back with the 409: a read, audited (a conflict commits).
          await audit(tx, ctx, { action: 'read', entity: 'relative', entityId: relative.id, citizenIds: [facts.id], detail: { conflict: true } });
          throw conflict('Den pårørende er ændret af en anden i mellemtiden. Se de nye oplysninger og prøv igen.', await getRelative(tx, facts.id, relative.id));
        }
        await audit(tx, ctx, {
          action: 'update',
          entity: 'relative',
          entityId: relative.id,
          citizenIds: [facts.id],
          detail: { fields: Object.keys(req.body).filter((k) => k !== 'version') },
        });
        return { data: updated };
      }),
  );

  app.delete('/citizens/:citizenId/relatives/:relativeId', { schema: { params: RelativeParams, tags: ['citizens'] } }, async (req, reply) => {
    await withTenant(req, async (tx, ctx) => {
      const { facts, relative } = await requireRelative(tx, ctx, req.params);
      await deleteRelative(tx, relative.id);
      await audit(tx, ctx, { action: 'delete', entity: 'relative', entityId: relative.id, citizenIds: [facts.id] });
    });
    return reply.status(204).send();
  });
};
