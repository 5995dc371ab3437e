import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { authorize, can, type Actor } from '../../access/index.js';
import { requireCitizen } from '../../access/gate.js';
import { auditedRoute, citizenRoute, gatedRoute } from '../../citizen-route.js';
import { withTenant, type RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { AppError, badRequest, conflict, notFound } from '../../errors.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import {
  CitizenVisits,
  PlanVisitBody,
  RecordVisitBody,
  TeamOverview,
  TeamOverviewQuery,
  TeamParams,
  VisitParams,
  VisitResponse,
  VisitTeamList,
} from '../../../contracts/visits.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { getOrgUnit } from '../organisation/queries.js';
import { visitTeamPaths } from './access.js';
import { getVisit, insertVisit, listCitizenVisits, listVisitTeams, recordVisit, servingTeams, staffOfUnit, teamCitizens, teamVisits, type VisitRow } from './queries.js';
import { presentTeamCitizen, presentVisit, presentWeekVisit } from './presenter.js';

const tags = ['visits'];

const mayRecord = (actor: Actor, unitId: string) => can(actor, 'record', 'visit', { municipalityId: actor.municipalityId, unitId });
const present = (actor: Actor, row: VisitRow) => presentVisit(row, mayRecord(actor, row.unit_id));

/** 400 on `staffIds` unless every one is active staff or a leader of the team. */
async function assertTeamStaff(tx: Queryable, ctx: RequestCtx, unitId: string, staffIds: string[]) {
  const found = await staffOfUnit(tx, ctx, unitId, staffIds);
  if (staffIds.some((id) => !found.has(id))) {
    throw badRequest('Ugyldige oplysninger.', { staffIds: 'Vælg medarbejdere fra teamet.' });
  }
}

/** Monday and Sunday of the week `day` lies in (YYYY-MM-DD). */
export function weekOf(day: string): [string, string] {
  const d = new Date(`${day}T00:00:00Z`);
  const monday = new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return [monday.toISOString().slice(0, 10), sunday.toISOString().slice(0, 10)];
}

/**
 * Visits (besøg) of a home-support team: a citizen's visits and planning one (citizenRoute), recording
 * how one went (gated by the visit's citizen), and a coordinator's overview of a team (auditedRoute,
 * naming every citizen it lists).
 */
export const visitRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/citizens/:citizenId/visits', { schema: { params: CitizenParams, response: { 200: CitizenVisits }, tags } }, (req) =>
    citizenRoute(req, { action: 'readVisits', audit: { action: 'read', entity: 'visit' } }, async (tx, ctx, citizen) => {
      const rows = await listCitizenVisits(tx, citizen);
      const teams = can(ctx.actor, 'planVisits', 'citizen', citizen)
        ? (await servingTeams(tx, citizen)).filter((t) => can(ctx.actor, 'plan', 'visit', { municipalityId: citizen.municipalityId, unitId: t.id }))
        : [];
      return { data: { visits: rows.map((r) => present(ctx.actor, r)), teams } };
    }),
  );

  app.post('/citizens/:citizenId/visits', { schema: { params: CitizenParams, body: PlanVisitBody, response: { 201: VisitResponse }, tags } }, (req, reply) => {
    reply.status(201); // sent only after the transaction commits; an error replaces it
    return citizenRoute(req, { action: 'planVisits', audit: { action: 'create', entity: 'visit' } }, async (tx, ctx, citizen, audited) => {
      const { unitId, staffIds } = req.body;
      // A team that delivers no running service to the citizen does not visit them.
      if (!citizen.unitIds.includes(unitId)) throw notFound('Teamet');
      authorize(ctx.actor, 'plan', 'visit', { municipalityId: citizen.municipalityId, unitId });
      await assertTeamStaff(tx, ctx, unitId, staffIds);
      const id = await insertVisit(tx, ctx, citizen, req.body);
      Object.assign(audited, { entityId: id, detail: { unitId, date: req.body.date } });
      return { data: present(ctx.actor, (await getVisit(tx, ctx, id))!) };
    });
  });

  app.post('/visits/:visitId/record', { schema: { params: VisitParams, body: RecordVisitBody, response: { 200: VisitResponse }, tags } }, (req) =>
    gatedRoute(
      req,
      async (tx, ctx) => {
        const visit = await getVisit(tx, ctx, req.params.visitId);
        if (!visit) throw notFound('Besøget');
        const citizen = await requireCitizen(tx, ctx, visit.citizen_id, 'readVisits', 'Besøget');
        return { visit, citizen, entityId: visit.id };
      },
      { action: 'update', entity: 'visit' },
      async (tx, ctx, { visit }, audited) => {
        authorize(ctx.actor, 'record', 'visit', { municipalityId: ctx.actor.municipalityId, unitId: visit.unit_id });
        if (visit.status !== 'planned') throw conflict('Besøget er allerede registreret.', present(ctx.actor, visit));
        if (visit.version !== req.body.version) throw conflict('Besøget er ændret af en anden. Se det nye og prøv igen.', present(ctx.actor, visit));
        if (req.body.status === 'done') {
          // A visit is made before it is recorded as made; one planned ahead can only be cancelled.
          if (visit.planned_date > todayInCopenhagen()) throw badRequest('Ugyldige oplysninger.', { status: 'Et besøg i fremtiden kan kun aflyses.' });
          await assertTeamStaff(tx, ctx, visit.unit_id, req.body.staffIds ?? []);
        }
        if ((await recordVisit(tx, ctx, visit, req.body)) === 'stale') {
          // Recorded by someone else between the read and the write: roll back, ask again.
          throw new AppError(409, 'conflict', 'Besøget er ændret af en anden. Prøv igen.');
        }
        audited.detail = { status: req.body.status };
        return { data: present(ctx.actor, (await getVisit(tx, ctx, visit.id))!) };
      },
    ),
  );

  app.get('/visit-teams', { schema: { response: { 200: VisitTeamList }, tags } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const rows = await listVisitTeams(tx, ctx, visitTeamPaths(ctx.actor), todayInCopenhagen());
      return { data: rows.map((r) => ({ id: r.id, name: r.name, facilityName: r.facility_name, citizens: r.citizens })) };
    }),
  );

  app.get('/visit-teams/:unitId', { schema: { params: TeamParams, querystring: TeamOverviewQuery, response: { 200: TeamOverview }, tags } }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'team_visits' }, async (tx, ctx, audited) => {
      const unit = await getOrgUnit(tx, ctx, req.params.unitId);
      // A team the actor does not work on or lead is not there to see.
      if (unit?.kind !== 'unit' || !can(ctx.actor, 'readVisits', 'unit', { municipalityId: ctx.actor.municipalityId, path: unit.path })) {
        throw notFound('Teamet');
      }
      const today = todayInCopenhagen();
      const [weekStart, weekEnd] = weekOf(today);
      const { days } = req.query;
      const [citizens, week] = [await teamCitizens(tx, ctx, unit.id, today, weekStart, weekEnd), await teamVisits(tx, ctx, unit.id, weekStart, weekEnd, today)];
      audited.entityId = unit.id;
      audited.citizenIds = citizens.map((c) => c.id);
      const may = mayRecord(ctx.actor, unit.id);
      return {
        data: {
          team: { id: unit.id, name: unit.name },
          days,
          weekStart,
          weekEnd,
          citizens: citizens.map((c) => presentTeamCitizen(c, today, days)),
          week: week.map((v) => presentWeekVisit(v, may)),
        },
      };
    }),
  );
};
