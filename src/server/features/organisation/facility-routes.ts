import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addDays, format, parseISO } from 'date-fns';
import { abilities, authorize, can, type CitizenFacts } from '../../access/index.js';
import { figurePaths } from '../../access/organisation.js';
import { auditedRoute } from '../../citizen-route.js';
import { withTenant } from '../../context.js';
import { badRequest, notFound } from '../../errors.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { dataOf } from '../../../contracts/common.js';
import { FacilityDetail, FacilityQuery, FacilitySummary, IdParams } from '../../../contracts/organisation.js';
import { getFacility, listFacilityFigures, listFacilityPlaces } from './occupancy-queries.js';
import { presentFacility, presentFacilityFigures } from './presenter.js';

/** The default period for occupancy over time: the last 365 days up to and including `to`. */
const yearEndingOn = (to: string) => format(addDays(parseISO(to), -364), 'yyyy-MM-dd');

/** What each route does, who may call it and what it audits: its OpenAPI summary and description (docs/API.md). */
const docs = {
  list: {
    summary: 'Facilities with their occupancy today',
    description:
      'The active facilities the caller may read figures for (`readFigures`: admins, consultants and center managers of that part of the tree, facility leaders their facility, unit leaders the facility of their unit); others get `[]`. ' +
      'Occupancy now = active places on active units with a placement covering today / active places (a place planned to start later counts from its first day); `occupancyPct` is null without places. ' +
      '`targetPct` is the facility\'s occupancy target this year: its own, else the nearest above it (area, center, municipality), else 94 %. ' +
      '`overdueFollowUps` and `runningCovers` are counts only, naming no one.',
  },
  read: {
    summary: 'A facility: its units, places and occupancy now and over a period',
    description:
      'The period defaults to the last 365 days up to today; place-days with both ends included, each place available only within its validity [`activeFrom`, `activeUntil`). ' +
      'Units are those under the facility now, each with its places\' whole history (figures follow a unit moved here). Figures now are held against this year\'s target, the period\'s against the target of the year of its last day. ' +
      'An `occupant` is named only when the caller may read that citizen; everyone else sees `occupied: true` and `occupant: null`. Naming occupants writes one audit row (`read` of `facility_occupants`). ' +
      '403 without `readFigures` there; 404 for an unknown id, another municipality\'s or a non-facility unit.',
  },
};

/** Facilities and their occupancy (belægning), for those who may read figures of that part of the tree. */
export const facilityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/facilities', { schema: { ...docs.list, response: { 200: dataOf(z.array(FacilitySummary)) }, tags: ['organisation'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const rows = await listFacilityFigures(tx, ctx, todayInCopenhagen(), figurePaths(ctx.actor));
      return { data: rows.map(presentFacilityFigures) };
    }),
  );

  app.get('/facilities/:id', { schema: { ...docs.read, params: IdParams, querystring: FacilityQuery, response: { 200: dataOf(FacilityDetail) }, tags: ['organisation'] } }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'facility_occupants', onlyWhenNamed: true }, async (tx, ctx, note) => {
      const today = todayInCopenhagen();
      const to = req.query.to ?? today;
      const period = { from: req.query.from ?? yearEndingOn(to), to };
      const facility = await getFacility(tx, ctx, req.params.id, today, period.to);
      if (!facility) throw notFound('Tilbuddet');
      const facts = { municipalityId: facility.municipality_id, path: facility.path };
      authorize(ctx.actor, 'readFigures', 'org', facts);
      if (period.from > period.to) throw badRequest('Ugyldig periode.', { from: 'Startdatoen skal ligge før slutdatoen.' });

      const rows = await listFacilityPlaces(tx, ctx, facility.id, today, period);
      // Name an occupant only to those who may read that citizen (leaders, staff where they live).
      const named = new Set<string>();
      for (const { occupant } of rows) {
        if (!occupant) continue;
        const citizen: CitizenFacts = {
          id: occupant.citizenId,
          municipalityId: facility.municipality_id,
          unitIds: occupant.unitIds ?? [],
          assignedToActor: occupant.assignedToActor,
        };
        if (can(ctx.actor, 'read', 'citizen', citizen)) named.add(citizen.id);
      }
      Object.assign(note, { entityId: facility.id, citizenIds: [...named] });
      return { data: presentFacility(facility, rows, period, named, abilities(ctx.actor, 'org', facts)) };
    }),
  );
};
