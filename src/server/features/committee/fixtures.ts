import type { Db } from '../../db/index.js';
import type { ReferralState } from '../../../domain/visitation/committee.js';

export interface ReferralSpec {
  municipalityId: string;
  citizenId: string;
  caseWorkerId: string;
  legalBasis?: string;
  urgency?: 'normal' | 'urgent' | 'acute';
  receivedOn?: string;
  typeCode?: string;
  targetGroup?: string;
  /** Put it straight into this state (a fixture, past the committee), offered to `offeredOrgUnitId`. */
  state?: ReferralState;
  offeredOrgUnitId?: string | null;
  decidedAt?: string;
}

/**
 * A referral as the referrals feature leaves it: received ('submitted'), with its action plan and its
 * 'submit' transition as seq 1; in plain SQL (a test fixture, not a request). `state` moves it on
 * without the committee's rows, for tests of what is allowed from there.
 */
export async function insertReferral(db: Db, s: ReferralSpec): Promise<string> {
  const state = s.state ?? 'submitted';
  const decided = state === 'placed' || state === 'refused';
  const [row] = await db.query<{ id: string }>(
    `INSERT INTO referrals (municipality_id, citizen_id, type_code, case_worker_id, received_on, legal_basis, urgency,
                            plan_purpose, plan_interventions, plan_expected_duration, plan_housing, plan_treatment,
                            state, offered_org_unit_id, decided_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7,
             'Borgeren skal have et stabilt hjem med døgnstøtte og udvikle sine sociale færdigheder.',
             'Socialpædagogisk støtte døgnet rundt, struktur i hverdagen, hjælp til medicin.', '2-3 år',
             'Bolig med eget bad.', 'Fortsat kontakt til distriktspsykiatrien.',
             $8, $9, $10, $4) RETURNING id`,
    [s.municipalityId, s.citizenId, s.typeCode ?? 'new', s.caseWorkerId, s.receivedOn ?? '2026-11-01', s.legalBasis ?? '§108', s.urgency ?? 'normal',
      state, s.offeredOrgUnitId ?? null, decided ? (s.decidedAt ?? new Date().toISOString()) : null],
  );
  await db.query(
    `INSERT INTO referral_transitions (municipality_id, referral_id, seq, action, from_state, to_state, actor_id)
     VALUES ($1, $2, 1, 'submit', NULL, 'submitted', $3)`,
    [s.municipalityId, row.id, s.caseWorkerId],
  );
  await db.query(
    `INSERT INTO referral_target_groups (municipality_id, referral_id, target_group_code, position) VALUES ($1, $2, $3, 1)`,
    [s.municipalityId, row.id, s.targetGroup ?? 'social_psychiatry'],
  );
  return row.id;
}
