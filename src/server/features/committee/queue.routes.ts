import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditedRoute, gatedRoute } from '../../citizen-route.js';
import { withTenant } from '../../context.js';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../errors.js';
import { can } from '../../access/policy.js';
import type { Queryable } from '../../db/index.js';
import { sendExport, type ExportDefinition } from '../../exports/index.js';
import { renderSheet, XLSX, type SheetColumn } from '../../exports/xlsx.js';
import { fileResponse } from '../../../contracts/common.js';
import {
  CreatePurchasedPlaceBody, DeadlineOverview, DeadlineTypeParams, EndPurchasedPlaceBody, PurchasedPlaceParams, PurchasedPlaceResponse, ReferralParams,
  SetDeadlineBody, WaitingList, type WaitingRow,
} from '../../../contracts/committee.js';
import { isFinal, STATE_LABELS } from '../../../domain/visitation/committee.js';
import { addMonthsIso, daysBetween, todayInCopenhagen } from '../../../domain/dates.js';
import { requireReferral } from './guard.js';
import {
  deadlineMonths, endPurchased, getPurchased, insertPurchased, isMunicipalityCode, listDeadlineTypes, listOpenPurchases, listQueue, openPurchaseOf,
  ownRates, upsertDeadline,
} from './queries.js';
import { presentPurchased } from './presenter.js';
import { extraCost, isWaiting, queueOrder } from './waiting.js';

const tags = ['committee'];

/** The queue as GET /waiting-list answers it: waiting in queue order with positions, the rest apart, and the totals. */
export async function buildWaitingList(tx: Queryable, today: string): Promise<WaitingList['data']> {
  const [queue, purchases, rates] = [await listQueue(tx), await listOpenPurchases(tx, today), await ownRates(tx)];
  const byReferral = new Map(purchases.map((p) => [p.referralId, presentPurchased(p, today)]));
  const rows: WaitingRow[] = queueOrder(queue).map((q) => ({
    ...q, position: null, stateLabel: STATE_LABELS[q.state], waitingDays: Math.max(0, daysBetween(q.since, today)),
    purchased: byReferral.get(q.referralId) ?? null, ownRateDkk: rates.get(q.legalBasis) ?? null,
  }));
  const waiting = rows.filter((r) => isWaiting(r.state)).map((r, i) => ({ ...r, position: i + 1 }));
  const pending = rows.filter((r) => !isWaiting(r.state));
  const ore = rows.flatMap((r) => (r.purchased ? [extraCost(r.purchased, today)] : []));
  return {
    waiting, pending,
    totals: {
      waiting: waiting.length, pending: pending.length, purchased: ore.length,
      dailyExtraDkk: ore.reduce((s, c) => s + c.dailyExtraOre, 0) / 100,
      extraCostDkk: ore.reduce((s, c) => s + c.extraCostOre, 0) / 100,
    },
  };
}

const sheet: Array<SheetColumn<WaitingRow>> = [
  { header: 'Nr.', width: 6, value: (r) => r.position },
  { header: 'Borger', width: 26, value: (r) => r.citizen.name },
  { header: 'Status', width: 22, value: (r) => r.stateLabel },
  { header: 'Lovgrundlag', width: 12, value: (r) => r.legalBasis },
  { header: 'Målgrupper', width: 30, value: (r) => r.targetGroups.join(', ') },
  { header: 'Hastegrad', width: 10, value: (r) => ({ normal: 'Normal', urgent: 'Haster', acute: 'Akut' })[r.urgency] },
  { header: 'Modtaget', width: 12, value: (r) => r.since, date: true },
  { header: 'Ventedage', width: 10, value: (r) => r.waitingDays },
  { header: 'Købt plads hos', width: 32, value: (r) => r.purchased?.providerName ?? null },
  { header: 'Døgntakst (kr.)', width: 14, value: (r) => r.purchased?.dailyRateDkk ?? null },
  { header: 'Egen takst (kr.)', width: 14, value: (r) => r.purchased?.ownDailyRateDkk ?? null },
  { header: 'Købt fra', width: 12, value: (r) => r.purchased?.startDate ?? null, date: true },
  { header: 'Merudgift (kr.)', width: 14, value: (r) => r.purchased?.extraCostDkk ?? null },
];

