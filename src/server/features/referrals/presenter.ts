import type { ApplicationStatus, Referral, ReferralDocument, ReferralSummary, RevisitationReport } from '../../../contracts/referrals.js';
import { STATE_LABELS, STEPS, type ReferralState } from '../../../domain/visitation/committee.js';
import type { ReferralFlag } from '../../../domain/visitation/types.js';
import { isoTimestamp as iso } from '../../present.js';
import type { AssessmentRow, DetailRow, DocumentRow, ReportRow, SummaryRow, TargetGroupRow, TransitionRow } from './queries.js';

const ACTION_LABELS: Record<string, string> = { submit: 'Henvisning modtaget', ...Object.fromEntries(Object.entries(STEPS).map(([k, s]) => [k, s.label])) };

export function presentSummary(r: SummaryRow): ReferralSummary {
  return {
    id: r.id,
    citizen: { id: r.citizen_id, name: r.citizen_name },
    type: { code: r.type_code, name: r.type_name },
    state: r.state as ReferralState,
    stateLabel: STATE_LABELS[r.state as ReferralState],
    urgency: r.urgency,
    legalBasis: r.legal_basis,
    primaryTargetGroup: r.primary_target_group,
    flags: r.flags as ReferralFlag[],
    receivedOn: r.received_on,
    offeredTo: r.offered_org_unit_id ? { id: r.offered_org_unit_id, name: r.offered_name ?? '' } : null,
    caseWorker: { id: r.case_worker_id, name: r.case_worker_name },
    stateSince: iso(r.state_since),
  };
}

export const presentDocument = (d: DocumentRow): ReferralDocument => ({
  id: d.id,
  fileName: d.file_name,
  mediaType: d.media_type,
  sizeBytes: d.size_bytes,
  uploadedBy: { id: d.uploaded_by, name: d.uploaded_by_name },
  uploadedAt: iso(d.uploaded_at),
});

export interface DetailParts {
  targetGroups: TargetGroupRow[];
  assessment: AssessmentRow[];
  areas: Array<{ code: string; display: string }>;
  rollUp: Record<string, number>;
  methods: Map<string, string>;
  transitions: TransitionRow[];
  documents: DocumentRow[];
  abilities: { edit: boolean; upload: boolean };
}

export function presentReferral(r: DetailRow, p: DetailParts): Referral {
  const final = ['placed', 'refused', 'withdrawn'].includes(r.state);
  return {
    ...presentSummary(r),
    previousReferralId: r.previous_referral_id,
    revisitationReportId: r.revisitation_report_id,
    targetGroups: p.targetGroups,
    methodsWanted: r.methods_wanted.map((code) => ({ code, name: p.methods.get(code) ?? code })),
    supportNeed: r.support_need_code ? { code: r.support_need_code, name: r.support_need_name ?? '' } : null,
    actionPlan: {
      purpose: r.plan_purpose,
      interventionsNeeded: r.plan_interventions,
      expectedDuration: r.plan_expected_duration,
      otherMatters: { housing: r.plan_housing, employment: r.plan_employment, personalHelp: r.plan_personal_help, treatment: r.plan_treatment, aids: r.plan_aids },
    },
    assessment: p.assessment.map((a) => ({
      condition: { code: a.condition_code, name: a.condition_name },
      area: { code: a.area_code, name: a.area_name },
      level: { code: a.level_code, name: a.level_name },
      note: a.note,
    })),
    areas: p.areas.map((a) => ({ area: { code: a.code, name: a.display }, level: p.rollUp[a.code] ?? null })),
    wishes: {
      text: r.wishes_text,
      municipality: r.wish_municipality_code ? { code: r.wish_municipality_code, name: r.wish_municipality_name ?? '' } : null,
      district: r.wish_district,
      familyMunicipality: r.family_municipality_code ? { code: r.family_municipality_code, name: r.family_municipality_name ?? '' } : null,
      familyDistrict: r.family_district,
      pets: r.wishes_pets,
    },
    needs: { ownBath: r.needs_own_bath, ownKitchen: r.needs_own_kitchen, minAreaM2: r.needs_min_area_m2 === null ? null : Number(r.needs_min_area_m2) },
    expectedMoveIn: r.expected_move_in,
    decidedAt: r.decided_at ? iso(r.decided_at) : null,
    createdAt: iso(r.created_at),
    version: r.version,
    transitions: p.transitions.map((t) => ({
      seq: t.seq,
      action: t.action,
      actionLabel: ACTION_LABELS[t.action] ?? t.action,
      fromState: t.from_state,
      toState: t.to_state,
      toStateLabel: STATE_LABELS[t.to_state as ReferralState] ?? t.to_state,
      orgUnit: t.org_unit_id ? { id: t.org_unit_id, name: t.org_unit_name ?? '' } : null,
      placeId: t.place_id,
      reason: t.reason,
      condition: t.condition,
      actor: { id: t.actor_id, name: t.actor_name },
      at: iso(t.at),
    })),
    documents: p.documents.map(presentDocument),
    abilities: { edit: p.abilities.edit && !final, upload: p.abilities.upload && !final },
  };
}

export const presentReport = (r: ReportRow): RevisitationReport => ({
  id: r.id,
  citizen: { id: r.citizen_id, name: r.citizen_name },
  unit: { id: r.org_unit_id, name: r.unit_name },
  whatChanged: r.what_changed,
  reportedBy: { id: r.reported_by, name: r.reported_by_name },
  reportedAt: iso(r.reported_at),
  previousReferralId: r.referral_id,
  answeredByReferralId: r.answered_by,
  caseWorkers: r.case_workers,
});

/** The state in plain Danish for the citizen, and what happens next. */
const PLAIN: Record<ReferralState, { status: string; next: (offeredTo: string | null) => string }> = {
  submitted: { status: 'Din ansøgning er modtaget', next: () => 'Visitationsudvalget behandler ansøgningen og finder et botilbud, der passer til dine behov.' },
  offered: { status: 'Et botilbud overvejer din ansøgning', next: (o) => `${o ?? 'Botilbuddet'} ser på ansøgningen og svarer, om de kan tilbyde dig en plads.` },
  accepted: { status: 'Et botilbud har sagt ja', next: () => 'Visitationsudvalget træffer afgørelse om din plads.' },
  accepted_on_condition: { status: 'Et botilbud har sagt ja på betingelse', next: () => 'Visitationsudvalget træffer afgørelse om din plads.' },
  declined: { status: 'Et botilbud har sagt nej', next: () => 'Visitationsudvalget finder et andet botilbud til dig.' },
  waiting: { status: 'Du står på venteliste', next: () => 'Du får besked, så snart der er en ledig plads, der passer til dig.' },
  placed: { status: 'Du har fået tildelt en plads', next: () => 'Din sagsbehandler aftaler indflytningen med dig og botilbuddet.' },
  refused: { status: 'Du har fået afslag', next: () => 'Du får en skriftlig afgørelse med begrundelse og vejledning om, hvordan du klager.' },
  withdrawn: { status: 'Ansøgningen er trukket tilbage', next: () => 'Der sker ikke mere med denne ansøgning.' },
};

export function presentApplication(r: SummaryRow): ApplicationStatus['data']['applications'][number] {
  const state = r.state as ReferralState;
  return {
    referralId: r.id,
    type: r.type_name,
    state,
    status: PLAIN[state].status,
    since: iso(r.state_since),
    nextStep: PLAIN[state].next(r.offered_name),
    receivedOn: r.received_on,
  };
}
