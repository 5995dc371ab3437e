import type { Queryable } from '../../db/index.js';
import type { RequestCtx } from '../../context.js';
import { citizenFactsColumns, toCitizenFacts, type CitizenFactsRow, type VisibleCitizen } from '../../access/gate.js';
import type { ReferralInput } from '../../../contracts/referrals.js';
import type { ReferralFacts } from './access.js';

/** A referral's own row with what its rules need (its citizen's facts, the offered unit's path). */
export interface ReferralRow {
  id: string;
  municipality_id: string;
  citizen_id: string;
  state: string;
  version: number;
  offered_path: string | null;
  case_worker_id: string;
  citizen: CitizenFactsRow;
}

export const referralFacts = (r: ReferralRow): ReferralFacts => ({
  municipalityId: r.municipality_id,
  citizen: toCitizenFacts(r.citizen),
  offeredUnitPath: r.offered_path,
});

/** One referral by id in the actor's municipality, with its citizen's facts as the actor sees them today. */
export async function getReferralRow(tx: Queryable, ctx: RequestCtx, id: string, today: string): Promise<ReferralRow | undefined> {
  const [row] = await tx.query<ReferralRow>(
    `SELECT r.id, r.municipality_id, r.citizen_id, r.state, r.version, r.case_worker_id, ou.path AS offered_path,
            (SELECT row_to_json(f) FROM (SELECT c.id, c.municipality_id, ${citizenFactsColumns(3, 4)} FROM citizens c
               WHERE c.municipality_id = r.municipality_id AND c.id = r.citizen_id) f) AS citizen
       FROM referrals r LEFT JOIN org_units ou ON ou.municipality_id = r.municipality_id AND ou.id = r.offered_org_unit_id
      WHERE r.municipality_id = $1 AND r.id = $2`,
    [ctx.actor.municipalityId, id, ctx.actor.userId, today],
  );
  return row;
}

const summaryColumns = `r.id, r.citizen_id, c.first_name || ' ' || c.last_name AS citizen_name, r.type_code, rt.name AS type_name, r.state, r.urgency,
  r.legal_basis, r.flags, r.received_on::text AS received_on, r.offered_org_unit_id, ou.name AS offered_name, r.case_worker_id, cw.display_name AS case_worker_name,
  (SELECT json_build_object('code', tg.code, 'name', tg.name) FROM referral_target_groups g JOIN target_groups tg ON tg.code = g.target_group_code
    WHERE g.municipality_id = r.municipality_id AND g.referral_id = r.id ORDER BY g.position LIMIT 1) AS primary_target_group,
  coalesce((SELECT max(t.at) FROM referral_transitions t WHERE t.municipality_id = r.municipality_id AND t.referral_id = r.id), r.created_at) AS state_since`;
const summaryJoins = `FROM referrals r
  JOIN citizens c ON c.municipality_id = r.municipality_id AND c.id = r.citizen_id
  JOIN referral_types rt ON rt.code = r.type_code
  JOIN users cw ON cw.municipality_id = r.municipality_id AND cw.id = r.case_worker_id
  LEFT JOIN org_units ou ON ou.municipality_id = r.municipality_id AND ou.id = r.offered_org_unit_id`;

export interface SummaryRow {
  id: string;
  citizen_id: string;
  citizen_name: string;
  type_code: string;
  type_name: string;
  state: string;
  urgency: 'normal' | 'urgent' | 'acute';
  legal_basis: string;
  flags: string[];
  received_on: string;
  offered_org_unit_id: string | null;
  offered_name: string | null;
  case_worker_id: string;
  case_worker_name: string;
  primary_target_group: { code: string; name: string } | null;
  state_since: Date | string;
}

export interface DetailRow extends SummaryRow {
  previous_referral_id: string | null;
  revisitation_report_id: string | null;
  methods_wanted: string[];
  support_need_code: string | null;
  support_need_name: string | null;
  plan_purpose: string;
  plan_interventions: string;
  plan_expected_duration: string;
  plan_housing: string;
  plan_employment: string;
  plan_personal_help: string;
  plan_treatment: string;
  plan_aids: string;
  needs_own_bath: boolean;
  needs_own_kitchen: boolean;
  needs_min_area_m2: string | number | null;
  wishes_text: string;
  wish_municipality_code: string | null;
  wish_municipality_name: string | null;
  wish_district: string | null;
  family_municipality_code: string | null;
  family_municipality_name: string | null;
  family_district: string | null;
  wishes_pets: boolean;
  expected_move_in: string | null;
  decided_at: Date | string | null;
  created_at: Date | string;
  version: number;
}

