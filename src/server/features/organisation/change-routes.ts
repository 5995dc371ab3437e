import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { abilities, authorize, type OrgFacts } from '../../access/index.js';
import { auditedRoute } from '../../citizen-route.js';
import { withTenant, type RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { isoTimestamp } from '../../present.js';
import { formatDanishDate, todayInCopenhagen } from '../../../domain/dates.js';
import { dataOf } from '../../../contracts/common.js';
import { IdParams, MoveOrgUnitBody, OccupancyTargets, OrgUnit, OrgUnitMove, SetTargetBody } from '../../../contracts/organisation.js';
import { getOrgUnit, type OrgUnitRow } from './queries.js';
import { insertMove, lastMoveDate, listMoves, lockTree, moveSubtree } from './move-queries.js';
import { effectiveTargets, ownTargets, setTarget, yearOf } from './target-queries.js';
import { presentOrgUnit } from './presenter.js';
import { isWithin, kindNames, misfitReason, targetKinds } from './tree.js';

const org = (row: { municipality_id: string; path: string }): OrgFacts => ({ municipalityId: row.municipality_id, path: row.path });

const ADMIN = 'Admins of that part of the tree (`manage`).';

/** What each route does, who may call it and what it audits: its OpenAPI summary and description (docs/API.md). */
const docs = {
  move: {
    summary: 'Move a unit (and its subtree) under another parent',
    description:
      'The unit keeps its id, so its places, placements, roles and figures follow it; its own and every descendant\'s `path` are rewritten in the same transaction, so access follows at once (leaders above the new parent gain it, those above the old lose it). ' +
      'The kind must fit the new parent (400 `fields.parentId`), and a unit cannot go under itself or one of its own (400 `fields.parentId`); an active unit not under an inactive parent. ' +
      '`effectiveDate` defaults to today, never later, nor before the unit\'s last move (400 `fields.effectiveDate`). A stale `version` answers 409. ' +
      'The move is kept in the unit\'s history and audited (`update` of `org_unit_move`). ' + ADMIN + ' on the unit and on the new parent.',
  },
  moves: {
    summary: "A unit's moves, newest first",
    description: 'From which parent to which, from when and by whom. ' + ADMIN,
  },
  targets: {
    summary: "A unit's occupancy targets",
    description:
      'Its own targets by year, and the target that applies this year and next: its own, else the nearest above it (area, center, municipality), else the default 94 % (seed 000). ' +
      'Targets are set on a municipality, center, area or facility (`settable`). ' + ADMIN,
  },
  setTarget: {
    summary: "Set (or remove) a unit's occupancy target for a year",
    description:
      '`year` 2000–2199; `targetPct` 50–100 with at most one decimal (400 `fields.targetPct`); null removes the unit\'s own target, so the one above applies. Only on a municipality, center, area or facility (400 `fields.id`). ' +
      'Every occupancy figure of that year below the unit is held against it. Audited (`update` of `occupancy_target`). ' + ADMIN,
  },
};

/** The unit, or 404; 403 unless the actor manages it. */
async function managedUnit(tx: Queryable, ctx: RequestCtx, id: string): Promise<OrgUnitRow> {
  const unit = await getOrgUnit(tx, ctx, id);
  if (!unit) throw notFound('Enheden');
  authorize(ctx.actor, 'manage', 'org', org(unit));
  return unit;
}

/** The checks on a move's target, each a Danish reason on `parentId`. */
function refuseParent(unit: OrgUnitRow, parent: OrgUnitRow | undefined): string | null {
  if (!parent) return 'Den nye overordnede enhed findes ikke.';
  if (isWithin(unit.path, parent.path)) return 'En enhed kan ikke flyttes ind under sig selv eller en af sine egne underenheder.';
  if (parent.id === unit.parent_id) return `Enheden ligger allerede under ${parent.name}.`;
  const misfit = misfitReason(parent.kind, unit.kind);
  if (misfit) return misfit;
  if (unit.active && !parent.active) return 'Den nye overordnede enhed er deaktiveret.';
  return null;
}

/** Reorganisations (moves in the tree) and occupancy targets per unit and year: admins keep both. */
export const changeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post('/org-units/:id/move', { schema: { ...docs.move, params: IdParams, body: MoveOrgUnitBody, response: { 200: dataOf(OrgUnit) }, tags: ['organisation'] } }, (req) =>
    auditedRoute(req, { action: 'update', entity: 'org_unit_move' }, async (tx, ctx, note) => {
      await lockTree(tx, ctx);
      const unit = await managedUnit(tx, ctx, req.params.id);
      const stale = (current: OrgUnitRow) =>
        conflict('Enheden er ændret af en anden i mellemtiden. Se den nye udgave.', presentOrgUnit(current, abilities(ctx.actor, 'org', org(current))));
      if (unit.version !== req.body.version) throw stale(unit);
      if (!unit.parent_id) throw badRequest('Enheden kan ikke flyttes.', { parentId: `En ${kindNames[unit.kind]} ligger øverst og kan ikke flyttes.` });
      const parent = await getOrgUnit(tx, ctx, req.body.parentId);
      const refused = refuseParent(unit, parent);
      if (refused || !parent) throw badRequest('Enheden kan ikke flyttes dertil.', { parentId: refused ?? '' });
      authorize(ctx.actor, 'manage', 'org', org(parent));

      const today = todayInCopenhagen();
      const effectiveDate = req.body.effectiveDate ?? today;
      if (effectiveDate > today) throw badRequest('Ugyldig dato.', { effectiveDate: 'Flytningen kan ikke gælde fra en dato efter i dag.' });
      const last = await lastMoveDate(tx, ctx, unit.id);
      if (last && effectiveDate < last) {
        throw badRequest('Ugyldig dato.', { effectiveDate: `Enheden blev sidst flyttet med virkning fra ${formatDanishDate(last)}. Vælg den dato eller senere.` });
      }
      if ((await moveSubtree(tx, ctx, unit, parent, req.body.version)) === 0) throw stale((await getOrgUnit(tx, ctx, unit.id))!);
      const moveId = await insertMove(tx, ctx, { unitId: unit.id, fromParentId: unit.parent_id, toParentId: parent.id, effectiveDate });
      Object.assign(note, { entityId: unit.id, detail: { moveId, fromParentId: unit.parent_id, toParentId: parent.id, effectiveDate } });
      const moved = (await getOrgUnit(tx, ctx, unit.id))!;
      return { data: presentOrgUnit(moved, abilities(ctx.actor, 'org', org(moved))) };
    }),
  );

  app.get('/org-units/:id/moves', { schema: { ...docs.moves, params: IdParams, response: { 200: dataOf(z.array(OrgUnitMove)) }, tags: ['organisation'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const unit = await managedUnit(tx, ctx, req.params.id);
      const rows = await listMoves(tx, ctx, unit.id);
      return {
        data: rows.map((r) => ({
          id: r.id,
          fromParent: { id: r.from_id, name: r.from_name },
          toParent: { id: r.to_id, name: r.to_name },
          effectiveDate: r.effective_date,
          movedBy: r.moved_by,
          movedAt: isoTimestamp(r.moved_at),
        })),
      };
    }),
  );

  const targetsOf = async (tx: Queryable, ctx: RequestCtx, unit: OrgUnitRow): Promise<OccupancyTargets> => {
    const year = yearOf(todayInCopenhagen());
    const [own, effective] = [await ownTargets(tx, ctx, unit.id), await effectiveTargets(tx, ctx, unit.path, [year, year + 1])];
    return {
      own: own.map((t) => ({ year: t.year, targetPct: t.target_pct, setBy: t.set_by, setAt: isoTimestamp(t.set_at) })),
      effective: effective.map((e) => ({ year: e.year, targetPct: e.target_pct, source: e.source_id ? { id: e.source_id, name: e.source_name! } : null })),
      settable: targetKinds.includes(unit.kind),
    };
  };

  app.get('/org-units/:id/occupancy-targets', { schema: { ...docs.targets, params: IdParams, response: { 200: dataOf(OccupancyTargets) }, tags: ['organisation'] } }, (req) =>
    withTenant(req, async (tx, ctx) => ({ data: await targetsOf(tx, ctx, await managedUnit(tx, ctx, req.params.id)) })),
  );

  app.post('/org-units/:id/occupancy-targets', { schema: { ...docs.setTarget, params: IdParams, body: SetTargetBody, response: { 200: dataOf(OccupancyTargets) }, tags: ['organisation'] } }, (req) =>
    auditedRoute(req, { action: 'update', entity: 'occupancy_target' }, async (tx, ctx, note) => {
      const unit = await managedUnit(tx, ctx, req.params.id);
      if (!targetKinds.includes(unit.kind)) {
        throw badRequest('Målet kan ikke sættes her.', { id: 'Et belægningsmål sættes på et tilbud, et område, et center eller kommunen; en afdeling følger sit tilbud.' });
      }
      await setTarget(tx, ctx, unit.id, req.body.year, req.body.targetPct);
      Object.assign(note, { entityId: unit.id, detail: { year: req.body.year, targetPct: req.body.targetPct } });
      return { data: await targetsOf(tx, ctx, unit) };
    }),
  );
};
