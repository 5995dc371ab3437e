import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError, badRequest, notFound } from '../../errors.js';
import { CitizenParams } from '../../../contracts/citizens.js';
import { dataOf } from '../../../contracts/common.js';
import { DoctorContactBody, Observation, ObservationBody, ObservationParams } from '../../../contracts/medication.js';
import { medicineRoute } from './gate.js';
import { getObservation, insertObservation, recordDoctorContact } from './queries.js';
import { presentObservation } from './presenter.js';

const tags = ['medication'];
const OBSERVERS = 'Anyone treating the citizen now (`observeMedicine`), with or without the medicine permission; others as the card. Outside sight 404.';
/** A clock a little ahead is tolerated; a time beyond it is a typing error. */
const FUTURE_SLACK_MS = 5 * 60_000;
const inFuture = (iso: string) => new Date(iso).getTime() > Date.now() + FUTURE_SLACK_MS;

/** Observations of effect and side effects, and the doctor contact a serious side effect prompts. */
export const observationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/citizens/:citizenId/medicine-observations',
    {
      schema: {
        summary: 'Record an effect or a side effect',
        description: `Against one of the citizen's lines (fixed or PN, any status). A side effect has a severity; a serious one shows as awaiting a doctor contact until it is recorded. \`observedAt\` not in the future. ${OBSERVERS} Audited as a \`create\` of \`medicine_observation\`.`,
        params: CitizenParams, body: ObservationBody, response: { 201: dataOf(Observation) }, tags,
      },
    },
    (req, reply) => {
      reply.status(201);
      return medicineRoute(req, 'observe', { action: 'create', entity: 'medicine_observation' }, async (tx, ctx, citizen, note) => {
        if (inFuture(req.body.observedAt)) throw badRequest('Ugyldige oplysninger.', { observedAt: 'Tidspunktet kan ikke ligge i fremtiden.' });
        const id = await insertObservation(tx, ctx, citizen, req.body);
        if (!id) throw badRequest('Ugyldige oplysninger.', { lineId: 'Medicinen findes ikke på borgerens medicinkort.' });
        Object.assign(note, { entityId: id, detail: { kind: req.body.kind, severity: req.body.severity } });
        return { data: presentObservation((await getObservation(tx, citizen, id))!) };
      });
    },
  );

  app.post(
    '/citizens/:citizenId/medicine-observations/:observationId/doctor-contact',
    {
      schema: {
        summary: 'Record the contact with the doctor about an observation',
        description: `When and what the doctor said; by the caller. Once: a second answers 409. Not before the observation nor in the future. ${OBSERVERS} Audited as an \`update\` of \`medicine_observation\`.`,
        params: ObservationParams, body: DoctorContactBody, response: { 200: dataOf(Observation) }, tags,
      },
    },
    (req) =>
      medicineRoute(req, 'observe', { action: 'update', entity: 'medicine_observation' }, async (tx, ctx, citizen, note) => {
        const observation = await getObservation(tx, citizen, req.params.observationId);
        if (!observation) throw notFound('Observationen');
        note.entityId = observation.id;
        const at = new Date(req.body.contactedAt).getTime();
        if (inFuture(req.body.contactedAt)) throw badRequest('Ugyldige oplysninger.', { contactedAt: 'Tidspunktet kan ikke ligge i fremtiden.' });
        if (at < new Date(observation.observed_at).getTime()) {
          throw badRequest('Ugyldige oplysninger.', { contactedAt: 'Lægen kan ikke være kontaktet før observationen.' });
        }
        if (!(await recordDoctorContact(tx, ctx, citizen, observation.id, req.body))) {
          throw new AppError(409, 'conflict', 'Kontakten til lægen er allerede registreret.');
        }
        return { data: presentObservation((await getObservation(tx, citizen, observation.id))!) };
      }),
  );
};