/** The whole referral (its own columns; the lists below add the rest). */
export async function getReferralDetail(tx: Queryable, citizen: VisibleCitizen, id: string): Promise<DetailRow | undefined> {
  const [row] = await tx.query<DetailRow>(
    `SELECT ${summaryColumns}, r.previous_referral_id, r.revisitation_report_id, r.methods_wanted, r.support_need_code, sn.display AS support_need_name,
            r.plan_purpose, r.plan_interventions, r.plan_expected_duration, r.plan_housing, r.plan_employment, r.plan_personal_help, r.plan_treatment, r.plan_aids,
            r.needs_own_bath, r.needs_own_kitchen, r.needs_min_area_m2, r.wishes_text, r.wish_municipality_code, wm.name AS wish_municipality_name, r.wish_district,
            r.family_municipality_code, fm.name AS family_municipality_name, r.family_district, r.wishes_pets, r.expected_move_in::text AS expected_move_in,
            r.decided_at, r.created_at, r.version
       ${summaryJoins}
       LEFT JOIN ffb_concepts sn ON sn.code = r.support_need_code
       LEFT JOIN danish_municipalities wm ON wm.code = r.wish_municipality_code
       LEFT JOIN danish_municipalities fm ON fm.code = r.family_municipality_code
      WHERE r.municipality_id = $1 AND r.citizen_id = $2 AND r.id = $3`,
    [citizen.municipalityId, citizen.id, id],
  );
  return row;
}

export interface TargetGroupRow { code: string; name: string; position: number }
export const referralTargetGroups = (tx: Queryable, citizen: VisibleCitizen, id: string) =>
  tx.query<TargetGroupRow>(
    `SELECT tg.code, tg.name, g.position FROM referral_target_groups g JOIN target_groups tg ON tg.code = g.target_group_code
      WHERE g.municipality_id = $1 AND g.referral_id = $2 ORDER BY g.position`,
    [citizen.municipalityId, id],
  );

export interface AssessmentRow { condition_code: string; condition_name: string; area_code: string; area_name: string; level_code: string; level_name: string; note: string }
export const referralAssessment = (tx: Queryable, citizen: VisibleCitizen, id: string) =>
  tx.query<AssessmentRow>(
    `SELECT a.condition_code, c.display AS condition_name, ar.code AS area_code, ar.display AS area_name, a.level_code, l.display AS level_name, a.note
       FROM referral_assessments a JOIN ffb_concepts c ON c.code = a.condition_code JOIN ffb_concepts ar ON ar.code = c.parent_code
       JOIN ffb_concepts l ON l.code = a.level_code
      WHERE a.municipality_id = $1 AND a.referral_id = $2 ORDER BY ar.display, c.display`,
    [citizen.municipalityId, id],
  );

export interface TransitionRow {
  seq: number; action: string; from_state: string | null; to_state: string; org_unit_id: string | null; org_unit_name: string | null;
  place_id: string | null; reason: string | null; condition: string | null; actor_id: string; actor_name: string; at: Date | string;
}
export const referralTransitions = (tx: Queryable, citizen: VisibleCitizen, id: string) =>
  tx.query<TransitionRow>(
    `SELECT t.seq, t.action, t.from_state, t.to_state, t.org_unit_id, ou.name AS org_unit_name, t.place_id, t.reason, t.condition,
            t.actor_id, u.display_name AS actor_name, t.at
       FROM referral_transitions t JOIN users u ON u.municipality_id = t.municipality_id AND u.id = t.actor_id
       LEFT JOIN org_units ou ON ou.municipality_id = t.municipality_id AND ou.id = t.org_unit_id
      WHERE t.municipality_id = $1 AND t.referral_id = $2 ORDER BY t.seq`,
    [citizen.municipalityId, id],
  );

export interface DocumentRow { id: string; file_name: string; media_type: string; size_bytes: number; uploaded_by: string; uploaded_by_name: string; uploaded_at: Date | string }
const documentColumns = `d.id, d.file_name, d.media_type, d.size_bytes, d.uploaded_by, u.display_name AS uploaded_by_name, d.uploaded_at`;
export const referralDocuments = (tx: Queryable, citizen: VisibleCitizen, id: string) =>
  tx.query<DocumentRow>(
    `SELECT ${documentColumns} FROM referral_documents d JOIN users u ON u.municipality_id = d.municipality_id AND u.id = d.uploaded_by
      WHERE d.municipality_id = $1 AND d.referral_id = $2 ORDER BY d.uploaded_at, d.id`,
    [citizen.municipalityId, id],
  );

