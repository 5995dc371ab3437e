import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { abilities, authorize, can, type Actor } from '../../access/index.js';
import { audit } from '../../audit/index.js';
import { withTenant } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { dataOf, NoContent } from '../../../contracts/common.js';
import { PlannedPlace, PlannedPlaceInput, PlannedPlaceParams, PlannedPlaces } from '../../../contracts/visitation-insight.js';
import { deletePlannedPlace, getPlannedPlace, getUnit, insertPlannedPlace, legalBasisExists, listPlannedPlaces, type PlannedPlaceRow } from './queries.js';

const tags = ['visitation-insight'];
const orgOf = (actor: Actor, path: string) => ({ municipalityId: actor.municipalityId, path });
const present = (actor: Actor, r: PlannedPlaceRow): PlannedPlace => ({
  id: r.id,
  unit: { id: r.unit_id, name: r.unit_name },
  legalBasis: r.legal_basis,
  places: r.places,
  opensOn: r.opens_on,
  note: r.note,
  mayRemove: can(actor, 'planPlaces', 'org', orgOf(actor, r.unit_path)),
});
/** May the actor plan places anywhere (admin, center manager, facility leader)? */
const plansSomewhere = (actor: Actor) => actor.roles.some((r) => abilities(actor, 'org', orgOf(actor, r.path)).planPlaces);

/**
 * Planned new places (seed 002's 17): the forecast opens them on their day. Read with the forecast;
 * added and removed by the admin, the center manager above the facility and its leader. Each change
 * is audited (who planned what).
 */
export const plannedPlaceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/visitation-insight/planned-places',
    {
      schema: {
        summary: 'Planned places not yet open',
        description: 'Those opening after today, soonest first, for whoever reads the capacity forecast (others 403); `mayAdd`/`mayRemove` by the rule `planPlaces` (admin, center manager, facility leader of the facility).',
        response: { 200: PlannedPlaces },
        tags,
      },
    },
    (req) =>
      withTenant(req, async (tx, ctx) => {
        authorize(ctx.actor, 'read', 'capacity_forecast', { municipalityId: ctx.actor.municipalityId });
        const rows = await listPlannedPlaces(tx, ctx, todayInCopenhagen());
        return { data: rows.map((r) => present(ctx.actor, r)), mayAdd: plansSomewhere(ctx.actor) };
      }),
  );

  app.post(
    '/visitation-insight/planned-places',
    {
      schema: {
        summary: 'Plans new places on a facility',
        description: 'A facility or unit of the caller\'s municipality (404 otherwise), by `planPlaces` there (403 otherwise); opening after today; a known legal basis. Audited (`create` of `planned_place`).',
        body: PlannedPlaceInput,
        response: { 201: dataOf(PlannedPlace) },
        tags,
      },
    },
    async (req, reply) => {
      const created = await withTenant(req, async (tx, ctx) => {
        const body = req.body;
        const unit = await getUnit(tx, ctx, body.unitId);
        if (!unit) throw notFound('Tilbuddet');
        authorize(ctx.actor, 'planPlaces', 'org', orgOf(ctx.actor, unit.path));
        const fields: Record<string, string> = {};
        if (unit.kind !== 'facility' && unit.kind !== 'unit') fields.unitId = 'Vælg et tilbud eller en afdeling.';
        if (body.opensOn <= todayInCopenhagen()) fields.opensOn = 'Pladserne skal åbne efter i dag.';
        if (!(await legalBasisExists(tx, body.legalBasis))) fields.legalBasis = 'Ukendt lovhjemmel.';
        if (Object.keys(fields).length) throw badRequest('De planlagte pladser kan ikke gemmes.', fields);
        const id = await insertPlannedPlace(tx, ctx, { ...body, note: body.note ?? '' });
        await audit(tx, ctx, { action: 'create', entity: 'planned_place', entityId: id, citizenIds: [], detail: { unitId: unit.id, places: body.places, opensOn: body.opensOn } });
        return present(ctx.actor, (await getPlannedPlace(tx, ctx, id))!);
      });
      return reply.status(201).send({ data: created });
    },
  );

  app.delete(
    '/visitation-insight/planned-places/:id',
    {
      schema: {
        summary: 'Removes planned places',
        description: 'By `planPlaces` on its facility (403 otherwise; 404 for an unknown id or another municipality\'s). Audited (`delete` of `planned_place`).',
        params: PlannedPlaceParams,
        response: { 204: NoContent },
        tags,
      },
    },
    async (req, reply) => {
      await withTenant(req, async (tx, ctx) => {
        const row = await getPlannedPlace(tx, ctx, req.params.id);
        if (!row) throw notFound('De planlagte pladser');
        authorize(ctx.actor, 'planPlaces', 'org', orgOf(ctx.actor, row.unit_path));
        await deletePlannedPlace(tx, ctx, row.id);
        await audit(tx, ctx, { action: 'delete', entity: 'planned_place', entityId: row.id, citizenIds: [], detail: { unitId: row.unit_id, places: row.places, opensOn: row.opens_on } });
      });
      return reply.status(204).send(null);
    },
  );
};
