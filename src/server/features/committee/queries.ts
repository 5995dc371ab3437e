import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import type { ReferralAction, ReferralState } from '../../../domain/visitation/committee.js';
import type { ActionPlan } from '../../../contracts/committee.js';
import type { VisibleCitizen } from '../../access/gate.js';

const citizenName = `json_build_object('id', c.id, 'name', c.first_name || ' ' || c.last_name)`;
const planJson = `json_build_object('purpose', r.plan_purpose, 'interventions', r.plan_interventions, 'expectedDuration', r.plan_expected_duration,
  'housing', r.plan_housing, 'employment', r.plan_employment, 'personalHelp', r.plan_personal_help, 'treatment', r.plan_treatment, 'aids', r.plan_aids)`;
const targetGroupsJson = `coalesce((SELECT json_agg(json_build_object('code', tg.code, 'name', tg.name) ORDER BY rtg.position)
  FROM referral_target_groups rtg JOIN target_groups tg ON tg.code = rtg.target_group_code
  WHERE rtg.municipality_id = r.municipality_id AND rtg.referral_id = r.id), '[]'::json)`;
const offeredJson = `CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END`;

export interface ReferralViewRow {
  id: string;
  citizen: { id: string; name: string };
  type: { code: string; name: string };
  receivedOn: string;
  legalBasis: string;
  urgency: 'normal' | 'urgent' | 'acute';
  targetGroups: Array<{ code: string; name: string }>;
  flags: string[];
  caseWorkerName: string;
  state: ReferralState;
  offeredFacility: { id: string; name: string } | null;
  offeredPath: string | null;
  decidedAt: string | null;
  interventionId: string | null;
  version: number;
  plan: ActionPlan;
}

export async function getReferralView(tx: Queryable, referralId: string): Promise<ReferralViewRow> {
  const [row] = await tx.query<ReferralViewRow>(
    `SELECT r.id, ${citizenName} AS citizen, json_build_object('code', t.code, 'name', t.name) AS type, r.received_on::text AS "receivedOn",
            r.legal_basis AS "legalBasis", r.urgency, ${targetGroupsJson} AS "targetGroups", r.flags, cw.display_name AS "caseWorkerName",
            r.state, ${offeredJson} AS "offeredFacility", o.path AS "offeredPath", r.decided_at AS "decidedAt", r.intervention_id AS "interventionId", r.version, ${planJson} AS plan
       FROM referrals r JOIN citizens c ON c.id = r.citizen_id JOIN referral_types t ON t.code = r.type_code
       JOIN users cw ON cw.id = r.case_worker_id LEFT JOIN org_units o ON o.id = r.offered_org_unit_id
      WHERE r.id = $1`,
    [referralId],
  );
  return row;
}

export interface TransitionRow {
  seq: number;
  action: ReferralAction | 'submit';
  fromState: ReferralState | null;
  toState: ReferralState;
  orgUnit: { id: string; name: string } | null;
  place: { id: string; name: string } | null;
  reason: string | null;
  condition: string | null;
  actorName: string;
  at: string;
}

export async function listTransitions(tx: Queryable, referralId: string): Promise<TransitionRow[]> {
  return tx.query<TransitionRow>(
    `SELECT t.seq, t.action, t.from_state AS "fromState", t.to_state AS "toState",
            CASE WHEN o.id IS NULL THEN NULL ELSE json_build_object('id', o.id, 'name', o.name) END AS "orgUnit",
            CASE WHEN p.id IS NULL THEN NULL ELSE json_build_object('id', p.id, 'name', p.name) END AS place,
            t.reason, t.condition, u.display_name AS "actorName", t.at
       FROM referral_transitions t JOIN users u ON u.id = t.actor_id
       LEFT JOIN org_units o ON o.id = t.org_unit_id LEFT JOIN places p ON p.id = t.place_id
      WHERE t.referral_id = $1 ORDER BY t.seq`,
    [referralId],
  );
}

