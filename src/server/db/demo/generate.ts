import { manifests } from '../../features/index.js';
import { generateOrganisation, NamePool, setPlacesOpened } from './organisation.js';
import { generateCitizens } from './people.js';
import { plusDays, Rng } from './random.js';
import { DEMO_KOMMUNE, NABO_KOMMUNE } from './spec.js';
import type { GoalCodes } from './stage.js';
import { emptyTables, KERNEL_TABLES, type TableColumns, type Tables } from './tables.js';

/** Days of journal history the demo has. */
export const JOURNAL_DAYS = 365;

/** Every demo table in insertion order: the kernel's, then each feature's in the order of features/index.ts. */
export const DEMO_TABLES: TableColumns = { ...KERNEL_TABLES };
for (const feature of manifests) {
  for (const [table, columns] of Object.entries(feature.demo?.tables ?? {})) {
    if (table in DEMO_TABLES) throw new Error(`Demo table ${table} of ${feature.name} is already declared`);
    DEMO_TABLES[table] = columns;
  }
}

/**
 * Every row of the demo, built in memory from seeded generators (one per municipality, so each
 * stays the same when the other changes): the kernel's organisation and citizens, then each
 * feature's demo stage in the order of features/index.ts. Dates are relative to `today`, so
 * overdue follow-ups stay overdue whenever the demo is created; the journal ends at `nowMinute`
 * (minutes since midnight in Copenhagen) today. No I/O.
 */
export function generateDemoData(codes: GoalCodes, today: string, passwordHash: string, nowMinute = 0): Tables {
  const out = emptyTables(DEMO_TABLES);
  const names = new NamePool();
  const cprs = new Set<string>();
  for (const spec of [DEMO_KOMMUNE, NABO_KOMMUNE]) {
    const rng = new Rng(spec.seed);
    const org = generateOrganisation(spec, rng, names, passwordHash, out);
    const citizens = generateCitizens(spec, org, rng, names, today, cprs, out);
    // Places open well before the year of notes and figures, so the leader's 12 months count them all.
    setPlacesOpened(org, plusDays(today, -2 * JOURNAL_DAYS), out);
    const world = { spec, rng, today, nowMinute, journalDays: JOURNAL_DAYS, codes, org, citizens, goals: new Map(), out };
    for (const feature of manifests) feature.demo?.stage(world);
  }
  return out;
}
