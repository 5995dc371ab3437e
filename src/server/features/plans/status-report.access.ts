import { allow, can } from '../../access/policy.js';
import { assignedAs, type CitizenFacts } from '../../access/citizen.js';

/**
 * Who makes and who reads a citizen's status reports (statusrapport). The report is the provider's
 * account to the authority of how the goals went: those treating the citizen write it; the case
 * worker assigned to the citizen (the authority it is written for, DOMAIN.md: myndighed decides the
 * support) reads it but does not make it — the authority's own document is the action plan (§ 141).
 * Center management and consultants, who read the plan through an assignment but without the CPR
 * right, do not see status reports: the file carries the whole CPR number where its maker may
 * reveal it, so every reader must hold that right too (`revealCpr`).
 */
// Staff and leaders where the citizen lives (those who edit the plan) make a status report.
allow<CitizenFacts>('citizen', ['makeStatusReport'], (a, c) => can(a, 'editPlan', 'citizen', c));

// The list and the files: its makers and the assigned case worker, each holding the CPR right.
allow<CitizenFacts>('citizen', ['readStatusReports'], (a, c) =>
  (can(a, 'makeStatusReport', 'citizen', c) || assignedAs(a, c, 'case_worker')) && can(a, 'revealCpr', 'citizen', c));