/** Places free for an open-ended stay from `day`: active, of the legal basis, nobody in them then or later. */
const freePlaceSql = (day: string, basis: string) => `p.active AND u.active AND p.legal_basis = ${basis} AND p.active_from <= ${day}::date
  AND NOT EXISTS (SELECT 1 FROM interventions i WHERE i.municipality_id = p.municipality_id AND i.place_id = p.id
                   AND (i.end_date IS NULL OR i.end_date > ${day}::date))`;

/** Active facilities with their free places of the legal basis (the committee's offer list). */
export async function listFacilitiesForOffer(tx: Queryable, legalBasis: string, day: string) {
  return tx.query<{ id: string; name: string; freePlaces: number }>(
    `SELECT f.id, f.name,
            (SELECT count(*)::int FROM places p JOIN org_units u ON u.id = p.unit_id
              WHERE u.path LIKE f.path || '%' AND ${freePlaceSql('$2', '$1')}) AS "freePlaces"
       FROM org_units f WHERE f.kind = 'facility' AND f.active
      ORDER BY 3 DESC, f.name`,
    [legalBasis, day],
  );
}

/** Free places of the legal basis in the org unit's subtree (the committee's place list). */
export async function listFreePlaces(tx: Queryable, orgUnitId: string, legalBasis: string, day: string) {
  return tx.query<{ id: string; name: string; unitName: string }>(
    `SELECT p.id, p.name, u.name AS "unitName"
       FROM org_units f JOIN org_units u ON u.path LIKE f.path || '%' JOIN places p ON p.unit_id = u.id
      WHERE f.id = $1 AND ${freePlaceSql('$3', '$2')}
      ORDER BY u.name, p.name`,
    [orgUnitId, legalBasis, day],
  );
}

/** Is `orgUnitId` an active facility (or unit) of the municipality? */
export async function loadOrgUnit(tx: Queryable, orgUnitId: string) {
  const [row] = await tx.query<{ id: string; kind: string; active: boolean; path: string }>('SELECT id, kind, active, path FROM org_units WHERE id = $1', [orgUnitId]);
  return row;
}

export interface StepWrite {
  referralId: string;
  seq: number;
  action: ReferralAction;
  from: ReferralState;
  to: ReferralState;
  orgUnitId: string | null;
  placeId: string | null;
  reason: string | null;
  condition: string | null;
}

/** The next seq of a referral's transitions. */
export async function nextSeq(tx: Queryable, referralId: string): Promise<number> {
  const [row] = await tx.query<{ seq: number }>('SELECT coalesce(max(seq), 0)::int + 1 AS seq FROM referral_transitions WHERE referral_id = $1', [referralId]);
  return row.seq;
}

export async function insertTransition(tx: Queryable, ctx: RequestCtx, s: StepWrite): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO referral_transitions (municipality_id, referral_id, seq, action, from_state, to_state, org_unit_id, place_id, reason, condition, actor_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [ctx.actor.municipalityId, s.referralId, s.seq, s.action, s.from, s.to, s.orgUnitId, s.placeId, s.reason, s.condition, ctx.actor.userId],
  );
  return row.id;
}

