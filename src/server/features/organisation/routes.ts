import { randomUUID } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { abilities, authorize, type OrgFacts } from '../../access/index.js';
import { auditedRoute } from '../../citizen-route.js';
import { withTenant } from '../../context.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { formatDanishDate, todayInCopenhagen } from '../../../domain/dates.js';
import { assertTargetGroups } from '../catalogue/queries.js';
import { dataOf } from '../../../contracts/common.js';
import { CreateOrgUnitBody, CreatePlaceBody, IdParams, OrgUnit, Place, UpdateOrgUnitBody, UpdatePlaceBody } from '../../../contracts/organisation.js';
import {
  countActiveDependants,
  firstPlacementStart,
  getOrgUnit,
  getPlace,
  insertOrgUnit,
  insertPlace,
  listOrgUnits,
  placeInUseFrom,
  setPlaceTargetGroups,
  updateOrgUnit,
  updatePlace,
  type OrgUnitRow,
  type PlaceRow,
} from './queries.js';
import { presentOrgUnit, presentPlace } from './presenter.js';
import { childPath, misfitReason } from './tree.js';
import { facilityRoutes } from './facility-routes.js';
import { changeRoutes } from './change-routes.js';
import { lockTree } from './move-queries.js';

const org = (row: { municipality_id: string; path: string }): OrgFacts => ({ municipalityId: row.municipality_id, path: row.path });
const changedFields = (body: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(body).filter(([k, v]) => k !== 'version' && v !== undefined));

/**
 * 400 on `activeFrom` unless the place's validity may start then: not after its first move-in or its
 * deactivation. A later day than today plans the place: it counts and takes move-ins from that day.
 */
function assertActiveFrom(activeFrom: string, limits: { firstMoveIn?: string | null; activeUntil?: string | null } = {}): void {
  const refuse = (reason: string) => badRequest('Ugyldig dato for Aktiv fra.', { activeFrom: reason });
  if (limits.firstMoveIn && activeFrom > limits.firstMoveIn) {
    throw refuse(`Den første indflytning på pladsen var ${formatDanishDate(limits.firstMoveIn)}. Aktiv fra kan ikke ligge senere.`);
  }
  if (limits.activeUntil && activeFrom > limits.activeUntil) {
    throw refuse(`Pladsen blev deaktiveret ${formatDanishDate(limits.activeUntil)}. Aktiv fra kan ikke ligge senere.`);
  }
}

const ADMIN = 'Admins of that part of the tree (`manage`); writes are audited (`create`/`update`, no citizens).';

/** What each route does, who may call it and what it audits: its OpenAPI summary and description (docs/API.md). */
const docs = {
  tree: {
    summary: "The municipality's organisation tree",
    description: 'Flat, depth first with siblings by name. Any signed-in user (names only, no figures).',
  },
  createUnit: {
    summary: 'Add a unit to the tree',
    description:
      'The kind must fit the parent: municipality → center → area? → facility → unit (area optional), else 400 `fields.kind`; an inactive parent 400. ' +
      'The follow-up interval is inherited from the parent. ' +
      ADMIN,
  },
  updateUnit: {
    summary: 'Rename, (de)activate or set the follow-up interval of a unit',
    description:
      'Units are deactivated, never deleted: not while they have active sub-units or places (400 `fields.active`), and reactivated only under an active parent. A stale `version` answers 409. ' +
      ADMIN,
  },
  createPlace: {
    summary: 'Add a place to a unit',
    description:
      '`unitId` must be a unit (afdeling), `legalBasis` one of the catalogue\'s `placeLegalBases`, codes from the target-group catalogue; `activeFrom` defaults to today, and a later day plans the place: it counts towards occupancy and takes move-ins only from then. ' +
      ADMIN,
  },
  updatePlace: {
    summary: 'Change, (de)activate or reopen a place',
    description:
      'An occupied place, or one with a later move-in, cannot be deactivated. Deactivating sets `activeUntil` to today; reactivating clears it (the days between count as vacant). ' +
      '`activeFrom` may not be later than the first move-in or the deactivation (400 `fields.activeFrom`); a later day than today plans the place. Deactivating a planned place closes it on its first day (it never counted). A stale `version` answers 409. ' +
      ADMIN,
  },
};