export async function insertDocument(
  tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, referralId: string, doc: { fileName: string; mediaType: string; content: Buffer },
): Promise<DocumentRow> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO referral_documents (municipality_id, referral_id, file_name, media_type, size_bytes, content, uploaded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [citizen.municipalityId, referralId, doc.fileName, doc.mediaType, doc.content.length, doc.content, ctx.actor.userId],
  );
  const [out] = await tx.query<DocumentRow>(
    `SELECT ${documentColumns} FROM referral_documents d JOIN users u ON u.municipality_id = d.municipality_id AND u.id = d.uploaded_by
      WHERE d.municipality_id = $1 AND d.id = $2`,
    [citizen.municipalityId, row.id],
  );
  return out;
}

export async function documentContent(tx: Queryable, citizen: VisibleCitizen, referralId: string, documentId: string) {
  const [row] = await tx.query<{ file_name: string; media_type: string; content: Uint8Array }>(
    'SELECT file_name, media_type, content FROM referral_documents WHERE municipality_id = $1 AND referral_id = $2 AND id = $3',
    [citizen.municipalityId, referralId, documentId],
  );
  return row;
}

/** Referrals in the actor's scope (`scope`: the policy's SQL twin), newest first; `state` narrows. */
export function listReferrals(tx: Queryable, ctx: RequestCtx, scope: { sql: string; params: unknown[] }, state: string | undefined): Promise<SummaryRow[]> {
  return tx.query<SummaryRow>(
    `SELECT ${summaryColumns} ${summaryJoins}
      WHERE r.municipality_id = $1 AND ($2::text IS NULL OR r.state = $2) AND ${scope.sql}
      ORDER BY CASE r.urgency WHEN 'acute' THEN 0 WHEN 'urgent' THEN 1 ELSE 2 END, r.received_on, r.id LIMIT 500`,
    [ctx.actor.municipalityId, state ?? null, ...scope.params],
  );
}

/** The citizen's referrals, newest first. */
export const citizenReferrals = (tx: Queryable, citizen: VisibleCitizen) =>
  tx.query<SummaryRow>(
    `SELECT ${summaryColumns} ${summaryJoins} WHERE r.municipality_id = $1 AND r.citizen_id = $2 ORDER BY r.received_on DESC, r.created_at DESC`,
    [citizen.municipalityId, citizen.id],
  );

/** What a referral's codes are checked against. */
export async function referralCatalogues(tx: Queryable) {
  const [stay, groups, methods, municipalities] = [
    await tx.query<{ code: string }>('SELECT code FROM legal_bases WHERE stay'),
    await tx.query<{ code: string }>('SELECT code FROM target_groups'),
    await tx.query<{ code: string }>('SELECT code FROM visitation_methods'),
    await tx.query<{ code: string }>('SELECT code FROM danish_municipalities'),
  ];
  const set = (rows: Array<{ code: string }>) => new Set(rows.map((r) => r.code));
  return { stayLegalBases: set(stay), targetGroups: set(groups), methods: set(methods), municipalities: set(municipalities) };
}

const writeParams = (b: ReferralInput) => [
  b.legalBasis, b.flags, b.methodsWanted, b.urgency, b.supportNeedCode,
  b.actionPlan.purpose, b.actionPlan.interventionsNeeded, b.actionPlan.expectedDuration,
  b.actionPlan.otherMatters.housing, b.actionPlan.otherMatters.employment, b.actionPlan.otherMatters.personalHelp, b.actionPlan.otherMatters.treatment, b.actionPlan.otherMatters.aids,
  b.needs.ownBath, b.needs.ownKitchen, b.needs.minAreaM2, b.wishes.text, b.wishes.municipalityCode, b.wishes.district,
  b.wishes.familyMunicipalityCode, b.wishes.familyDistrict, b.wishes.pets, b.expectedMoveIn,
];

async function writeChildren(tx: Queryable, municipalityId: string, referralId: string, b: ReferralInput) {
  await tx.query('DELETE FROM referral_target_groups WHERE municipality_id = $1 AND referral_id = $2', [municipalityId, referralId]);
  await tx.query('DELETE FROM referral_assessments WHERE municipality_id = $1 AND referral_id = $2', [municipalityId, referralId]);
  await tx.query(
    `INSERT INTO referral_target_groups (municipality_id, referral_id, target_group_code, position)
     SELECT $1, $2, g, n FROM unnest($3::text[]) WITH ORDINALITY AS x(g, n)`,
    [municipalityId, referralId, b.targetGroups],
  );
  if (b.assessment.length) {
    await tx.query(
      `INSERT INTO referral_assessments (municipality_id, referral_id, condition_code, level_code, note)
       SELECT $1, $2, x.c, x.l, x.n FROM unnest($3::text[], $4::text[], $5::text[]) AS x(c, l, n)`,
      [municipalityId, referralId, b.assessment.map((a) => a.conditionCode), b.assessment.map((a) => a.levelCode), b.assessment.map((a) => a.note)],
    );
  }
}

