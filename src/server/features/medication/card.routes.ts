import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { can } from '../../access/index.js';
import type { VisibleCitizen } from '../../access/gate.js';
import { withTenant } from '../../context.js';
import type { Queryable } from '../../db/index.js';
import { badRequest, conflict, notFound } from '../../errors.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import { dataOf } from '../../../contracts/common.js';
import {
  ChangeMedicineLineBody, DrugCatalogue, LineStatusBody, LineVersions, MedicineCard, MedicineLine, MedicineLineBody, MedicineLineParams, TaperingBody,
} from '../../../contracts/medication.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { medicineRoute } from './gate.js';
import {
  getLine, insertLine, listCatalogue, listLines, listObservations, listVersions, lockLine, replaceTapering, setLineStatus, snapshotLine, updateLine,
  type LineRow,
} from './queries.js';
import { presentLine, presentObservation, presentVersion } from './presenter.js';

const tags = ['medication'];
const READERS = 'Those treating the citizen now (`readMedicine`: staff or unit leader of a unit serving the citizen, or covering it now); a leader above the unit, case worker or management 403; outside sight 404.';
const CHANGERS = `${READERS} Also the medicine permission (a nurse, or the medicine course): otherwise 403 "Du har ikke medicingodkendelse …". Every change writes a version (who, what, when) in the same transaction.`;
const STALE = 'Medicinlinjen er ændret af en anden, siden du åbnede den. Se den nye udgave og prøv igen.';
const LineAnswer = dataOf(MedicineLine);

/** The citizen's line locked for a change at the version the client read: 404 unknown, 409 stale (sending it as it is), 400 stopped. */
async function lineToChange(
  tx: Queryable, citizen: VisibleCitizen, lineId: string, version: number, note: { entityId?: string }, stoppedToo = false,
): Promise<LineRow> {
  const line = await lockLine(tx, citizen, lineId);
  if (!line) throw notFound('Medicinlinjen');
  note.entityId = line.id;
  if (line.version !== version) throw conflict(STALE, presentLine(line));
  if (line.status === 'stopped' && !stoppedToo) throw badRequest('Seponeret medicin kan ikke ændres. Opret en ny linje, hvis lægen ordinerer den igen.', { _: 'Linjen er seponeret.' });
  return line;
}

const answer = async (tx: Queryable, citizen: VisibleCitizen, lineId: string) => ({ data: presentLine((await getLine(tx, citizen, lineId))!) });

/** Which status a status action leads to, from which. */
const transitions = {
  pause: { from: ['active'], to: 'paused', change: 'paused', refused: 'Kun aktiv medicin kan pauses.' },
  resume: { from: ['paused'], to: 'active', change: 'resumed', refused: 'Kun pauset medicin kan genoptages.' },
  stop: { from: ['active', 'paused'], to: 'stopped', change: 'stopped', refused: 'Medicinen er allerede seponeret.' },
} as const;

