import type { Db, Queryable } from '../index.js';
import { hashPassword } from '../../auth/passwords.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';
import { minuteOfDayInCopenhagen, todayInCopenhagen } from '../../../domain/dates.js';
import { manifests } from '../../features/index.js';
import { DEMO_TABLES, generateDemoData } from './generate.js';
import type { GoalCodes } from './stage.js';
import { DEMO_KOMMUNE, DEMO_PASSWORD, NABO_KOMMUNE } from './spec.js';
import { insertRows } from './tables.js';

export { DEMO_PASSWORD };

/** The named demo logins, each with one line in Danish on what it shows. */
export const DEMO_USERS: Array<{ username: string; description: string }> = [...DEMO_KOMMUNE.namedUsers, ...NABO_KOMMUNE.namedUsers].map(
  (u) => ({ username: u.username, description: u.description }),
);

/** Reads the FFB codes goals need from KL's code system (loaded by migrate). */
async function loadGoalCodes(tx: Queryable): Promise<GoalCodes> {
  const rows = await tx.query<{ code: string; display: string; parent_code: string }>(
    'SELECT code, display, parent_code FROM ffb_concepts WHERE parent_code = ANY($1::text[])',
    [[FFB_GROUPS.activityAndParticipation, FFB_GROUPS.goalType]],
  );
  const byName = (parent: string, display: string) => {
    const row = rows.find((r) => r.parent_code === parent && r.display === display);
    if (!row) throw new Error(`FFB concept "${display}" is missing: run migrate first`);
    return row.code;
  };
  return {
    areas: new Map(rows.filter((r) => r.parent_code === FFB_GROUPS.activityAndParticipation).map((r) => [r.display, r.code])),
    develop: byName(FFB_GROUPS.goalType, 'Udvikle funktionsevne'),
    maintain: byName(FFB_GROUPS.goalType, 'Fastholde funktionsevne'),
    limitLoss: byName(FFB_GROUPS.goalType, 'Begrænse tab af funktionsevne'),
  };
}

/**
 * Creates the demo (Demo Kommune with ~315 citizens, a year of notes; Nabo Kommune with 5) on an
 * empty database, in one transaction and in bulk statements. Returns false, and changes nothing,
 * when any municipality exists. `now` anchors every date (default: now), and the journal runs up
 * to its minute in Copenhagen, so the handover has notes whenever the demo is created.
 */
export async function seedDemo(db: Db, opts: { now?: Date } = {}): Promise<boolean> {
  const hasData = async (q: Queryable) => (await q.query<{ found: boolean }>('SELECT EXISTS (SELECT 1 FROM municipalities) AS found'))[0].found;
  if (await hasData(db)) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.transaction(async (tx) => {
    // Two processes starting at once: the second waits here, then finds the data.
    await tx.query('LOCK TABLE municipalities IN SHARE ROW EXCLUSIVE MODE');
    if (await hasData(tx)) return false;
    // Per-row foreign-key checks (triggers) are over half of PGlite's insert time. Like
    // pg_restore --disable-triggers, skip them where allowed (superuser, always so on PGlite):
    // the generator is consistent by construction and seed.test.ts checks every reference.
    const [{ rolsuper }] = await tx.query<{ rolsuper: boolean }>('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
    if (rolsuper) await tx.query('SET LOCAL session_replication_role = replica');
    const now = opts.now ?? new Date();
    const tables = generateDemoData(await loadGoalCodes(tx), todayInCopenhagen(now), passwordHash, minuteOfDayInCopenhagen(now));
    for (const [table, columns] of Object.entries(DEMO_TABLES)) await insertRows(tx, table, columns, tables[table]);
    for (const feature of manifests) if (feature.demo?.afterInsert) await tx.query(feature.demo.afterInsert);
    return true;
  });
}
