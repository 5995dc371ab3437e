import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { VisibleCitizen } from '../../access/gate.js';
import { badRequest, notFound } from '../../errors.js';
import type { RegisterReportInput } from '../../../contracts/use-of-force.js';
import { dueDate } from './deadlines.js';
import { currentForms, deadlineRules, getDecision, insertReport, listMeasures, nowLocal, type DeadlineRow, type FormVersionRow } from './queries.js';
import { presentForm } from './presenter.js';

type Answers = Record<string, string | number>;

/**
 * The answers checked against a form version's fields (from data): every required field filled,
 * minutes and counts whole numbers, no field the version does not ask for. Field-level Danish
 * messages, keyed `answers.<field>`; empty when all is well. Text is trimmed; empty answers dropped.
 */
export function checkAnswers(form: Pick<FormVersionRow, 'fields' | 'required'>, answers: Answers): { errors: Record<string, string>; clean: Answers } {
  const errors: Record<string, string> = {};
  const clean: Answers = {};
  const fields = new Map((form.fields ?? []).map((f) => [f.key, f]));
  for (const key of Object.keys(answers)) if (!fields.has(key)) errors[`answers.${key}`] = 'Feltet hører ikke til skemaet.';
  for (const f of fields.values()) {
    const value = answers[f.key];
    const path = `answers.${f.key}`;
    if (value === undefined || (typeof value === 'string' && value.trim() === '')) {
      if (form.required.includes(f.key)) errors[path] = `Udfyld “${f.label}”.`;
      continue;
    }
    if (f.kind === 'text') {
      if (typeof value !== 'string') errors[path] = 'Skriv en tekst.';
      else clean[f.key] = value.trim();
    } else {
      const n = typeof value === 'number' ? value : /^\d+$/.test(value.trim()) ? Number(value) : NaN;
      const [min, max] = f.kind === 'minutes' ? [1, 1440] : [0, 100_000];
      if (!Number.isInteger(n)) errors[path] = f.kind === 'minutes' ? 'Skriv varigheden i hele minutter.' : 'Skriv et helt tal.';
      else if (n < min || n > max) errors[path] = f.kind === 'minutes' ? 'Varigheden skal være mellem 1 minut og 24 timer.' : `Tallet skal være mellem ${min} og ${max}.`;
      else clean[f.key] = n;
    }
  }
  return { errors, clean };
}

/** The rule by name (the defaults always hold every rule). */
export const ruleOf = (rules: DeadlineRow[], rule: DeadlineRow['rule']) => {
  const r = rules.find((x) => x.rule === rule)!;
  return { days: r.days, dayKind: r.day_kind };
};

/** The unit where it happened: one serving the citizen that the actor works on or covers, else the citizen's first. */
const unitFor = (ctx: RequestCtx, citizen: VisibleCitizen) => citizen.unitIds.find((u) => ctx.actor.careUnitIds.includes(u)) ?? citizen.unitIds[0];

/**
 * Registers a report on the form's current version: the measures must be the form's, the answers
 * the version's (required ones filled), the time not in the future; Skema 2 reports on one expired
 * decision of the citizen's, once. Its deadlines are fixed now from the municipality's rules.
 */
export async function registerReport(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, input: RegisterReportInput, today: string): Promise<string> {
  const forms = await currentForms(tx, today);
  const form = forms.find((f) => f.form_code === input.formCode);
  if (!form || (form.registered_by === 'decision' && form.form_code !== 'skema2')) throw badRequest('Ugyldige oplysninger.', { formCode: 'Vælg et skema, der kan indberettes.' });
  const errors: Record<string, string> = {};
  if (input.occurredAt > nowLocal()) errors.occurredAt = 'Tidspunktet kan ikke ligge i fremtiden.';
  let measures = [...new Set(input.measures)];
  const rules = await deadlineRules(tx, citizen.municipalityId);
  const occurredOn = input.occurredAt.slice(0, 10);
  let staffDue = dueDate(occurredOn, ruleOf(rules, 'staff_report'));
  let forwardDue = dueDate(occurredOn, ruleOf(rules, 'leader_forward'));
  let decisionId: string | null = null;
  if (form.form_code === 'skema2') {
    const decision = input.decisionId ? await getDecision(tx, ctx, input.decisionId) : undefined;
    if (!decision || decision.citizen_id !== citizen.id) throw notFound('Afgørelsen');
    if (decision.valid_to >= today) errors.decisionId = 'Det samlede skema indberettes, når afgørelsen er udløbet.';
    if (decision.combined_report_id) errors.decisionId = 'Der er allerede indberettet et samlet skema for afgørelsen.';
    decisionId = decision.id;
    measures = [decision.measure_code];
    staffDue = forwardDue = dueDate(decision.valid_to, ruleOf(rules, 'combined_report'));
  } else {
    const allowed = new Set(presentForm(form, await listMeasures(tx)).measures.map((m) => m.code));
    if (measures.some((m) => !allowed.has(m))) errors.measures = 'Vælg indgreb, der indberettes på dette skema.';
  }
  const { errors: fieldErrors, clean } = checkAnswers(form, input.answers);
  Object.assign(errors, fieldErrors);
  if (Object.keys(errors).length) throw badRequest('Indberetningen mangler oplysninger.', errors);
  return insertReport(tx, ctx, {
    citizen, unitId: unitFor(ctx, citizen), formCode: form.form_code, formVersion: form.version, decisionId,
    occurredAt: input.occurredAt, measures, answers: clean, staffDue, forwardDue,
  });
}
