import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize } from '../../access/index.js';
import { requireCitizen } from '../../access/gate.js';
import { auditedRoute } from '../../citizen-route.js';
import { badRequest, notFound } from '../../errors.js';
import { sendExport } from '../../exports/index.js';
import { PDF } from '../../exports/pdf.js';
import { fileResponse } from '../../../contracts/common.js';
import {
  AdverseEventFollowUpBody, AdverseEventList, AdverseEventListQuery, AdverseEventParams, AdverseEventResponse, ReportAdverseEventBody,
} from '../../../contracts/incidents.js';
import { leaderPaths } from './access.js';
import { dpsdJson, dpsdPdf } from './dpsd-export.js';
import { severityOf } from './dpsd.js';
import { admitIncident, assertNotFuture, seesAll, stale } from './guard.js';
import { administrationExists, followUpAdverseEvent, getAdverseEvent, getUnit, insertAdverseEvent, listAdverseEvents } from './queries.js';
import { citizenFacts, incidentFacts, presentAdverseEvent, presentAdverseEventItem } from './presenter.js';

const tags = ['incidents'];
const WHAT = 'Hændelsen';
const invalid = (fields: Record<string, string>) => badRequest('Ugyldige oplysninger.', fields);

/**
 * Adverse events (utilsigtede hændelser): reported by whoever cares for the citizen (or works on the
 * unit, for an event about no citizen), read by the reporter and the unit's leaders, followed up by
 * the leaders, exported in the DPSD form's order. Every read names the citizen in the audit log.
 */
export const adverseEventRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/adverse-events', { schema: { body: ReportAdverseEventBody, response: { 201: AdverseEventResponse }, tags } }, (req, reply) => {
    reply.status(201);
    return auditedRoute(req, { action: 'create', entity: 'adverse_event' }, async (tx, ctx, note) => {
      const input = req.body;
      const severity = severityOf(input.actualConsequence, input.possibleConsequence);
      if ('errors' in severity) throw invalid(severity.errors);
      assertNotFuture(input.date, input.time);
      const citizen = input.citizenId ? await requireCitizen(tx, ctx, input.citizenId, 'read') : null;
      const unit = await getUnit(tx, ctx, input.unitId);
      if (!unit) throw notFound('Afdelingen');
      if (citizen) {
        authorize(ctx.actor, 'report', 'incident_citizen', citizen);
        if (!citizen.unitIds.includes(unit.id)) throw invalid({ unitId: 'Vælg en afdeling, der yder borgeren en indsats i dag.' });
        note.citizenIds.push(citizen.id);
      } else {
        authorize(ctx.actor, 'report', 'incident_unit', { municipalityId: ctx.actor.municipalityId, unitId: unit.id, path: unit.path });
      }
      if (input.administrationId && !(await administrationExists(tx, ctx, input.administrationId))) {
        throw invalid({ administrationId: 'Medicinregistreringen findes ikke.' });
      }
      const id = await insertAdverseEvent(tx, ctx, input, severity.category);
      Object.assign(note, { entityId: id, detail: { eventType: input.eventType, severity: severity.category } });
      return { data: presentAdverseEvent(ctx.actor, (await getAdverseEvent(tx, ctx, id))!) };
    });
  });

  app.get('/adverse-events', { schema: { querystring: AdverseEventListQuery, response: { 200: AdverseEventList }, tags } }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'adverse_event_list', onlyWhenNamed: true }, async (tx, ctx, note) => {
      const { citizenId, status } = req.query;
      if (citizenId) await requireCitizen(tx, ctx, citizenId, 'read');
      const rows = (await listAdverseEvents(tx, ctx, leaderPaths(ctx.actor), { citizenId, openOnly: status === 'open' }))
        .filter((r) => seesAll(ctx, [citizenFacts(r.citizen)]));
      note.citizenIds = rows.flatMap((r) => (r.citizen_id ? [r.citizen_id] : []));
      return { data: rows.map((r) => presentAdverseEventItem(ctx.actor, r)) };
    }),
  );

  app.get('/adverse-events/:eventId', { schema: { params: AdverseEventParams, response: { 200: AdverseEventResponse }, tags } }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'adverse_event' }, async (tx, ctx, note) => {
      const row = await getAdverseEvent(tx, ctx, req.params.eventId);
      const citizens = await admitIncident(tx, ctx, row, [row?.citizen_id], WHAT);
      Object.assign(note, { entityId: row!.id, citizenIds: citizens.map((c) => c.id) });
      return { data: presentAdverseEvent(ctx.actor, row!) };
    }),
  );

  app.patch('/adverse-events/:eventId/follow-up', {
    schema: { params: AdverseEventParams, body: AdverseEventFollowUpBody, response: { 200: AdverseEventResponse }, tags },
  }, (req) =>
    auditedRoute(req, { action: 'update', entity: 'adverse_event' }, async (tx, ctx, note) => {
      const row = await getAdverseEvent(tx, ctx, req.params.eventId);
      const citizens = await admitIncident(tx, ctx, row, [row?.citizen_id], WHAT);
      Object.assign(note, { entityId: row!.id, citizenIds: citizens.map((c) => c.id), detail: { status: req.body.status } });
      authorize(ctx.actor, 'followUp', 'incident', incidentFacts(row!));
      if (row!.version !== req.body.version || (await followUpAdverseEvent(tx, ctx, row!.id, req.body)) === 'stale') throw stale();
      return { data: presentAdverseEvent(ctx.actor, (await getAdverseEvent(tx, ctx, row!.id))!) };
    }),
  );

  const exportDoc = (what: string) => `The report's DPSD fields in the national form's order (${what}), for whoever reads it with its health details. Audited as an \`export\`, naming the citizen.`;
  app.get('/adverse-events/:eventId/dpsd.pdf', {
    schema: { description: exportDoc('PDF'), params: AdverseEventParams, response: { 200: fileResponse(PDF, 'utilsigtet-haendelse-<date>.pdf') }, tags },
  }, (req, reply) => sendExport(req, reply, dpsdPdf, { eventId: req.params.eventId }));
  app.get('/adverse-events/:eventId/dpsd.json', {
    schema: { description: exportDoc('JSON'), params: AdverseEventParams, response: { 200: fileResponse('application/json', 'utilsigtet-haendelse-<date>.json') }, tags },
  }, (req, reply) => sendExport(req, reply, dpsdJson, { eventId: req.params.eventId }));
};
