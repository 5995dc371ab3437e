import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { VisibleCitizen } from '../../access/gate.js';
import { citizenRoute } from '../../citizen-route.js';
import type { Queryable } from '../../db/index.js';
import { conflict, notFound } from '../../errors.js';
import { NoContent } from '../../../contracts/common.js';
import { CitizenParams, CreateRelativeBody, RelativeParams, RelativeResponse, UpdateRelativeBody } from '../../../contracts/citizens.js';
import { deleteRelative, getRelative, insertRelative, updateRelative } from './relatives.queries.js';

/** One of the citizen's relatives, or 404. */
async function requireRelative(tx: Queryable, citizen: VisibleCitizen, relativeId: string) {
  const relative = await getRelative(tx, citizen, relativeId);
  if (!relative) throw notFound('Den pårørende');
  return relative;
}

/** Relatives and network of a citizen (pårørende): the citizen's leaders keep them (gate: manageRelatives). */
export const relativeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/citizens/:citizenId/relatives',
    { schema: { params: CitizenParams, body: CreateRelativeBody, response: { 201: RelativeResponse }, tags: ['citizens'] } },
    async (req, reply) => {
      const data = await citizenRoute(req, { action: 'manageRelatives', audit: { action: 'create', entity: 'relative' } }, async (tx, ctx, citizen, note) => {
        const relative = await insertRelative(tx, ctx, citizen, req.body);
        note.entityId = relative.id;
        return relative;
      });
      return reply.status(201).send({ data });
    },
  );

  app.patch(
    '/citizens/:citizenId/relatives/:relativeId',
    { schema: { params: RelativeParams, body: UpdateRelativeBody, response: { 200: RelativeResponse }, tags: ['citizens'] } },
    (req) =>
      citizenRoute(req, { action: 'manageRelatives', audit: { action: 'update', entity: 'relative' } }, async (tx, ctx, citizen, note) => {
        const relative = await requireRelative(tx, citizen, req.params.relativeId);
        note.entityId = relative.id;
        const updated = await updateRelative(tx, relative.id, req.body);
        if (!updated) {
          // The relative as it is now goes back with the 409: a read, which the kernel audits.
          throw conflict('Den pårørende er ændret af en anden i mellemtiden. Se de nye oplysninger og prøv igen.', await getRelative(tx, citizen, relative.id));
        }
        note.detail = { fields: Object.keys(req.body).filter((k) => k !== 'version') };
        return { data: updated };
      }),
  );

  app.delete('/citizens/:citizenId/relatives/:relativeId', { schema: { params: RelativeParams, response: { 204: NoContent }, tags: ['citizens'] } }, async (req, reply) => {
    await citizenRoute(req, { action: 'manageRelatives', audit: { action: 'delete', entity: 'relative' } }, async (tx, _ctx, citizen, note) => {
      const relative = await requireRelative(tx, citizen, req.params.relativeId);
      await deleteRelative(tx, relative.id);
      note.entityId = relative.id;
    });
    return reply.status(204).send(null);
  });
};