/** The organisation tree, places and occupancy. Admins keep the tree; everyone sees its names. */
export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/org-units', { schema: { ...docs.tree, response: { 200: dataOf(z.array(OrgUnit)) }, tags: ['organisation'] } }, (req) =>
    withTenant(req, async (tx, ctx) => {
      const rows = await listOrgUnits(tx, ctx);
      return { data: rows.map((r) => presentOrgUnit(r, abilities(ctx.actor, 'org', org(r)))) };
    }),
  );

  app.post('/org-units', { schema: { ...docs.createUnit, body: CreateOrgUnitBody, response: { 201: dataOf(OrgUnit) }, tags: ['organisation'] } }, (req, reply) =>
    auditedRoute(req, { action: 'create', entity: 'org_unit' }, async (tx, ctx, note) => {
      await lockTree(tx, ctx); // the parent's path stays as read until this unit is in
      const { parentId, kind, name } = req.body;
      const parent = await getOrgUnit(tx, ctx, parentId);
      if (!parent) throw notFound('Den overordnede enhed');
      authorize(ctx.actor, 'manage', 'org', org(parent));
      const misfit = misfitReason(parent.kind, kind);
      if (misfit) throw badRequest('Enheden passer ikke ind i organisationen.', { kind: misfit });
      if (!parent.active) throw badRequest('Enheden kan ikke oprettes.', { parentId: 'Den overordnede enhed er deaktiveret.' });
      const id = randomUUID();
      const row = await insertOrgUnit(tx, ctx, { id, parent, kind, name, path: childPath(parent.path, id) });
      Object.assign(note, { entityId: id, detail: { kind, name, parentId } });
      reply.code(201);
      return { data: presentOrgUnit(row, abilities(ctx.actor, 'org', org(row))) };
    }),
  );

  app.patch('/org-units/:id', { schema: { ...docs.updateUnit, params: IdParams, body: UpdateOrgUnitBody, response: { 200: dataOf(OrgUnit) }, tags: ['organisation'] } }, (req) =>
    auditedRoute(req, { action: 'update', entity: 'org_unit' }, async (tx, ctx, note) => {
      await lockTree(tx, ctx); // (de)activation checks the parent and the children: no move meanwhile
      const unit = await getOrgUnit(tx, ctx, req.params.id);
      if (!unit) throw notFound('Enheden');
      authorize(ctx.actor, 'manage', 'org', org(unit));
      const stale = (current: OrgUnitRow) =>
        conflict('Enheden er ændret af en anden i mellemtiden. Se den nye udgave.', presentOrgUnit(current, abilities(ctx.actor, 'org', org(current))));
      if (unit.version !== req.body.version) throw stale(unit);
      if (req.body.active === false && unit.active && (await countActiveDependants(tx, ctx, unit.id)) > 0) {
        throw badRequest('Enheden kan ikke deaktiveres.', { active: 'Enheden har aktive underenheder eller pladser. Deaktivér dem først.' });
      }
      if (req.body.active === true && !unit.active && unit.parent_id) {
        const parent = await getOrgUnit(tx, ctx, unit.parent_id);
        if (!parent?.active) throw badRequest('Enheden kan ikke aktiveres.', { active: 'Den overordnede enhed er deaktiveret.' });
      }
      const row = await updateOrgUnit(tx, ctx, unit.id, req.body);
      if (!row) throw stale((await getOrgUnit(tx, ctx, unit.id))!);
      Object.assign(note, { entityId: unit.id, detail: changedFields(req.body) });
      return { data: presentOrgUnit(row, abilities(ctx.actor, 'org', org(row))) };
    }),
  );

  app.post('/places', { schema: { ...docs.createPlace, body: CreatePlaceBody, response: { 201: dataOf(Place) }, tags: ['organisation'] } }, (req, reply) =>
    auditedRoute(req, { action: 'create', entity: 'place' }, async (tx, ctx, note) => {
      const unit = await getOrgUnit(tx, ctx, req.body.unitId);
      if (!unit) throw notFound('Afdelingen');
      authorize(ctx.actor, 'manage', 'org', org(unit));
      if (unit.kind !== 'unit') throw badRequest('Pladsen kan ikke oprettes.', { unitId: 'En plads hører til en afdeling.' });
      if (!unit.active) throw badRequest('Pladsen kan ikke oprettes.', { unitId: 'Afdelingen er deaktiveret.' });
      const today = todayInCopenhagen();
      const activeFrom = req.body.activeFrom ?? today;
      await assertTargetGroups(tx, req.body.targetGroupCodes);
      const id = await insertPlace(tx, ctx, { ...req.body, activeFrom });
      await setPlaceTargetGroups(tx, ctx, id, req.body.targetGroupCodes);
      Object.assign(note, { entityId: id, detail: { unitId: unit.id, name: req.body.name } });
      reply.code(201);
      return { data: presentPlace((await getPlace(tx, ctx, id))!) };
    }),
  );

  app.patch('/places/:id', { schema: { ...docs.updatePlace, params: IdParams, body: UpdatePlaceBody, response: { 200: dataOf(Place) }, tags: ['organisation'] } }, (req) =>
    auditedRoute(req, { action: 'update', entity: 'place' }, async (tx, ctx, note) => {
      const place = await getPlace(tx, ctx, req.params.id);
      if (!place) throw notFound('Pladsen');
      authorize(ctx.actor, 'manage', 'org', { municipalityId: place.municipality_id, path: place.unit_path });
      const stale = (current: PlaceRow) => conflict('Pladsen er ændret af en anden i mellemtiden. Se den nye udgave.', presentPlace(current));
      if (place.version !== req.body.version) throw stale(place);
      const today = todayInCopenhagen();
      if (req.body.active === false && place.active && (await placeInUseFrom(tx, ctx, place.id, today))) {
        throw badRequest('Pladsen kan ikke deaktiveres.', { active: 'Pladsen er optaget eller har en kommende indflytning. Afslut opholdet først.' });
      }
      if (req.body.active === true && !place.active && !place.unit_active) {
        throw badRequest('Pladsen kan ikke aktiveres.', { active: 'Afdelingen er deaktiveret.' });
      }
      if (req.body.activeFrom && req.body.activeFrom !== place.active_from) {
        const stillClosed = req.body.active === true ? null : place.active_until;
        assertActiveFrom(req.body.activeFrom, { firstMoveIn: await firstPlacementStart(tx, ctx, place.id), activeUntil: stillClosed });
      }
      if (req.body.targetGroupCodes) await assertTargetGroups(tx, req.body.targetGroupCodes);
      if (!(await updatePlace(tx, ctx, place.id, req.body, today))) throw stale((await getPlace(tx, ctx, place.id))!);
      if (req.body.targetGroupCodes) await setPlaceTargetGroups(tx, ctx, place.id, req.body.targetGroupCodes);
      Object.assign(note, { entityId: place.id, detail: changedFields(req.body) });
      return { data: presentPlace((await getPlace(tx, ctx, place.id))!) };
    }),
  );

  await app.register(facilityRoutes);
  await app.register(changeRoutes);
};