/** Inserts a referral with its target groups, assessment and first transition (submit → submitted, seq 1). */
export async function insertReferral(
  tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, b: ReferralInput, link: { typeCode: string; previousReferralId: string | null; revisitationReportId: string | null }, today: string,
): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO referrals (municipality_id, citizen_id, type_code, previous_referral_id, revisitation_report_id, case_worker_id, received_on,
       legal_basis, flags, methods_wanted, urgency, support_need_code, plan_purpose, plan_interventions, plan_expected_duration,
       plan_housing, plan_employment, plan_personal_help, plan_treatment, plan_aids, needs_own_bath, needs_own_kitchen, needs_min_area_m2,
       wishes_text, wish_municipality_code, wish_district, family_municipality_code, family_district, wishes_pets, expected_move_in, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $30, $6)
     RETURNING id`,
    [citizen.municipalityId, citizen.id, link.typeCode, link.previousReferralId, link.revisitationReportId, ctx.actor.userId, today, ...writeParams(b)],
  );
  await writeChildren(tx, citizen.municipalityId, row.id, b);
  await tx.query(
    `INSERT INTO referral_transitions (municipality_id, referral_id, seq, action, from_state, to_state, actor_id) VALUES ($1, $2, 1, 'submit', NULL, 'submitted', $3)`,
    [citizen.municipalityId, row.id, ctx.actor.userId],
  );
  return row.id;
}

/** Changes a referral not yet decided; 'stale' when its version is not `version` (or it was decided meanwhile). */
export async function updateReferral(tx: Queryable, citizen: VisibleCitizen, id: string, b: ReferralInput, version: number): Promise<'ok' | 'stale'> {
  const rows = await tx.query(
    `UPDATE referrals SET legal_basis = $4, flags = $5, methods_wanted = $6, urgency = $7, support_need_code = $8, plan_purpose = $9, plan_interventions = $10,
            plan_expected_duration = $11, plan_housing = $12, plan_employment = $13, plan_personal_help = $14, plan_treatment = $15, plan_aids = $16,
            needs_own_bath = $17, needs_own_kitchen = $18, needs_min_area_m2 = $19, wishes_text = $20, wish_municipality_code = $21, wish_district = $22,
            family_municipality_code = $23, family_district = $24, wishes_pets = $25, expected_move_in = $26, version = version + 1
      WHERE municipality_id = $1 AND id = $2 AND version = $3 AND state NOT IN ('placed', 'refused', 'withdrawn') RETURNING id`,
    [citizen.municipalityId, id, version, ...writeParams(b)],
  );
  if (rows.length === 0) return 'stale';
  await writeChildren(tx, citizen.municipalityId, id, b);
  return 'ok';
}

/** The form's own catalogue: methods, referral types with the municipality's deadline, FFB conditions by area. */
export async function formCatalogue(tx: Queryable, ctx: RequestCtx, activityAndParticipation: string) {
  return {
    methods: await tx.query<{ code: string; name: string; kind: 'method' | 'specialisation' }>('SELECT code, name, kind FROM visitation_methods ORDER BY sort_order'),
    types: (await tx.query<{ code: string; name: string; deadline_days: number }>(
      `SELECT t.code, t.name, coalesce(d.days, t.default_deadline_days) AS deadline_days FROM referral_types t
         LEFT JOIN referral_deadlines d ON d.municipality_id = $1 AND d.type_code = t.code ORDER BY t.sort_order`,
      [ctx.actor.municipalityId],
    )).map((t) => ({ code: t.code, name: t.name, deadlineDays: t.deadline_days })),
    conditions: await tx.query<{ code: string; display: string; area: { code: string; display: string } }>(
      `SELECT c.code, c.display, json_build_object('code', a.code, 'display', a.display) AS area
         FROM ffb_concepts a JOIN ffb_concepts c ON c.parent_code = a.code WHERE a.parent_code = $1 ORDER BY a.display, c.display`,
      [activityAndParticipation],
    ),
  };
}

/** The six activity-and-participation areas, by name. */
export const ffbAreas = (tx: Queryable, activityAndParticipation: string) =>
  tx.query<{ code: string; display: string }>('SELECT code, display FROM ffb_concepts WHERE parent_code = $1 ORDER BY display', [activityAndParticipation]);

// --- Re-visitation ---------------------------------------------------------------------------------

export interface ReportRow {
  id: string; citizen_id: string; citizen_name: string; org_unit_id: string; unit_name: string; what_changed: string;
  reported_by: string; reported_by_name: string; reported_at: Date | string; referral_id: string | null; answered_by: string | null;
  case_workers: Array<{ id: string; name: string }>;
}
const reportColumns = `rr.id, rr.citizen_id, c.first_name || ' ' || c.last_name AS citizen_name, rr.org_unit_id, ou.name AS unit_name, rr.what_changed,
  rr.reported_by, u.display_name AS reported_by_name, rr.reported_at, rr.referral_id,
  (SELECT r.id FROM referrals r WHERE r.municipality_id = rr.municipality_id AND r.revisitation_report_id = rr.id ORDER BY r.created_at LIMIT 1) AS answered_by,
  (SELECT coalesce(json_agg(json_build_object('id', cu.id, 'name', cu.display_name) ORDER BY cu.display_name), '[]')
     FROM case_assignments ca JOIN users cu ON cu.municipality_id = ca.municipality_id AND cu.id = ca.user_id AND cu.active
    WHERE ca.municipality_id = rr.municipality_id AND ca.citizen_id = rr.citizen_id
      AND EXISTS (SELECT 1 FROM user_roles ur WHERE ur.municipality_id = ca.municipality_id AND ur.user_id = ca.user_id AND ur.role = 'case_worker')) AS case_workers
  FROM revisitation_reports rr JOIN citizens c ON c.municipality_id = rr.municipality_id AND c.id = rr.citizen_id
  JOIN org_units ou ON ou.municipality_id = rr.municipality_id AND ou.id = rr.org_unit_id
  JOIN users u ON u.municipality_id = rr.municipality_id AND u.id = rr.reported_by`;

export async function insertRevisitationReport(tx: Queryable, ctx: RequestCtx, citizen: VisibleCitizen, unitId: string, whatChanged: string): Promise<ReportRow> {
  // The referral the citizen came on: their newest placed one, if any.
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO revisitation_reports (municipality_id, citizen_id, org_unit_id, referral_id, what_changed, reported_by)
     VALUES ($1, $2, $3, (SELECT id FROM referrals WHERE municipality_id = $1 AND citizen_id = $2 AND state = 'placed' ORDER BY decided_at DESC LIMIT 1), $4, $5)
     RETURNING id`,
    [citizen.municipalityId, citizen.id, unitId, whatChanged, ctx.actor.userId],
  );
  return (await getRevisitationReport(tx, citizen.municipalityId, row.id))!;
}

