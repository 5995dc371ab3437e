import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { abilities, authorize, type OrgFacts } from '../../access/index.js';
import { auditedRoute } from '../../citizen-route.js';
import { withTenant, type RequestCtx } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { dataOf } from '../../../contracts/common.js';
import { IdParams } from '../../../contracts/organisation.js';
import { OrgUnitProfile, PublicDescription, PutProfileBody } from '../../../contracts/facility-profiles.js';
import { EMPTY_PROFILE, effectiveProfile, toStored } from './effective.js';
import { FLAG_LABELS, REFERRAL_FLAGS } from '../../../domain/visitation/types.js';
import { getOwnProfile, getProfileTarget, listMethods, listPlacesUnder, municipalityExists, municipalityName, saveProfile, type ProfileTarget } from './queries.js';
import { presentPublicDescription, summarisePlaces } from './presenter.js';

const facts = (t: ProfileTarget): OrgFacts => ({ municipalityId: t.municipality_id, path: t.path });

const docs = {
  read: {
    summary: "A facility's or unit's profile (tilbudsprofil)",
    description:
      'Its own fields (on a unit null = as the facility), its facility\'s, the merged `effective` profile matching reads (lists add, scalars fall back), ' +
      'and what its active places are approved for (legal bases, target groups) with their physical standards. `version` 0: no profile of its own yet. ' +
      'Any signed-in user of the municipality (organisation data, no citizen\'s); `abilities.edit` for admins there and the facility\'s or unit\'s leaders. 404 for another kind of unit, another municipality\'s or an unknown id.',
  },
  put: {
    summary: "Save a facility's or unit's profile",
    description:
      'The whole profile with the `version` read (0 for the first save); a stale one answers 409 with the current profile. ' +
      '400 with `fields` for an unknown method code (`methods`) or municipality (`areaMunicipalityCode`), `ageTo` below `ageFrom`, a negative rate, a level outside 0–4, a flag both specialised in and excluded (`exclusionCriteria`; on a unit counting its facility\'s). ' +
      'Admins of that part of the tree, the facility leader (facility and units), a unit leader (their unit); others in the municipality 403. Audited (`update` of `org_unit_profile`, no citizens).',
  },
  publicDescription: {
    summary: "A facility's public description (Tilbudsportalen's published facts)",
    description:
      'Name, address, contact (phone, website), offer types as \'<§> (<tekst>)\', target groups as \'<fra> til <til> år (<målgrupper>)\', places in total, the Tilbudsportalen id, methods, area and the description. ' +
      'For a unit: its facility\'s, as the unit refines it, counting the unit\'s places. Public data: any signed-in user of the municipality; no citizen, rate or exclusion criteria in it.',
  },
};

/** The target, its own and its facility's rows, the merged profile and the places: what both reads build on. */
async function loadProfile(tx: Queryable, ctx: RequestCtx, target: ProfileTarget) {
  const own = await getOwnProfile(tx, ctx, target.id);
  const facilityRow = target.kind === 'unit' ? await getOwnProfile(tx, ctx, target.facility_id) : undefined;
  const methods = await listMethods(tx);
  const ownProfile = own ? toStored(own) : EMPTY_PROFILE;
  const facility = target.kind === 'unit' ? (facilityRow ? toStored(facilityRow) : EMPTY_PROFILE) : null;
  const effective = target.kind === 'unit' ? effectiveProfile(facility, ownProfile, methods.map((m) => m.code)) : ownProfile;
  const places = summarisePlaces(await listPlacesUnder(tx, ctx, target.path));
  return { own, ownProfile, facility, effective, places, methods };
}

async function present(tx: Queryable, ctx: RequestCtx, target: ProfileTarget): Promise<OrgUnitProfile> {
  const { own, ownProfile, facility, effective, places, methods } = await loadProfile(tx, ctx, target);
  return {
    orgUnit: { id: target.id, name: target.name, kind: target.kind, facilityId: target.facility_id, facilityName: target.facility_name },
    own: ownProfile,
    facility,
    effective,
    places,
    version: own?.version ?? 0,
    updatedAt: own ? new Date(own.updated_at).toISOString() : null,
    updatedByName: own?.updated_by_name ?? null,
    methodOptions: methods,
    abilities: { edit: abilities(ctx.actor, 'org_unit_profile', facts(target)).edit ?? false },
  };
}

