import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { visibleCitizenIds } from '../../access/scope.js';
import { journalCitizenScope } from '../journal/access.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { interventionJoinsSql, interventionJsonSql, livedAtJoinSql, type InterventionRow } from '../placements/queries.js';
import { followUpIntervalSql } from '../plans/queries.js';
import type { RelativeRow } from './relatives.queries.js';
import { citizenFactsColumns, type CitizenFactsRow, type VisibleCitizen } from '../../access/gate.js';

/** A list row carries its citizen facts, so the presenter asks the policy about each row. */
export interface CitizenListRow extends CitizenFactsRow {
  first_name: string;
  last_name: string;
  birth_date: string;
  cpr: string;
  is_contact_person: boolean;
  unit_id: string | null;
  unit_name: string | null;
  facility_name: string | null;
  next_follow_up: { goalId: string; title: string; date: string } | null;
  /** Read only for citizens in the actor's journal scope; null outside it or without notes. */
  latest_note: { id: string; writtenAt: string; body: string; authorName: string } | null;
}

/** Turns a search text into a birth date when it is one (DD-MM-YYYY, DDMMYY, YYYY-MM-DD). */
export function birthDateFromSearch(q: string): string | null {
  let m = /^(\d{2})[-./]?(\d{2})[-./]?(\d{4})$/.exec(q);
  if (m) return `${m[3]}-${m[2]}-${m[1]}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(q);
  if (m) return q;
  m = /^(\d{2})(\d{2})(\d{2})$/.exec(q);
  if (m) return null; // DDMMYY is ambiguous in century: matched by the CPR prefix instead.
  return null;
}

/**
 * Mine borgere: the citizens the actor may list (policy in the WHERE), each with its citizen facts,
 * the next follow-up due and — only where the actor reads the journal (the journal scope, the SQL
 * twin of `readJournal`) — the latest note. Contact-person citizens first. With `unitId` (which the
 * caller must have checked is one of the actor's care units) only those placed on it today, each
 * shown with that placement.
 */
export async function listCitizensForActor(
  tx: Queryable,
  ctx: RequestCtx,
  opts: { q?: string; limit: number; cpr?: string; unitId?: string },
): Promise<CitizenListRow[]> {
  const today = todayInCopenhagen();
  const scope = visibleCitizenIds(ctx.actor, today, 1);
  const journal = journalCitizenScope(ctx.actor, ctx.actor.careUnitIds, today, 7);
  const params: unknown[] = [...scope.params, ctx.actor.userId, opts.limit, ...journal.params];
  const filters: string[] = [];
  let placedOn = '';
  if (opts.unitId) {
    params.push(opts.unitId);
    placedOn = `AND i.unit_id = $${params.length}`;
    filters.push('pl.unit_id IS NOT NULL');
  }
  if (opts.cpr) {
    params.push(opts.cpr);
    filters.push(`c.cpr = $${params.length}`);
  } else if (opts.q) {
    const birth = birthDateFromSearch(opts.q);
    if (birth) {
      params.push(birth);
      filters.push(`c.birth_date = $${params.length}::date`);
    } else if (/^\d{6}$/.test(opts.q)) {
      params.push(opts.q);
      filters.push(`left(c.cpr, 6) = $${params.length}`);
    } else {
      // Both sides folded alike (migration 011): "norgaard" finds Nørgaard, "aase" Åse, and the other way round.
      params.push(opts.q.replace(/[\\%_]/g, '\\$&'));
      filters.push(`fold_danish(c.first_name || ' ' || c.last_name) LIKE '%' || fold_danish($${params.length}) || '%'`);
    }
  }
  return tx.query<CitizenListRow>(
    `SELECT c.id, c.municipality_id, c.first_name, c.last_name, c.birth_date, c.cpr, ${citizenFactsColumns(5, 3)},
            c.contact_person_id IS NOT DISTINCT FROM $5::uuid AS is_contact_person,
            pl.unit_id, pl.unit_name, pl.facility_name,
            (SELECT json_build_object('goalId', g.id, 'title', g.title, 'date', g.next_follow_up_date)
               FROM goals g WHERE g.municipality_id = c.municipality_id AND g.citizen_id = c.id AND g.status = 'active' AND g.next_follow_up_date IS NOT NULL
              ORDER BY g.next_follow_up_date LIMIT 1) AS next_follow_up,
            CASE WHEN c.id IN (SELECT s.citizen_id FROM (${journal.sql}) s) THEN
              (SELECT json_build_object('id', n.id, 'writtenAt', n.written_at, 'body', left(n.body, 160), 'authorName', u.display_name)
                 FROM journal_notes n JOIN users u ON u.id = n.author_id
                WHERE n.municipality_id = c.municipality_id AND n.citizen_id = c.id AND n.error_reason IS NULL AND n.kind <> 'health'
                ORDER BY n.written_at DESC LIMIT 1) END AS latest_note
       FROM citizens c
       ${livedAtJoinSql({ alias: 'pl', municipality: 'c.municipality_id', citizen: 'c.id', from: '$3::date', filter: placedOn })}
      WHERE c.id IN (${scope.sql}) ${filters.map((f) => `AND ${f}`).join(' ')}
      ORDER BY is_contact_person DESC, c.first_name, c.last_name
      LIMIT $6`,
    params,
  );
}

export interface CitizenDetailRow {
  id: string;
  cpr: string;
  first_name: string;
  last_name: string;
  birth_date: string;
  version: number;
  contact_person: { id: string; name: string } | null;
  target_groups: Array<{ code: string; name: string }>;
  interventions: Array<Omit<InterventionRow, 'citizenId'>>;
  relatives: RelativeRow[];
  follow_up_interval_months: number | null;
}

/**
 * The citizen record in one statement: person, target groups, interventions (placements),
 * relatives, and the follow-up interval of the facility they live on `today`.
 */
export async function getCitizenDetail(tx: Queryable, citizen: VisibleCitizen, today = todayInCopenhagen()): Promise<CitizenDetailRow | undefined> {
  const [row] = await tx.query<CitizenDetailRow>(
    `SELECT c.id, c.cpr, c.first_name, c.last_name, c.birth_date, c.version,
            (SELECT json_build_object('id', u.id, 'name', u.display_name) FROM users u WHERE u.id = c.contact_person_id) AS contact_person,
            coalesce((SELECT json_agg(json_build_object('code', t.code, 'name', t.name) ORDER BY t.sort_order)
                        FROM citizen_target_groups ct JOIN target_groups t ON t.code = ct.target_group_code
                       WHERE ct.citizen_id = c.id), '[]') AS target_groups,
            coalesce((SELECT json_agg(${interventionJsonSql} ORDER BY i.start_date DESC)
                        FROM interventions i ${interventionJoinsSql}
                       WHERE i.citizen_id = c.id), '[]') AS interventions,
            coalesce((SELECT json_agg(json_build_object('id', r.id, 'name', r.name, 'relation', r.relation, 'phone', r.phone,
                        'consentToShare', r.consent_to_share, 'note', r.note, 'version', r.version) ORDER BY r.name)
                        FROM relatives r WHERE r.citizen_id = c.id), '[]') AS relatives,
            ${followUpIntervalSql('c.municipality_id', 'c.id', '$2::date')} AS follow_up_interval_months
       FROM citizens c WHERE c.id = $1`,
    [citizen.id, today],
  );
  return row;
}

export async function getCpr(tx: Queryable, citizen: VisibleCitizen): Promise<string> {
  const [row] = await tx.query<{ cpr: string }>('SELECT cpr FROM citizens WHERE id = $1', [citizen.id]);
  return row.cpr;
}
