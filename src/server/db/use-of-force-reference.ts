import { readFile } from 'node:fs/promises';
import type { Queryable } from './index.js';

/** The parts of reference/magtanvendelse.json the product loads (the file is the research as found). */
export interface ForceSource {
  forms2025: Array<{ id: string; validFrom: string; title_da: string; usedWhen?: string }>;
  measures: Array<{ section: string; name_da: string; kind: string; decisionBeforehand: boolean; form: string | null; note: string | null }>;
}

/** reference/magtanvendelse-felter.json: the fields of each form version and the shipped deadline rules. */
export interface ForceFields {
  fields: Array<{ key: string; kind: 'text' | 'minutes' | 'count'; label: string }>;
  versions: Array<{ form: string; version: number; validFrom: string; registeredBy: 'staff' | 'decision'; fields: string[]; required: string[]; title?: string }>;
  deadlines: Array<{ rule: string; days: number; dayKind: 'calendar' | 'weekdays'; from: string; label: string; source: string }>;
}

const read = async <T>(name: string) => JSON.parse(await readFile(new URL(`./reference/${name}`, import.meta.url), 'utf8')) as T;
export const readForceReference = async () => ({ source: await read<ForceSource>('magtanvendelse.json'), fields: await read<ForceFields>('magtanvendelse-felter.json') });

/**
 * The form a measure's use is reported on, from the data's `form` ("skema1 + 'Bilag til § 136 c'",
 * "skema3 / skema2", "skema4"): a pre-approved measure is used under a decision and reported on Skema 2.
 */
export function reportFormOf(form: string | null): string | null {
  if (!form) return null;
  if (form.includes('skema2')) return 'skema2';
  return form.split(/\s/)[0];
}

/**
 * Loads the use-of-force forms (title from the agency's data, fields from the product's registration),
 * measures and default deadlines; idempotent, and a new version in the data is a new row.
 */
export async function loadUseOfForceReference(db: Queryable, data?: { source: ForceSource; fields: ForceFields }): Promise<void> {
  const { source, fields } = data ?? (await readForceReference());
  const versions = fields.versions.map((v) => {
    const official = source.forms2025.find((f) => f.id === v.form);
    const title = v.title ?? official?.title_da;
    if (!title) throw new Error(`use of force: no title for form ${v.form}`);
    return { form_code: v.form, version: v.version, valid_from: v.validFrom, title, used_when: official?.usedWhen ?? '', registered_by: v.registeredBy, fields: v.fields, required: v.required };
  });
  await db.query(
    `INSERT INTO use_of_force_fields (key, kind, label) SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(key text, kind text, label text)
     ON CONFLICT (key) DO UPDATE SET kind = excluded.kind, label = excluded.label`,
    [JSON.stringify(fields.fields)],
  );
  await db.query(
    `INSERT INTO use_of_force_form_versions (form_code, version, valid_from, title, used_when, registered_by, fields, required)
     SELECT form_code, version, valid_from, title, used_when, registered_by,
            ARRAY(SELECT jsonb_array_elements_text(x.f)), ARRAY(SELECT jsonb_array_elements_text(x.r))
       FROM jsonb_to_recordset($1::jsonb) AS x(form_code text, version int, valid_from date, title text, used_when text, registered_by text, f jsonb, r jsonb)
     ON CONFLICT (form_code, version) DO UPDATE SET valid_from = excluded.valid_from, title = excluded.title, used_when = excluded.used_when,
       registered_by = excluded.registered_by, fields = excluded.fields, required = excluded.required`,
    [JSON.stringify(versions.map(({ fields: f, required: r, ...v }) => ({ ...v, f, r })))],
  );
  await db.query(
    `INSERT INTO use_of_force_measures (code, section, name, kind, decision_beforehand, report_form, note, sort_order)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(code text, section text, name text, kind text, decision_beforehand boolean, report_form text, note text, sort_order int)
     ON CONFLICT (code) DO UPDATE SET section = excluded.section, name = excluded.name, kind = excluded.kind,
       decision_beforehand = excluded.decision_beforehand, report_form = excluded.report_form, note = excluded.note, sort_order = excluded.sort_order`,
    [JSON.stringify(source.measures.map((m, i) => ({
      code: m.section, section: m.section, name: m.name_da, kind: m.kind, decision_beforehand: m.decisionBeforehand, report_form: reportFormOf(m.form), note: m.note, sort_order: i,
    })))],
  );
  await db.query(
    `INSERT INTO use_of_force_deadline_defaults (rule, label, days, day_kind, counted_from, source)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(rule text, label text, days int, day_kind text, counted_from text, source text)
     ON CONFLICT (rule) DO UPDATE SET label = excluded.label, days = excluded.days, day_kind = excluded.day_kind, counted_from = excluded.counted_from, source = excluded.source`,
    [JSON.stringify(fields.deadlines.map((d) => ({ rule: d.rule, label: d.label, days: d.days, day_kind: d.dayKind, counted_from: d.from, source: d.source })))],
  );
}