async function readableTarget(tx: Queryable, ctx: RequestCtx, id: string): Promise<ProfileTarget> {
  const target = await getProfileTarget(tx, ctx, id);
  if (!target) throw notFound('Tilbuddet eller afdelingen');
  authorize(ctx.actor, 'read', 'org_unit_profile', facts(target));
  return target;
}

/** Facility profiles: read by everyone in the municipality, kept by admins and the facility's leaders. */
export const facilityProfileRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/org-units/:id/profile', { schema: { ...docs.read, params: IdParams, response: { 200: dataOf(OrgUnitProfile) }, tags: ['facility-profiles'] } }, (req) =>
    withTenant(req, async (tx, ctx) => ({ data: await present(tx, ctx, await readableTarget(tx, ctx, req.params.id)) })),
  );

  app.put(
    '/org-units/:id/profile',
    { schema: { ...docs.put, params: IdParams, body: PutProfileBody, response: { 200: dataOf(OrgUnitProfile) }, tags: ['facility-profiles'] } },
    (req) =>
      auditedRoute(req, { action: 'update', entity: 'org_unit_profile' }, async (tx, ctx, note) => {
        const target = await readableTarget(tx, ctx, req.params.id);
        authorize(ctx.actor, 'edit', 'org_unit_profile', facts(target));
        const body = req.body;
        const current = await getOwnProfile(tx, ctx, target.id);
        const stale = async () => conflict('Profilen er ændret af en anden i mellemtiden. Se den nye udgave.', await present(tx, ctx, target));
        if ((current?.version ?? 0) !== body.version) throw await stale();
        const order = (await listMethods(tx)).map((m) => m.code);
        const unknown = body.methods.filter((c) => !order.includes(c));
        if (unknown.length) throw badRequest('Profilen kan ikke gemmes.', { methods: `Ukendt metode eller specialisering: ${unknown.join(', ')}.` });
        // A flag cannot be both a specialisation (it counts as covered) and an exclusion criterion,
        // on a unit counting its facility's, since the unit's lists add to those.
        const facility = target.kind === 'unit' ? await getOwnProfile(tx, ctx, target.facility_id) : undefined;
        const specialised = new Set([...body.methods, ...(facility?.methods ?? [])]);
        const both = REFERRAL_FLAGS.filter((f) => specialised.has(f) && (body.exclusionCriteria.includes(f) || (facility?.exclusion_criteria ?? []).includes(f)));
        if (both.length) {
          throw badRequest('Profilen kan ikke gemmes.', {
            exclusionCriteria: `${both.map((f) => FLAG_LABELS[f]).join(', ')} kan ikke både være en specialisering og et eksklusionskriterium.`,
          });
        }
        // Stored in the catalogue's order, as the merge answers them.
        body.methods = order.filter((c) => body.methods.includes(c));
        if (body.areaMunicipalityCode !== null && !(await municipalityExists(tx, body.areaMunicipalityCode))) {
          throw badRequest('Profilen kan ikke gemmes.', { areaMunicipalityCode: 'Ukendt kommune.' });
        }
        if (!(await saveProfile(tx, ctx, target.id, body))) throw await stale();
        // The fields that changed, by name (organisation data: the values are in the profile itself).
        const before: Record<string, unknown> = current ? toStored(current) : EMPTY_PROFILE;
        const changed = Object.entries(body).filter(([k, v]) => k !== 'version' && JSON.stringify(v) !== JSON.stringify(before[k])).map(([k]) => k);
        Object.assign(note, { entityId: target.id, detail: { kind: target.kind, changed } });
        return { data: await present(tx, ctx, target) };
      }),
  );

  app.get(
    '/org-units/:id/public-description',
    { schema: { ...docs.publicDescription, params: IdParams, response: { 200: dataOf(PublicDescription) }, tags: ['facility-profiles'] } },
    (req) =>
      withTenant(req, async (tx, ctx) => {
        const target = await readableTarget(tx, ctx, req.params.id);
        const { effective, places, methods } = await loadProfile(tx, ctx, target);
        const area = effective.areaMunicipalityCode ? await municipalityName(tx, effective.areaMunicipalityCode) : null;
        return { data: presentPublicDescription(target, effective, places, methods, area) };
      }),
  );
};