/** Moves the referral to its new state if `version` is still current; false when someone else changed it first. */
export async function updateReferralState(
  tx: Queryable,
  referralId: string,
  version: number,
  to: ReferralState,
  offeredOrgUnitId: string | null,
  interventionId: string | null,
): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE referrals SET state = $3, offered_org_unit_id = $4, intervention_id = $5,
            decided_at = CASE WHEN $3 IN ('placed', 'refused') THEN now() ELSE NULL END, version = version + 1
      WHERE id = $1 AND version = $2 RETURNING id`,
    [referralId, version, to, offeredOrgUnitId, interventionId],
  );
  return rows.length === 1;
}

/** The kind of stay granted on a legal basis: a stay kind allowing it, its own default first. */
export async function stayKindFor(tx: Queryable, legalBasis: string): Promise<string | undefined> {
  const [row] = await tx.query<{ code: string }>(
    `SELECT k.code FROM intervention_kinds k JOIN intervention_kind_legal_bases b ON b.kind_code = k.code
      WHERE k.delivery = 'stay' AND b.legal_basis = $1 AND (k.valid_to IS NULL OR k.valid_to > current_date)
      ORDER BY (k.default_legal_basis = $1) DESC, k.ladder_step DESC, k.code LIMIT 1`,
    [legalBasis],
  );
  return row?.code;
}

/** The daily rate of the place's unit, else of its facility (org_unit_profiles.daily_rate_dkk). */
export async function dailyRateOf(tx: Queryable, unitId: string): Promise<number | null> {
  const [row] = await tx.query<{ rate: string | null }>(
    `SELECT coalesce(up.daily_rate_dkk, fp.daily_rate_dkk) AS rate
       FROM org_units u LEFT JOIN org_unit_profiles up ON up.org_unit_id = u.id
       LEFT JOIN org_unit_profiles fp ON fp.org_unit_id = u.parent_id
      WHERE u.id = $1`,
    [unitId],
  );
  return row?.rate == null ? null : Number(row.rate);
}

/** Is the code a support-need level of FFB (what a grant accepts)? */
export async function isSupportNeedLevel(tx: Queryable, code: string, parent: string): Promise<boolean> {
  return (await tx.query('SELECT 1 FROM ffb_concepts WHERE code = $1 AND parent_code = $2', [code, parent])).length === 1;
}

/** Ends the referral's open purchased places on the move-in day (the interim measure stops with the placement). */
export async function endOpenPurchases(tx: Queryable, referralId: string, day: string): Promise<void> {
  await tx.query(
    `UPDATE purchased_places SET end_date = GREATEST(start_date, $2::date), version = version + 1
      WHERE referral_id = $1 AND (end_date IS NULL OR end_date > $2::date)`,
    [referralId, day],
  );
}

// Purchased places -------------------------------------------------------------------------------

export interface PurchasedRow {
  id: string;
  referralId: string;
  citizenId: string;
  providerName: string;
  providerMunicipality: { id: string; name: string } | null;
  legalBasis: string;
  dailyRateDkk: string;
  ownDailyRateDkk: string;
  startDate: string;
  endDate: string | null;
  version: number;
}

const purchasedSelect = `SELECT pp.id, pp.referral_id AS "referralId", pp.citizen_id AS "citizenId", pp.provider_name AS "providerName",
    CASE WHEN dm.code IS NULL THEN NULL ELSE json_build_object('id', dm.code, 'name', dm.name) END AS "providerMunicipality",
    pp.legal_basis AS "legalBasis", pp.daily_rate_dkk::text AS "dailyRateDkk", pp.own_daily_rate_dkk::text AS "ownDailyRateDkk",
    pp.start_date::text AS "startDate", pp.end_date::text AS "endDate", pp.version
  FROM purchased_places pp LEFT JOIN danish_municipalities dm ON dm.code = pp.provider_municipality_code`;

export async function getPurchased(tx: Queryable, id: string): Promise<PurchasedRow | undefined> {
  const [row] = await tx.query<PurchasedRow>(`${purchasedSelect} WHERE pp.id = $1`, [id]);
  return row;
}

export async function listPurchasedOf(tx: Queryable, referralId: string): Promise<PurchasedRow[]> {
  return tx.query<PurchasedRow>(`${purchasedSelect} WHERE pp.referral_id = $1 ORDER BY pp.start_date DESC`, [referralId]);
}

/** The referral's purchased place that has not ended by `day`, if any. */
export async function openPurchaseOf(tx: Queryable, referralId: string, day: string): Promise<PurchasedRow | undefined> {
  const [row] = await tx.query<PurchasedRow>(`${purchasedSelect} WHERE pp.referral_id = $1 AND (pp.end_date IS NULL OR pp.end_date > $2::date) LIMIT 1`, [referralId, day]);
  return row;
}

export async function insertPurchased(
  tx: Queryable,
  ctx: RequestCtx,
  p: { referralId: string; citizenId: string; providerName: string; providerMunicipalityCode: string | null; legalBasis: string; dailyRateDkk: number; ownDailyRateDkk: number; startDate: string },
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO purchased_places (municipality_id, referral_id, citizen_id, provider_name, provider_municipality_code, legal_basis,
                                   daily_rate_dkk, own_daily_rate_dkk, start_date, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [ctx.actor.municipalityId, p.referralId, p.citizenId, p.providerName, p.providerMunicipalityCode, p.legalBasis, p.dailyRateDkk, p.ownDailyRateDkk, p.startDate, ctx.actor.userId],
  );
  return row.id;
}

export async function endPurchased(tx: Queryable, id: string, version: number, endDate: string): Promise<boolean> {
  return (await tx.query('UPDATE purchased_places SET end_date = $3, version = version + 1 WHERE id = $1 AND version = $2 RETURNING id', [id, version, endDate])).length === 1;
}

export async function isMunicipalityCode(tx: Queryable, code: string): Promise<boolean> {
  return (await tx.query('SELECT 1 FROM danish_municipalities WHERE code = $1', [code])).length === 1;
}

/** The municipality's own daily rate per legal basis: the average of its facilities' (or units') profile rates with places of that basis. */
export async function ownRates(tx: Queryable): Promise<Map<string, number>> {
  const rows = await tx.query<{ basis: string; rate: string }>(
    `SELECT p.legal_basis AS basis, round(avg(coalesce(up.daily_rate_dkk, fp.daily_rate_dkk)), 2)::text AS rate
       FROM places p JOIN org_units u ON u.id = p.unit_id
       LEFT JOIN org_unit_profiles up ON up.org_unit_id = u.id LEFT JOIN org_unit_profiles fp ON fp.org_unit_id = u.parent_id
      WHERE p.active AND coalesce(up.daily_rate_dkk, fp.daily_rate_dkk) IS NOT NULL
      GROUP BY p.legal_basis`,
  );
  return new Map(rows.map((r) => [r.basis, Number(r.rate)]));
}

// Waiting list and inbox -------------------------------------------------------------------------

export interface QueueRow {
  referralId: string;
  citizen: { id: string; name: string };
  state: ReferralState;
  legalBasis: string;
  targetGroups: string[];
  urgency: 'normal' | 'urgent' | 'acute';
  since: string;
  offeredFacility: { id: string; name: string } | null;
  version: number;
}

/** Referrals waiting or not yet on the list (submitted, declined): the committee's queue. */
export async function listQueue(tx: Queryable): Promise<QueueRow[]> {
  return tx.query<QueueRow>(
    `SELECT r.id AS "referralId", ${citizenName} AS citizen, r.state, r.legal_basis AS "legalBasis",
            coalesce((SELECT array_agg(tg.name ORDER BY rtg.position) FROM referral_target_groups rtg JOIN target_groups tg ON tg.code = rtg.target_group_code
                       WHERE rtg.municipality_id = r.municipality_id AND rtg.referral_id = r.id), '{}') AS "targetGroups",
            r.urgency, r.received_on::text AS since, ${offeredJson} AS "offeredFacility", r.version
       FROM referrals r JOIN citizens c ON c.id = r.citizen_id LEFT JOIN org_units o ON o.id = r.offered_org_unit_id
      WHERE r.state IN ('waiting', 'submitted', 'declined')
      ORDER BY r.received_on, r.created_at`,
  );
}

/** The open (or ending after `day`) purchased places of referrals in the queue. */
export async function listOpenPurchases(tx: Queryable, day: string): Promise<PurchasedRow[]> {
  return tx.query<PurchasedRow>(
    `${purchasedSelect} JOIN referrals r ON r.id = pp.referral_id
      WHERE r.state IN ('waiting', 'submitted', 'declined') AND (pp.end_date IS NULL OR pp.end_date > $1::date)`,
    [day],
  );
}

/** Referrals offered to (or answered by) the units the actor leads: the facility's inbox (the SQL twin of leadsOfferedFacility). */
export async function listInbox(tx: Queryable, leaderPaths: string[]) {
  return tx.query<{
    referralId: string; citizen: { id: string; name: string }; facility: { id: string; name: string }; state: ReferralState; legalBasis: string;
    targetGroups: string[]; flags: string[]; urgency: 'normal' | 'urgent' | 'acute'; receivedOn: string; offeredAt: string | null; version: number;
  }>(
    `SELECT r.id AS "referralId", ${citizenName} AS citizen, json_build_object('id', o.id, 'name', o.name) AS facility, r.state,
            r.legal_basis AS "legalBasis",
            coalesce((SELECT array_agg(tg.name ORDER BY rtg.position) FROM referral_target_groups rtg JOIN target_groups tg ON tg.code = rtg.target_group_code
                       WHERE rtg.municipality_id = r.municipality_id AND rtg.referral_id = r.id), '{}') AS "targetGroups",
            r.flags, r.urgency, r.received_on::text AS "receivedOn",
            (SELECT max(t.at) FROM referral_transitions t WHERE t.referral_id = r.id AND t.action = 'offer') AS "offeredAt", r.version
       FROM referrals r JOIN citizens c ON c.id = r.citizen_id JOIN org_units o ON o.id = r.offered_org_unit_id
      WHERE EXISTS (SELECT 1 FROM unnest($1::text[]) lp WHERE o.path LIKE lp || '%') AND r.state IN ('offered', 'accepted', 'accepted_on_condition', 'declined')
      ORDER BY (r.state = 'offered') DESC, r.received_on`,
    [leaderPaths],
  );
}

// Deadlines ---------------------------------------------------------------------------------------

export async function listDeadlineTypes(tx: Queryable) {
  return tx.query<{ code: string; name: string; defaultDays: number; days: number; source: string | null }>(
    `SELECT t.code, t.name, t.default_deadline_days AS "defaultDays", coalesce(d.days, t.default_deadline_days) AS days, d.source
       FROM referral_types t LEFT JOIN referral_deadlines d ON d.type_code = t.code ORDER BY t.sort_order`,
  );
}

/** Per month of decision (Copenhagen time): referrals decided (placed or refused) and those within their deadline. */
export async function deadlineMonths(tx: Queryable, from: string) {
  return tx.query<{ month: string; decided: number; withinDeadline: number }>(
    `SELECT to_char(r.decided_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') AS month, count(*)::int AS decided,
            count(*) FILTER (WHERE (r.decided_at AT TIME ZONE 'Europe/Copenhagen')::date - r.received_on <= coalesce(d.days, t.default_deadline_days))::int AS "withinDeadline"
       FROM referrals r JOIN referral_types t ON t.code = r.type_code LEFT JOIN referral_deadlines d ON d.type_code = r.type_code
      WHERE r.state IN ('placed', 'refused') AND r.decided_at >= $1::date
      GROUP BY 1 ORDER BY 1`,
    [from],
  );
}

export async function upsertDeadline(tx: Queryable, ctx: RequestCtx, typeCode: string, days: number, source: string): Promise<void> {
  await tx.query(
    `INSERT INTO referral_deadlines (municipality_id, type_code, days, source, updated_by) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (municipality_id, type_code) DO UPDATE SET days = EXCLUDED.days, source = EXCLUDED.source, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [ctx.actor.municipalityId, typeCode, days, source, ctx.actor.userId],
  );
}

// The action plan with the service ---------------------------------------------------------------

export async function listActionPlans(tx: Queryable, citizen: VisibleCitizen) {
  return tx.query<{ referralId: string; interventionId: string; receivedOn: string; legalBasis: string; facility: { id: string; name: string } | null; plan: ActionPlan }>(
    `SELECT r.id AS "referralId", r.intervention_id AS "interventionId", r.received_on::text AS "receivedOn", r.legal_basis AS "legalBasis",
            ${offeredJson} AS facility, ${planJson} AS plan
       FROM referrals r LEFT JOIN org_units o ON o.id = r.offered_org_unit_id
      WHERE r.citizen_id = $1 AND r.intervention_id IS NOT NULL ORDER BY r.received_on DESC`,
    [citizen.id],
  );
}
