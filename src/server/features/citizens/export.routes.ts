import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sendExport, type ExportDefinition } from '../../exports/index.js';
import { renderSheet, XLSX, type SheetColumn } from '../../exports/xlsx.js';
import { maskCprsIn } from '../../../domain/cpr.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { CitizenListQuery, type CitizenListFilter } from '../../../contracts/citizens.js';
import { fileResponse } from '../../../contracts/common.js';
import { requireOwnUnitFilter } from './guard.js';
import { listCitizensForActor } from './queries.js';
import { presentCitizenListItem } from './presenter.js';

type Row = Pick<ReturnType<typeof presentCitizenListItem>, 'name' | 'age' | 'unitName' | 'facilityName' | 'nextFollowUp'>;

// The list's overview, never its journal excerpts or a CPR number: a spreadsheet leaves the system.
const columns: Array<SheetColumn<Row>> = [
  { header: 'Navn', width: 28, value: (c) => c.name },
  { header: 'Alder', width: 8, value: (c) => c.age },
  { header: 'Afdeling', width: 24, value: (c) => c.unitName },
  { header: 'Tilbud', width: 28, value: (c) => c.facilityName },
  { header: 'Næste opfølgning', width: 18, value: (c) => c.nextFollowUp?.date ?? null, date: true },
  { header: 'Overskredet', width: 13, value: (c) => (c.nextFollowUp ? (c.nextFollowUp.overdue ? 'Ja' : 'Nej') : null) },
];

/**
 * Mine borgere as a spreadsheet: the citizens GET /citizens lists for the same filters, as it
 * presents them. Downloaded at once here, or as a job with progress (POST /api/exports, the web's button).
 */
export const citizenListXlsx: ExportDefinition<CitizenListFilter, { rows: Row[]; today: string }> = {
  entity: 'citizen_list',
  asJob: { params: CitizenListQuery, check: (ctx, query) => requireOwnUnitFilter(ctx, query.unitId) },
  read: async (tx, ctx, query) => {
    requireOwnUnitFilter(ctx, query.unitId);
    const today = todayInCopenhagen();
    const listed = await listCitizensForActor(tx, ctx, query);
    // Presented as the list presents them (the policy's field rules), then cut to the sheet's columns.
    const rows: Row[] = listed.map((r) => {
      const { name, age, unitName, facilityName, nextFollowUp } = presentCitizenListItem(r, ctx.actor, today);
      return { name, age, unitName, facilityName, nextFollowUp };
    });
    const detail = { format: 'xlsx', q: query.q && maskCprsIn(query.q), unitId: query.unitId, rows: rows.length };
    return { data: { rows, today }, citizenIds: listed.map((r) => r.id), detail };
  },
  render: async ({ rows, today }) => ({
    fileName: `mine-borgere-${today}.xlsx`,
    contentType: XLSX,
    body: await renderSheet('Mine borgere', columns, rows),
  }),
};

export const citizenExportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/citizens/export.xlsx', { schema: { querystring: CitizenListQuery, response: { 200: fileResponse(XLSX, 'Mine borgere som regneark (Excel).') }, tags: ['citizens'] } }, (req, reply) =>
    sendExport(req, reply, citizenListXlsx, req.query),
  );
};
