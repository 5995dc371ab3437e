import type { Decision, DeadlineRule, FormVersion, Measure, Report, ReportSummary } from '../../../contracts/use-of-force.js';
import { isoTimestamp as iso } from '../../present.js';
import { dueDate, isLate } from './deadlines.js';
import type { DeadlineRow, DecisionRow, FormVersionRow, MeasureRow, RelativeRow, ReportRow } from './queries.js';

export const presentMeasure = (m: MeasureRow): Measure => ({ code: m.code, section: m.section, name: m.name, kind: m.kind, reportForm: m.report_form });

/** A measure by its code; one the data no longer has is shown by its code. */
const measureOf = (measures: Map<string, MeasureRow>, code: string): Measure =>
  presentMeasure(measures.get(code) ?? { code, section: code, name: code, kind: '', report_form: null });

export function presentForm(v: FormVersionRow, measures: MeasureRow[]): FormVersion {
  const required = new Set(v.required);
  return {
    code: v.form_code,
    version: v.version,
    validFrom: v.valid_from,
    title: v.title,
    usedWhen: v.used_when,
    registeredBy: v.registered_by,
    fields: (v.fields ?? []).map((f) => ({ ...f, required: required.has(f.key) })),
    measures: measures.filter((m) => m.report_form === v.form_code || (v.form_code === 'bilag-136c' && m.code === '§ 136 c') || (v.form_code === 'skema3' && m.report_form === 'skema2')).map(presentMeasure),
  };
}

const forwardedTo = (r: ReportRow) => (r.forwarded_at ? [r.acting_municipality_name ?? 'Handlekommunen (ukendt)', r.inspectorate ?? 'Socialtilsynet'] : []);

export function presentSummary(r: ReportRow, today: string): ReportSummary {
  return {
    id: r.report_id,
    citizen: { id: r.id, name: `${r.first_name} ${r.last_name}` },
    unit: { id: r.unit_id, name: r.unit_name },
    form: { code: r.form_code, version: r.form_version, title: r.form_title },
    occurredAt: iso(r.occurred_at),
    reportedBy: { id: r.reported_by, name: r.reported_by_name },
    status: r.forwarded_at ? 'forwarded' : 'reported',
    overdue: r.overdue_at !== null && r.forwarded_at === null,
    staffDeadline: { due: r.staff_due, done: true, late: isLate(r.staff_due, r.reported_on, today) },
    forwardDeadline: { due: r.forward_due, done: r.forwarded_at !== null, late: isLate(r.forward_due, r.forwarded_on, today) },
  };
}

export function presentReport(
  r: ReportRow,
  form: FormVersionRow,
  measures: Map<string, MeasureRow>,
  relatives: RelativeRow[],
  may: { forward: boolean; informRelatives: boolean },
  today: string,
): Report {
  return {
    ...presentSummary(r, today),
    decisionId: r.decision_id,
    measures: r.measures.map((code) => measureOf(measures, code)),
    answers: (form.fields ?? []).map((f) => ({ key: f.key, label: f.label, value: r.answers[f.key] ?? null })),
    reportedAt: iso(r.reported_at),
    leaderStatement: r.leader_statement,
    forwardedBy: r.forwarded_by_name,
    forwardedAt: r.forwarded_at ? iso(r.forwarded_at) : null,
    forwardedTo: forwardedTo(r),
    relativesInformed: relatives.map((x) => ({ informedOn: x.informed_on, whom: x.whom, how: x.how, note: x.note, informedBy: x.informed_by })),
    version: r.version,
    abilities: { forward: may.forward && !r.forwarded_at, informRelatives: may.informRelatives },
  };
}

export function presentDecision(d: DecisionRow, measures: Map<string, MeasureRow>, combinedRule: DeadlineRow, today: string): Decision {
  const expired = d.valid_to < today;
  const due = expired || d.combined_report_id ? dueDate(d.valid_to, { days: combinedRule.days, dayKind: combinedRule.day_kind }) : null;
  return {
    id: d.id,
    measure: measureOf(measures, d.measure_code),
    requestedOn: d.requested_on,
    decidedOn: d.decided_on,
    validFrom: d.valid_from,
    validTo: d.valid_to,
    status: today < d.valid_from ? 'upcoming' : expired ? 'expired' : 'active',
    uses: d.uses,
    lastUse: d.last_use ? iso(d.last_use) : null,
    combinedReportId: d.combined_report_id,
    combinedReportDue: due,
    combinedReportMissing: expired && !d.combined_report_id,
    combinedOverdue: d.combined_overdue_at !== null && !d.combined_report_id,
  };
}

export const presentDeadline = (d: DeadlineRow): DeadlineRule => ({
  rule: d.rule,
  label: d.label,
  days: d.days,
  dayKind: d.day_kind,
  countedFrom: d.counted_from,
  source: d.source,
  isDefault: d.is_default,
  updatedBy: d.updated_by,
  updatedAt: d.updated_at ? iso(d.updated_at) : null,
});