/** Venteliste as a spreadsheet (the committee's): the queue, then the referrals not yet on it. */
export const waitingListXlsx: ExportDefinition<Record<string, never>, { rows: WaitingRow[]; today: string }> = {
  entity: 'waiting_list_xlsx',
  read: async (tx, ctx) => {
    if (!can(ctx.actor, 'view', 'waiting_list', null)) throw forbidden();
    const today = todayInCopenhagen();
    const data = await buildWaitingList(tx, today);
    const rows = [...data.waiting, ...data.pending];
    return { data: { rows, today }, citizenIds: [...new Set(rows.map((r) => r.citizen.id))], detail: { format: 'xlsx', rows: rows.length } };
  },
  render: async ({ rows, today }) => ({ fileName: `venteliste-${today}.xlsx`, contentType: XLSX, body: await renderSheet('Venteliste', sheet, rows) }),
};

/** The waiting list with its interim purchased places, and the case-processing deadlines. */
export const queueRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/waiting-list', {
    schema: {
      summary: 'The waiting list (venteliste)',
      description: 'Who waits (state waiting) in queue order — urgency first, then the day received — and, as a group of its own, referrals received or declined and not yet placed; for what (legal basis, target groups), since when, the interim purchased place with its running extra cost (days × (daily rate − own rate)) per citizen and in total. The committee (case workers); audited as a read of `waiting_list` naming every citizen listed.',
      response: { 200: WaitingList }, tags,
    },
  }, (req) =>
    auditedRoute(req, { action: 'read', entity: 'waiting_list', onlyWhenNamed: true }, async (tx, ctx, note) => {
      if (!can(ctx.actor, 'view', 'waiting_list', null)) throw forbidden();
      const data = await buildWaitingList(tx, todayInCopenhagen());
      note.citizenIds = [...data.waiting, ...data.pending].map((r) => r.citizen.id);
      return { data };
    }),
  );

  app.get('/waiting-list/export.xlsx', {
    schema: { summary: 'The waiting list as a spreadsheet', description: 'As GET /waiting-list, one row per referral, no CPR. The committee; audited as an export of `waiting_list_xlsx`.', response: { 200: fileResponse(XLSX, 'Ventelisten som regneark (Excel).') }, tags },
  }, (req, reply) => sendExport(req, reply, waitingListXlsx, {}));

  app.post('/referrals/:referralId/purchased-places', {
    schema: {
      summary: 'Buy an interim place for a waiting citizen',
      description: 'A place bought from another provider while the referral waits, with its daily rate and the own rate it is compared with (default: the average rate of the municipality’s facilities of the legal basis). The committee; 409 when the referral is decided or already has a running purchased place.',
      params: ReferralParams, body: CreatePurchasedPlaceBody, response: { 201: PurchasedPlaceResponse }, tags,
    },
  }, async (req, reply) => {
    const data = await gatedRoute(req, (tx, ctx) => requireReferral(tx, ctx, req.params.referralId, 'purchase', true), { action: 'create', entity: 'purchased_place' },
      async (tx, ctx, { referral }, note) => {
        const today = todayInCopenhagen();
        const b = req.body;
        if (isFinal(referral.state)) throw new AppError(409, 'decided', `Henvisningen er ${STATE_LABELS[referral.state].toLowerCase()}: der købes ikke en plads til den.`);
        if (await openPurchaseOf(tx, referral.id, b.startDate < today ? today : b.startDate)) {
          throw new AppError(409, 'already_purchased', 'Borgeren har allerede en købt plads. Afslut den først.');
        }
        const errors: Record<string, string> = {};
        if (b.providerMunicipalityCode && !(await isMunicipalityCode(tx, b.providerMunicipalityCode))) errors.providerMunicipalityCode = 'Ukendt kommunekode.';
        if (b.startDate < referral.receivedOn) errors.startDate = 'Tidligst den dag henvisningen blev modtaget.';
        const own = b.ownDailyRateDkk ?? (await ownRates(tx)).get(referral.legalBasis);
        if (own === undefined) errors.ownDailyRateDkk = `Angiv kommunens egen døgntakst: ingen af kommunens tilbud efter ${referral.legalBasis} har en takst.`;
        const fields = Object.keys(errors);
        if (fields.length) throw badRequest(fields.length === 1 ? errors[fields[0]] : 'Den købte plads kan ikke oprettes. Se felterne.', errors);
        const id = await insertPurchased(tx, ctx, {
          referralId: referral.id, citizenId: referral.citizenId, providerName: b.providerName, providerMunicipalityCode: b.providerMunicipalityCode ?? null,
          legalBasis: referral.legalBasis, dailyRateDkk: b.dailyRateDkk, ownDailyRateDkk: own!, startDate: b.startDate,
        });
        note.entityId = id;
        note.detail = { referralId: referral.id, dailyRateDkk: b.dailyRateDkk, ownDailyRateDkk: own };
        return presentPurchased((await getPurchased(tx, id))!, today);
      });
    return reply.status(201).send({ data });
  });

  app.post('/purchased-places/:purchasedPlaceId/end', {
    schema: {
      summary: 'End an interim purchased place',
      description: 'The first day no longer bought. The committee; 409 on a stale version or a place already ended.',
      params: PurchasedPlaceParams, body: EndPurchasedPlaceBody, response: { 200: PurchasedPlaceResponse }, tags,
    },
  }, (req) =>
    gatedRoute(req, async (tx, ctx) => {
      const purchase = await getPurchased(tx, req.params.purchasedPlaceId);
      if (!purchase) throw notFound('Den købte plads');
      const admitted = await requireReferral(tx, ctx, purchase.referralId, 'purchase');
      return { ...admitted, purchase, entityId: purchase.id };
    }, { action: 'update', entity: 'purchased_place' }, async (tx, _ctx, { purchase }, note) => {
      const today = todayInCopenhagen();
      const current = async () => presentPurchased((await getPurchased(tx, purchase.id))!, today);
      if (req.body.version !== purchase.version) throw conflict('Den købte plads er ændret af en anden i mellemtiden. Se den nye udgave og prøv igen.', await current());
      if (purchase.endDate !== null) throw new AppError(409, 'ended', 'Den købte plads er allerede afsluttet.');
      if (req.body.endDate < purchase.startDate) throw badRequest('Slutdatoen kan ikke ligge før startdatoen.', { endDate: `Tidligst ${purchase.startDate}.` });
      if (!(await endPurchased(tx, purchase.id, req.body.version, req.body.endDate))) throw conflict('Den købte plads er ændret af en anden i mellemtiden.', await current());
      note.detail = { endDate: req.body.endDate };
      return { data: await current() };
    }),
  );

  app.get('/referral-deadlines', {
    schema: {
      summary: 'Case-processing deadlines and the share decided within them, per month',
      description: 'Each referral type’s deadline (the municipality’s own with its source, else the default) and, per month of the last 12, the referrals decided (placed or refused) and how many within their deadline (decided − received ≤ days). Counts only, no names: not audited. The authority, management and the admin.',
      response: { 200: DeadlineOverview }, tags,
    },
  }, (req) =>
    withTenant(req, async (tx, ctx) => {
      if (!can(ctx.actor, 'view', 'referral_deadlines', null)) throw forbidden();
      const today = todayInCopenhagen();
      const months = await deadlineMonths(tx, `${addMonthsIso(today, -11).slice(0, 7)}-01`);
      return {
        data: {
          types: await listDeadlineTypes(tx),
          months: months.map((m) => ({ ...m, share: m.decided ? m.withinDeadline / m.decided : 0 })),
        },
      };
    }),
  );

  app.patch('/referral-deadlines/:typeCode', {
    schema: {
      summary: 'Set the municipality’s own deadline for a referral type',
      description: 'Days from received to decided, with where the deadline comes from. The admin; audited as an update of `referral_deadline`.',
      params: DeadlineTypeParams, body: SetDeadlineBody, response: { 200: DeadlineOverview }, tags,
    },
  }, (req) =>
    auditedRoute(req, { action: 'update', entity: 'referral_deadline' }, async (tx, ctx, note) => {
      if (!can(ctx.actor, 'change', 'referral_deadlines', { municipalityId: ctx.actor.municipalityId })) throw forbidden();
      const types = await listDeadlineTypes(tx);
      if (!types.some((t) => t.code === req.params.typeCode)) throw notFound('Henvisningstypen');
      await upsertDeadline(tx, ctx, req.params.typeCode, req.body.days, req.body.source);
      note.detail = { typeCode: req.params.typeCode, days: req.body.days };
      const today = todayInCopenhagen();
      const months = await deadlineMonths(tx, `${addMonthsIso(today, -11).slice(0, 7)}-01`);
      return { data: { types: await listDeadlineTypes(tx), months: months.map((m) => ({ ...m, share: m.decided ? m.withinDeadline / m.decided : 0 })) } };
    }),
  );
};
