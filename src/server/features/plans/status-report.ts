import { can } from '../../access/policy.js';
import type { Actor, Role } from '../../access/roles.js';
import type { VisibleCitizen } from '../../access/gate.js';
import { requireCitizen } from '../../access/gate.js';
import { cprField, revealedCpr } from '../../access/fields.js';
import type { ExportDefinition } from '../../exports/index.js';
import { PDF, pdfDate } from '../../exports/pdf.js';
import { maskCprsIn } from '../../../domain/cpr.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { StatusReportRequest } from '../../../contracts/exports.js';
import { getStatusReportCitizen, listStatusReportGoals, type StatusReportCitizenRow, type StatusReportFollowUpRow, type StatusReportGoalRow, type StatusReportSubGoalRow } from './status-report.queries.js';
import { renderStatusReportPdf } from './status-report-pdf.js';
import './status-report.access.js';

/**
 * What FFB adds to a goal in the report: the condition it is coded on, the latest dated assessment
 * of that condition by the period's end, and the follow-up's outcome for the authority (*status på
 * indsats*: continue / end / end and refer on). Goals from before conditions have none; the PDF
 * then leaves the line out.
 */
export interface GoalExtensions {
  /** The FFB condition (tilstand), e.g. "Lave mad"; the area follows from it. */
  condition: string | null;
  /** The latest FFB assessment of the condition: level, date and the professional's note. */
  latestAssessment: string | null;
  /** Status på indsats of the latest follow-up in the period. */
  serviceStatus: string | null;
}

export const goalExtensions = (goal: StatusReportGoalRow, text: (s: string) => string): GoalExtensions => {
  const a = goal.latest_assessment;
  return {
    condition: goal.condition,
    latestAssessment: a && `${a.level} (${pdfDate(a.date)})${a.note ? ` — ${text(a.note)}` : ''}`,
    serviceStatus: goal.service_status,
  };
};

export interface StatusReportFollowUp extends StatusReportFollowUpRow {}

export interface StatusReportGoal {
  title: string;
  whatMatters: string;
  area: string;
  goalType: string;
  targetLevel: string;
  currentLevel: string | null;
  status: StatusReportGoalRow['status'];
  statusReason: string | null;
  subGoals: StatusReportSubGoalRow[];
  followUps: StatusReportFollowUp[];
  /** One line: how the period went for the goal. */
  summary: string;
  extensions: GoalExtensions;
}

/** Everything the PDF shows, composed for one maker: the CPR number as their field rules allow. */
export interface StatusReportData {
  citizenName: string;
  /** Whole (DDMMYY-SSSS) when the maker may reveal it, else masked (DDMMYY-xxxx). */
  cpr: string;
  cprShown: boolean;
  from: string;
  to: string;
  facility: string | null;
  unit: string | null;
  author: string;
  authorRole: string;
  madeOn: string;
  goals: StatusReportGoal[];
}

const ROLE_LABEL: Partial<Record<Role, string>> = { staff: 'Medarbejder', unit_leader: 'Afdelingsleder', facility_leader: 'Tilbudsleder' };
const PROGRESS_WORDS: Record<StatusReportFollowUpRow['progress'], string> = { improved: 'med fremgang', unchanged: 'uændret', declined: 'med tilbagegang' };

/** The maker's role as the signature line names it: their most senior care role. */
export function authorRole(actor: Actor): string {
  for (const role of ['facility_leader', 'unit_leader', 'staff'] as const) if (actor.roles.some((r) => r.role === role)) return ROLE_LABEL[role]!;
  return 'Medarbejder';
}