export async function getRevisitationReport(tx: Queryable, municipalityId: string, id: string): Promise<ReportRow | undefined> {
  const [row] = await tx.query<ReportRow>(`SELECT ${reportColumns} WHERE rr.municipality_id = $1 AND rr.id = $2`, [municipalityId, id]);
  return row;
}

/** Reports not yet answered by a referral, of the citizens assigned to the actor, oldest first. */
export const openReportsForCaseWorker = (tx: Queryable, ctx: RequestCtx) =>
  tx.query<ReportRow>(
    `SELECT * FROM (SELECT ${reportColumns}
       WHERE rr.municipality_id = $1 AND EXISTS (SELECT 1 FROM case_assignments ca WHERE ca.municipality_id = rr.municipality_id AND ca.citizen_id = rr.citizen_id AND ca.user_id = $2)) x
      WHERE x.answered_by IS NULL ORDER BY x.reported_at`,
    [ctx.actor.municipalityId, ctx.actor.userId],
  );

/** The citizen's reports not yet answered by a referral, newest first. */
export const openReportsOfCitizen = (tx: Queryable, citizen: VisibleCitizen) =>
  tx.query<ReportRow>(
    `SELECT * FROM (SELECT ${reportColumns} WHERE rr.municipality_id = $1 AND rr.citizen_id = $2) x WHERE x.answered_by IS NULL ORDER BY x.reported_at DESC`,
    [citizen.municipalityId, citizen.id],
  );

export async function citizenAge(tx: Queryable, citizen: VisibleCitizen, on: string): Promise<number> {
  const [row] = await tx.query<{ age: number }>('SELECT extract(year FROM age($3::date, birth_date))::int AS age FROM citizens WHERE municipality_id = $1 AND id = $2', [
    citizen.municipalityId, citizen.id, on,
  ]);
  return row.age;
}
