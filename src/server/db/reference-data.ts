import { readFile } from 'node:fs/promises';
import type { Queryable } from './index.js';

interface Concept {
  code: string;
  display: string;
  definition?: string;
  concept?: Concept[];
}

const ffbFile = new URL('./reference/kl-ffb-codesystem.json', import.meta.url);

/** Flattens KL's FHIR CodeSystem into (code, display, definition, parent, order) rows. */
export function flattenConcepts(concepts: Concept[], parent: string | null = null): Array<[string, string, string | null, string | null, number]> {
  return concepts.flatMap((c, i) => [
    [c.code, c.display, c.definition ?? null, parent, i] as [string, string, string | null, string | null, number],
    ...flattenConcepts(c.concept ?? [], c.code),
  ]);
}

/** Loads KL's FFB code system (220 concepts) as published; idempotent. */
export async function loadFfbCodeSystem(db: Queryable): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM ffb_concepts');
  const json = JSON.parse(await readFile(ffbFile, 'utf8')) as { concept: Concept[] };
  const rows = flattenConcepts(json.concept);
  if (n === rows.length) return n;
  await db.query(
    `INSERT INTO ffb_concepts (code, display, definition, parent_code, sort_order)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(code text, display text, definition text, parent_code text, sort_order int)
     ON CONFLICT (code) DO UPDATE SET display = excluded.display, definition = excluded.definition,
       parent_code = excluded.parent_code, sort_order = excluded.sort_order`,
    [JSON.stringify(rows.map(([code, display, definition, parent_code, sort_order]) => ({ code, display, definition, parent_code, sort_order })))],
  );
  return rows.length;
}
