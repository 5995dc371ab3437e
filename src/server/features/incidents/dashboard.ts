import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { ExportDefinition } from '../../exports/index.js';
import { forbidden } from '../../errors.js';
import { renderSheet, XLSX } from '../../exports/xlsx.js';
import { addMonthsIso, todayInCopenhagen } from '../../../domain/dates.js';
import type { IncidentDashboard } from '../../../contracts/incidents.js';
import { dashboardPaths } from './access.js';
import { incidentCounts, openItems } from './dashboard.queries.js';

type Dashboard = IncidentDashboard['data'];

/** The months shown: from `from` (YYYY-MM; default eleven months back) to this month. */
function monthRange(from: string | undefined, today: string): { fromDay: string; toDay: string; from: string; to: string } {
  const to = today.slice(0, 7);
  const start = from && from <= to ? from : addMonthsIso(`${to}-01`, -11).slice(0, 7);
  return { fromDay: `${start}-01`, toDay: today, from: start, to };
}

/**
 * The dashboard of incidents (Hændelser) for the leaders and the center: counts per facility, month,
 * source and type, and the open follow-ups and overdue work-accident reports per facility. Counts
 * only: no citizen and no free text. 403 for whoever reads no unit's figures.
 */
export async function readDashboard(tx: Queryable, ctx: RequestCtx, from?: string): Promise<Dashboard> {
  const paths = dashboardPaths(ctx.actor);
  if (paths.length === 0) throw forbidden('Kun ledere og centerledelsen ser hændelsesoversigten.');
  const today = todayInCopenhagen();
  const range = monthRange(from, today);
  const [counts, open] = [await incidentCounts(tx, ctx, range.fromDay, range.toDay, paths), await openItems(tx, ctx, today, paths)];
  return {
    from: range.from,
    to: range.to,
    counts: counts.map((r) => ({ facility: { id: r.facility_id, name: r.facility_name }, month: r.month, source: r.source, type: r.type, count: r.count })),
    open: open.map((r) => ({ facility: { id: r.facility_id, name: r.facility_name }, openFollowUps: r.open_follow_ups, overdueWorkAccidents: r.overdue_reports })),
  };
}

const FORCE_FORMS: Record<string, string> = { skema1: 'Skema 1 (akut)', skema2: 'Skema 2 (samlet)', skema3: 'Skema 3', skema4: 'Skema 4 (flytning)', 'bilag-136c': 'Bilag § 136 c' };
const PN_TYPES: Record<string, string> = { pn_given: 'PN givet', pn_over_max: 'PN over maksimum' };
const SOURCE: Record<string, string> = { adverse_event: 'Utilsigtet hændelse', violence: 'Vold og trusler', use_of_force: 'Magtanvendelse', pn: 'PN-medicin' };
const TYPE: Record<string, string> = {
  medication_error: 'Medicinering', fall: 'Fald', infection: 'Infektion', pressure_ulcer: 'Tryksår', sector_transition: 'Sektorovergang',
  physical: 'Fysisk vold', threat: 'Trussel', harassment: 'Chikane', sexual: 'Seksuel krænkelse', other: 'Andet',
  ...FORCE_FORMS, ...PN_TYPES,
};

/** The dashboard's counts as an Excel sheet, through the audited export service. */
export const dashboardXlsx: ExportDefinition<{ from?: string }, Dashboard> = {
  entity: 'incident_dashboard',
  read: async (tx, ctx, { from }) => {
    const data = await readDashboard(tx, ctx, from);
    return { data, citizenIds: [], detail: { from: data.from, to: data.to } };
  },
  render: async (d) => ({
    fileName: `haendelser-${d.from}-${d.to}.xlsx`,
    contentType: XLSX,
    body: await renderSheet('Hændelser', [
      { header: 'Tilbud', width: 30, value: (r) => r.facility.name },
      { header: 'Måned', width: 10, value: (r) => r.month },
      { header: 'Slags', width: 22, value: (r) => SOURCE[r.source] ?? r.source },
      { header: 'Type', width: 22, value: (r) => TYPE[r.type] ?? r.type },
      { header: 'Antal', width: 8, value: (r) => r.count },
    ], d.counts),
  }),
};
