import type { Queryable } from '../index.js';

/**
 * A column of a bulk insert: its type in the JSON record set, or an expression over `x.*`, or
 * (`input`) a helper field of the generated row that only feeds another column's expression.
 */
export type Column = string | { type?: string; expr: string } | { input: string };

/** Tables with their columns, in insertion order (parents first). */
export type TableColumns<T extends string = string> = Record<T, Record<string, Column>>;

/** A generated row, by column name. */
export type Row = Record<string, string | number | boolean | null>;

/** Generated rows by table. */
export type Tables<T extends string = string> = Record<T, Row[]>;

/** A timestamp column set to noon (Copenhagen) of the row's date column `col`. */
export const localNoon = (col: string) => ({ type: 'date', expr: `(x.${col} + time '12:00') AT TIME ZONE 'Europe/Copenhagen'` });

/** The kernel's demo tables (organisation, people and their placements); features bring their own in their manifest. */
export const KERNEL_TABLES = {
  municipalities: { id: 'uuid', name: 'text', code: 'text' },
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
    acting_municipality_code: 'text', paying_municipality_code: 'text', rate_dkk: 'numeric', rate_unit: 'text',
    end_reason_code: 'text', end_destination_code: 'text',
  },
  case_assignments: { municipality_id: 'uuid', user_id: 'uuid', citizen_id: 'uuid' },
} satisfies TableColumns;

export type KernelTable = keyof typeof KERNEL_TABLES;

/** No rows yet in each of `tables`. */
export const emptyTables = <T extends string>(tables: TableColumns<T>): Tables<T> =>
  Object.fromEntries(Object.keys(tables).map((t) => [t, []])) as unknown as Tables<T>;

const CHUNK = 5000;

/**
 * Inserts rows in bulk: one `INSERT … SELECT … FROM json_to_recordset($1)` per 5,000 rows, so
 * tens of thousands of rows cost a handful of statements (PGlite does ~2,700 single inserts/s).
 */
export async function insertRows(tx: Queryable, table: string, columns: Record<string, Column>, rows: Row[]): Promise<void> {
  if (rows.length === 0) return;
  const entries = Object.entries(columns);
  const stored = entries.filter((e): e is [string, string | { type?: string; expr: string }] => typeof e[1] === 'string' || !('input' in e[1]));
  const recordset = entries.flatMap(([name, c]) => {
    const type = typeof c === 'string' ? c : 'input' in c ? c.input : c.type;
    return type ? [`${name} ${type}`] : [];
  });
  const select = stored.map(([name, c]) => (typeof c === 'string' ? `x.${name}` : c.expr));
  const sql = `INSERT INTO ${table} (${stored.map(([name]) => name).join(', ')})
    SELECT ${select.join(', ')} FROM json_to_recordset($1::json) AS x(${recordset.join(', ')})`;
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.query(sql, [JSON.stringify(rows.slice(i, i + CHUNK))]);
  }
}