/** How the period went for one goal, in one Danish sentence or two. */
export function goalSummary(goal: Pick<StatusReportGoalRow, 'follow_ups' | 'target_level' | 'current_level' | 'status'>): string {
  const f = goal.follow_ups;
  if (f.length === 0) return 'Ingen opfølgninger i perioden.';
  const counts = (['improved', 'unchanged', 'declined'] as const)
    .map((p) => [f.filter((x) => x.progress === p).length, PROGRESS_WORDS[p]] as const)
    .filter(([n]) => n > 0)
    .map(([n, words]) => `${n} ${words}`);
  const latest = f[f.length - 1];
  const level = latest.level ?? goal.current_level;
  const ending = goal.status === 'achieved' ? 'Målet er opnået.' : latest.continues ? 'Målet fortsætter.' : 'Målet afsluttes.';
  return `${f.length} ${f.length === 1 ? 'opfølgning' : 'opfølgninger'} i perioden: ${counts.join(', ')}. `
    + `Seneste niveau: ${level ?? 'ikke vurderet'} (målniveau: ${goal.target_level}). ${ending}`;
}

/**
 * The report for `actor`: header, each goal with its follow-ups in the period, sub-goals and a
 * summary line. The CPR number goes through the field rules (access/fields.ts): whole only where
 * the actor may reveal it; otherwise masked, and so is any CPR number typed into the free texts.
 */
export function composeStatusReport(
  actor: Actor, citizen: VisibleCitizen, row: StatusReportCitizenRow, goals: StatusReportGoalRow[],
  period: { from: string; to: string }, madeOn: string,
): StatusReportData {
  const cprShown = can(actor, 'revealCpr', 'citizen', citizen);
  const text = (s: string) => (cprShown ? s : maskCprsIn(s));
  return {
    citizenName: `${row.first_name} ${row.last_name}`,
    cpr: cprShown ? revealedCpr(actor, citizen, row.cpr) : cprField(row.cpr).cprMasked,
    cprShown,
    ...period,
    facility: row.facility_name,
    unit: row.unit_name,
    author: actor.displayName,
    authorRole: authorRole(actor),
    madeOn,
    goals: goals.map((g) => ({
      title: text(g.title),
      whatMatters: text(g.what_matters),
      area: g.area,
      goalType: g.goal_type,
      targetLevel: g.target_level,
      currentLevel: g.current_level,
      status: g.status,
      statusReason: g.status_reason === null ? null : text(g.status_reason),
      subGoals: g.sub_goals.map((s) => ({ ...s, text: text(s.text), success_criterion: s.success_criterion && text(s.success_criterion) })),
      followUps: g.follow_ups.map((f) => ({ ...f, note: text(f.note) })),
      summary: goalSummary(g),
      extensions: goalExtensions(g, text),
    })),
  };
}

/** Status reports are kept this long to open from the citizen's list (a retention to become configuration). */
export const STATUS_REPORT_KEEP_DAYS = 5 * 366;

/**
 * The status report (statusrapport) to the case worker as an export: made as a job by those
 * treating the citizen (`makeStatusReport`), read and audited as an `export` of `status_report` in
 * the job's transaction, kept `STATUS_REPORT_KEEP_DAYS` and listed on the citizen for its readers.
 */
export const statusReportPdf: ExportDefinition<StatusReportRequest, StatusReportData> = {
  entity: 'status_report',
  read: async (tx, ctx, { citizenId, from, to }) => {
    const citizen = await requireCitizen(tx, ctx, citizenId, 'makeStatusReport');
    const row = await getStatusReportCitizen(tx, citizen, from, to);
    const goals = await listStatusReportGoals(tx, ctx, citizen, from, to);
    const data = composeStatusReport(ctx.actor, citizen, row, goals, { from, to }, todayInCopenhagen());
    return { data, entityId: citizen.id, citizenIds: [citizen.id], detail: { from, to, cprShown: data.cprShown } };
  },
  render: async (data) => ({ fileName: `statusrapport-${data.from}-${data.to}.pdf`, contentType: PDF, body: await renderStatusReportPdf(data) }),
  asJob: { params: StatusReportRequest, keepDays: STATUS_REPORT_KEEP_DAYS },
};
