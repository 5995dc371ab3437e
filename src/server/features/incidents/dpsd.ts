import reference from '../../db/reference/dpsd-adverse-events.json' with { type: 'json' };
import type { AdverseEventType, DpsdExport } from '../../../contracts/incidents.js';

/**
 * The DPSD report (Dansk Patientsikkerhedsdatabase) as the reference data has it: its fields and
 * prompts in the national form's order and the severity matrix, copied unchanged from
 * shared/data/medicin.json (`adverseEvents`). Nothing of it is retyped here: a new form version is
 * a new data file.
 */
const { severity, dpsdFormPrompts } = reference.adverseEvents;

/** The matrix's marker for "the possible consequence is not asked" (a serious or fatal actual one). */
const NOT_SHOWN = '(vises ikke)';

export const severityMatrix = severity.matrix.map((r) => ({ actual: r.actual, possible: r.possible === NOT_SHOWN ? null : r.possible, category: r.category }));
export const actualLevels: string[] = severity.actualLevels;
export const possibleLevels: string[] = severity.possibleLevels;
/** Actual levels whose row has no possible consequence (Alvorlig, Dødelig). */
export const actualWithoutPossible = severityMatrix.filter((r) => r.possible === null).map((r) => r.actual);

/**
 * The overall severity category (Samlet alvorlighedskategori) for an actual and a possible
 * consequence, or field errors in Danish where the pair is not in the matrix.
 */
export function severityOf(actual: string, possible: string | null): { category: string } | { errors: Record<string, string> } {
  if (!actualLevels.includes(actual)) return { errors: { actualConsequence: 'Vælg en af de faktiske konsekvenser.' } };
  if (actualWithoutPossible.includes(actual)) {
    if (possible !== null) return { errors: { possibleConsequence: 'Den mulige konsekvens angives ikke, når den faktiske er alvorlig eller dødelig.' } };
  } else if (possible === null || !possibleLevels.includes(possible)) {
    return { errors: { possibleConsequence: 'Vælg en af de mulige konsekvenser.' } };
  }
  const row = severityMatrix.find((r) => r.actual === actual && r.possible === possible);
  if (!row) return { errors: { possibleConsequence: 'Den mulige konsekvens kan ikke være mindre end den faktiske.' } };
  return { category: row.category };
}

/** An adverse event's values, by what the form asks. */
export interface DpsdValues {
  title: string;
  description: string;
  consequenceNote: string;
  prevention: string;
  comments: string;
  /** Date and time, as the form's "Dato, Kl". */
  date: string;
  time: string;
  place: string;
  involvedLocations: string;
  actualConsequence: string;
  possibleConsequence: string | null;
  severity: string;
  eventType: AdverseEventType;
  medicine: string;
}

const TYPE_LABEL: Record<AdverseEventType, string> = {
  medication_error: 'Medicinering', fall: 'Fald', infection: 'Infektion', pressure_ulcer: 'Tryksår', sector_transition: 'Sektorovergang', other: 'Andet',
};

/** The form's field label without its example in brackets: "DPSD Hovedgruppe (e.g. '3. …')" → "DPSD Hovedgruppe". */
const labelOf = (field: string) => field.replace(/\s*\(e\.g\..*\)$/, '');

/** The value of each of the form's fields, keyed by the label as the reference data writes it. */
const fieldValues: Record<string, (v: DpsdValues) => string> = {
  Overskrift: (v) => v.title,
  // The description is the four prompts below, each its own entry.
  Hændelsesbeskrivelse: () => '',
  'Hændelsesdato (Dato, Kl)': (v) => `${v.date.split('-').reverse().join('-')} kl. ${v.time}`,
  'Hændelsessted (Lokation)': (v) => v.place,
  'Involverede lokationer': (v) => v.involvedLocations,
  'Faktisk konsekvens': (v) => v.actualConsequence,
  'Mulig konsekvens': (v) => v.possibleConsequence ?? '',
  'Samlet alvorlighedskategori': (v) => v.severity,
  'DPSD Hovedgruppe': (v) => `Vælges i DPSD (Mestring: ${TYPE_LABEL[v.eventType]})`,
  'Involveret medicin (Handelsnavn, Indholdsstof, Adm.vej, Styrke, ATC)': (v) => v.medicine,
};

/** The description's prompts, in the form's order. */
const promptValues: Array<(v: DpsdValues) => string> = [(v) => v.description, (v) => v.consequenceNote, (v) => v.prevention, (v) => v.comments];

// A reference file whose fields this module cannot fill is refused at start, not exported half.
const unknown = dpsdFormPrompts.otherFields.map(labelOf).filter((f) => !(f in fieldValues));
if (unknown.length > 0 || dpsdFormPrompts.items.length !== promptValues.length) {
  throw new Error(`The DPSD reference data names fields this export does not fill: ${unknown.join(', ')}`);
}

/** The report's fields in the national form's order: its other fields, with the description's prompts in place of the description. */
export function dpsdFields(v: DpsdValues): DpsdExport {
  const fields = dpsdFormPrompts.otherFields.map(labelOf).flatMap((field) =>
    field === 'Hændelsesbeskrivelse'
      ? dpsdFormPrompts.items.map((prompt, i) => ({ field, prompt, value: promptValues[i](v) }))
      : [{ field, value: fieldValues[field](v) }],
  );
  return { form: 'Dansk Patientsikkerhedsdatabase (DPSD): rapport om utilsigtet hændelse', fields };
}

/** The reference data's order of the fields (for tests and the UI): labels only. */
export const dpsdFieldOrder = () => dpsdFormPrompts.otherFields.map(labelOf);