/** The citizen's medicine card: its lines, their versions and tapering plans, and the catalogue of names. */
export const cardRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/citizens/:citizenId/medicine-card',
    {
      schema: {
        summary: "The citizen's medicine card",
        description: `Active and paused lines (fixed first), stopped lines (Seponeret), the newest 100 observations (a serious side effect awaiting a doctor contact first). ${READERS} Audited as a \`read\` of \`medicine_card\`.`,
        params: CitizenParams, response: { 200: MedicineCard }, tags,
      },
    },
    (req) =>
      medicineRoute(req, 'read', { action: 'read', entity: 'medicine_card' }, async (tx, ctx, citizen) => {
        const lines = (await listLines(tx, citizen)).map(presentLine);
        return {
          data: {
            lines: lines.filter((l) => l.status !== 'stopped'),
            stopped: lines.filter((l) => l.status === 'stopped'),
            observations: (await listObservations(tx, citizen)).map(presentObservation),
            abilities: { change: can(ctx.actor, 'changeMedicine', 'citizen', citizen), observe: can(ctx.actor, 'observeMedicine', 'citizen', citizen) },
          },
        };
      }),
  );

  // Reference data, no citizen in it: any signed-in user, not audited.
  app.get(
    '/drug-catalogue',
    { schema: { summary: 'Common generic names with ATC codes', description: 'The picker of the medicine card (free text stays allowed). Any signed-in user.', response: { 200: DrugCatalogue }, tags } },
    (req) =>
      withTenant(req, async (tx) => ({
        data: (await listCatalogue(tx)).map((r) => ({ genericName: r.generic_name, atcCode: r.atc_code, forms: r.forms, strengths: r.strengths })),
      })),
  );

  app.post(
    '/citizens/:citizenId/medicine-lines',
    {
      schema: {
        summary: 'Add a line to the medicine card',
        description: `The agency's checklist fields. Fixed: a schedule (times with the dose at each; the daily dose is their sum). PN: the single dose and \`pnMaxPer24h\`. A precise \`indication\` (too vague ones such as "mod smerter" are refused). ${CHANGERS} Audited as a \`create\` of \`medicine_line\`.`,
        params: CitizenParams, body: MedicineLineBody, response: { 201: LineAnswer }, tags,
      },
    },
    (req, reply) => {
      reply.status(201);
      return medicineRoute(req, 'change', { action: 'create', entity: 'medicine_line' }, async (tx, ctx, citizen, note) => {
        const id = await insertLine(tx, ctx, citizen, req.body);
        await snapshotLine(tx, ctx, citizen, id, 'created', '');
        note.entityId = id;
        return answer(tx, citizen, id);
      });
    },
  );

  app.patch(
    '/citizens/:citizenId/medicine-lines/:lineId',
    {
      schema: {
        summary: 'Change a line (a new version)',
        description: `The whole line as it shall be, the \`version\` read and an optional \`reason\`. A stale version answers 409 with the line as it is; a stopped line 400; unknown 404. ${CHANGERS} Audited as an \`update\` of \`medicine_line\`.`,
        params: MedicineLineParams, body: ChangeMedicineLineBody, response: { 200: LineAnswer }, tags,
      },
    },
    (req) =>
      medicineRoute(req, 'change', { action: 'update', entity: 'medicine_line' }, async (tx, ctx, citizen, note) => {
        const { version, reason, ...line } = req.body;
        await lineToChange(tx, citizen, req.params.lineId, version, note);
        await updateLine(tx, ctx, citizen, req.params.lineId, line);
        await snapshotLine(tx, ctx, citizen, req.params.lineId, 'changed', reason);
        return answer(tx, citizen, req.params.lineId);
      }),
  );

  app.post(
    '/citizens/:citizenId/medicine-lines/:lineId/status',
    {
      schema: {
        summary: 'Pause, resume or stop (seponér) a line',
        description: `Pause and stop need a \`reason\`; a stop dates the line's end today. A stopped line stays in the card's history. Stale version 409. ${CHANGERS} Audited as an \`update\` of \`medicine_line\`.`,
        params: MedicineLineParams, body: LineStatusBody, response: { 200: LineAnswer }, tags,
      },
    },
    (req) =>
      medicineRoute(req, 'change', { action: 'update', entity: 'medicine_line' }, async (tx, ctx, citizen, note) => {
        const t = transitions[req.body.action];
        const line = await lineToChange(tx, citizen, req.params.lineId, req.body.version, note, true);
        if (!(t.from as readonly string[]).includes(line.status)) throw badRequest(t.refused, { action: t.refused });
        await setLineStatus(tx, ctx, citizen, line.id, t.to, req.body.reason, todayInCopenhagen());
        await snapshotLine(tx, ctx, citizen, line.id, t.change, req.body.reason);
        note.detail = { status: t.to };
        return answer(tx, citizen, line.id);
      }),
  );

  app.get(
    '/citizens/:citizenId/medicine-lines/:lineId/versions',
    {
      schema: {
        summary: "A line's versions",
        description: `Every version, newest first: the change, its reason, who and when, and the line as it was then. ${READERS} Unknown line 404. Audited as a \`read\` of \`medicine_line\`.`,
        params: MedicineLineParams, response: { 200: LineVersions }, tags,
      },
    },
    (req) =>
      medicineRoute(req, 'read', { action: 'read', entity: 'medicine_line' }, async (tx, _ctx, citizen, note) => {
        const rows = await listVersions(tx, citizen, req.params.lineId);
        if (!rows.length) throw notFound('Medicinlinjen');
        note.entityId = req.params.lineId;
        return { data: rows.map(presentVersion) };
      }),
  );

  app.post(
    '/citizens/:citizenId/medicine-lines/:lineId/tapering',
    {
      schema: {
        summary: 'Create or replace the tapering plan (nedtrapning) of a fixed line',
        description: `Dated steps: from each \`fromDate\` the \`dose\` at every time of the schedule (0 leaves it out). No steps removes the plan. Each step within the line's start and stop. A new version of the line; stale version 409. ${CHANGERS} Audited as an \`update\` of \`medicine_line\`.`,
        params: MedicineLineParams, body: TaperingBody, response: { 200: LineAnswer }, tags,
      },
    },
    (req) =>
      medicineRoute(req, 'change', { action: 'update', entity: 'medicine_line' }, async (tx, ctx, citizen, note) => {
        const line = await lineToChange(tx, citizen, req.params.lineId, req.body.version, note);
        if (line.kind !== 'fixed') throw badRequest('Kun fast medicin kan nedtrappes efter en plan.', { steps: 'PN-medicin har ingen nedtrapningsplan.' });
        const outside = req.body.steps.findIndex((s) => s.fromDate < line.start_date || (line.stop_date !== null && s.fromDate > line.stop_date));
        if (outside >= 0) throw badRequest('Ugyldig nedtrapningsplan.', { [`steps.${outside}.fromDate`]: 'Trinnet skal ligge mellem linjens start- og seponeringsdato.' });
        await replaceTapering(tx, ctx, citizen, line.id, req.body.steps);
        await snapshotLine(tx, ctx, citizen, line.id, 'changed', req.body.steps.length ? 'Nedtrapningsplan' : 'Nedtrapningsplan fjernet');
        note.detail = { tapering: req.body.steps.length };
        return answer(tx, citizen, line.id);
      }),
  );
};
