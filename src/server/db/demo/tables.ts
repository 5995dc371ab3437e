import type { Queryable } from '../index.js';

/** A column of a bulk insert: its type in the JSON record set, or an expression over `x.*`. */
type Column = string | { type?: string; expr: string };

const localNoon = (col: string) => ({ type: 'date', expr: `(x.${col} + time '12:00') AT TIME ZONE 'Europe/Copenhagen'` });

/** The demo's tables in insertion order (parents first), with their columns. */
export const TABLES = {
  municipalities: { id: 'uuid', name: 'text' },
  org_units: { id: 'uuid', municipality_id: 'uuid', parent_id: 'uuid', kind: 'text', name: 'text', path: 'text' },
  places: { id: 'uuid', municipality_id: 'uuid', unit_id: 'uuid', name: 'text', legal_basis: 'text', active_from: 'date' },
  place_target_groups: { municipality_id: 'uuid', place_id: 'uuid', target_group_code: 'text' },
  users: { id: 'uuid', municipality_id: 'uuid', username: 'text', display_name: 'text', password_hash: 'text' },
  user_roles: { municipality_id: 'uuid', user_id: 'uuid', role: 'text', org_unit_id: 'uuid' },
  citizens: { id: 'uuid', municipality_id: 'uuid', cpr: 'text', first_name: 'text', last_name: 'text', birth_date: 'date', contact_person_id: 'uuid' },
  citizen_target_groups: { municipality_id: 'uuid', citizen_id: 'uuid', target_group_code: 'text' },
  relatives: { id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', name: 'text', relation: 'text', phone: 'text', consent_to_share: 'boolean', note: 'text' },
  interventions: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', kind_code: 'text', legal_basis: 'text',
    place_id: 'uuid', unit_id: 'uuid', start_date: 'date', end_date: 'date',
  },
  case_assignments: { municipality_id: 'uuid', user_id: 'uuid', citizen_id: 'uuid' },
  goals: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', title: 'text', what_matters: 'text', ffb_area_code: 'text',
    goal_type_code: 'text', target_level_code: 'text', current_level_code: 'text', responsible_user_id: 'uuid',
    responsible_external: 'text', start_date: 'date', next_follow_up_date: 'date', status: 'text', status_reason: 'text',
    created_by: 'uuid', created_at: localNoon('start_date'), updated_at: localNoon('updated_on'),
  },
  goal_steps: { id: 'uuid', municipality_id: 'uuid', goal_id: 'uuid', kind: 'text', text: 'text', responsible: 'text', done: 'boolean', sort_order: 'int' },
  follow_ups: {
    id: 'uuid', municipality_id: 'uuid', goal_id: 'uuid', citizen_id: 'uuid', follow_up_date: 'date', progress: 'text',
    level_code: 'text', note: 'text', continues: 'boolean', next_follow_up_date: 'date', author_id: 'uuid',
    created_at: localNoon('follow_up_date'),
  },
  journal_notes: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', author_id: 'uuid', body: 'text',
    written_at: { type: 'timestamp', expr: `x.written_at AT TIME ZONE 'Europe/Copenhagen'` },
    created_at: { expr: `x.written_at AT TIME ZONE 'Europe/Copenhagen'` },
  },
  journal_note_goals: { municipality_id: 'uuid', note_id: 'uuid', goal_id: 'uuid' },
} satisfies Record<string, Record<string, Column>>;

export type TableName = keyof typeof TABLES;
export type Row = Record<string, string | number | boolean | null>;
export type Tables = Record<TableName, Row[]>;

export const emptyTables = (): Tables =>
  Object.fromEntries(Object.keys(TABLES).map((t) => [t, []])) as unknown as Tables;

/** Helper columns the generator adds to a row that only feed an expression (not stored as such). */
const inputOnly: Partial<Record<TableName, Record<string, string>>> = { goals: { updated_on: 'date' } };

const CHUNK = 5000;

/**
 * Inserts rows in bulk: one `INSERT … SELECT … FROM json_to_recordset($1)` per 5,000 rows, so
 * tens of thousands of rows cost a handful of statements (PGlite does ~2,700 single inserts/s).
 */
export async function insertRows(tx: Queryable, table: TableName, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.entries(TABLES[table] as Record<string, Column>);
  const recordset = [
    ...columns.flatMap(([name, c]) => {
      const type = typeof c === 'string' ? c : c.type;
      return type ? [`${name} ${type}`] : [];
    }),
    ...Object.entries(inputOnly[table] ?? {}).map(([name, type]) => `${name} ${type}`),
  ];
  const select = columns.map(([name, c]) => (typeof c === 'string' ? `x.${name}` : c.expr));
  const sql = `INSERT INTO ${table} (${columns.map(([name]) => name).join(', ')})
    SELECT ${select.join(', ')} FROM json_to_recordset($1::json) AS x(${recordset.join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.query(sql, [JSON.stringify(rows.slice(i, i + CHUNK))]);
  }
}
