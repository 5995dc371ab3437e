/**
 * Use of force (magtanvendelse, serviceloven kap. 24, 24 a, 24 b): reports on the official forms'
 * current versions (fields from data), the leader's statement and forwarding, relatives informed,
 * pre-approved decisions with their uses, and the deadlines a municipality works by.
 */
import { z } from 'zod';
import { CareDate, dataOf, flags, Ref, Version } from './common.js';

/** A local time in Copenhagen, YYYY-MM-DDTHH:MM. */
export const LocalDateTime = z
  .string('Skriv dato og klokkeslæt.')
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'Skriv dato og klokkeslæt (ÅÅÅÅ-MM-DD TT:MM).');

export const fieldKinds = ['text', 'minutes', 'count'] as const;
export const FormField = z.object({ key: z.string(), kind: z.enum(fieldKinds), label: z.string(), required: z.boolean() });
export type FormField = z.infer<typeof FormField>;

export const Measure = z.object({ code: z.string(), section: z.string(), name: z.string(), kind: z.string(), reportForm: z.string().nullable() });
export type Measure = z.infer<typeof Measure>;

/** A form's current version: its official title, when it applies, its fields and the measures reported on it. */
export const FormVersion = z.object({
  code: z.string(),
  version: z.number(),
  validFrom: z.string(),
  title: z.string(),
  usedWhen: z.string(),
  registeredBy: z.enum(['staff', 'decision']),
  fields: z.array(FormField),
  measures: z.array(Measure),
});
export type FormVersion = z.infer<typeof FormVersion>;
export const FormList = dataOf(z.array(FormVersion));

/** The answers to a form version's fields, by field key: text, or whole minutes / a count. */
export const Answers = z.record(z.string().regex(/^[a-zA-Z]{1,40}$/, 'Ukendt felt.'), z.union([z.string().max(4000, 'Teksten er for lang (højst 4000 tegn).'), z.int('Skriv et helt tal.')]));

export const RegisterReportBody = z.strictObject({
  formCode: z.string('Vælg skemaet.').min(1, 'Vælg skemaet.').max(40),
  occurredAt: LocalDateTime,
  measures: z.array(z.string().max(80)).min(1, 'Vælg mindst ét indgreb.').max(10, 'Højst 10 indgreb.'),
  /** Skema 2: the expired decision it reports on. */
  decisionId: z.uuid('Ukendt afgørelse.').optional(),
  answers: Answers,
});
export type RegisterReportInput = z.infer<typeof RegisterReportBody>;

export const ForwardBody = z.strictObject({
  version: Version,
  statement: z.string('Skriv din udtalelse.').trim().min(3, 'Skriv din udtalelse (mindst 3 tegn).').max(4000, 'Teksten er for lang (højst 4000 tegn).'),
});
export type ForwardInput = z.infer<typeof ForwardBody>;

export const informedHow = ['phone', 'meeting', 'letter', 'email'] as const;
export const RelativesInformedBody = z.strictObject({
  informedOn: CareDate,
  whom: z.string('Skriv hvem der blev orienteret.').trim().min(2, 'Skriv hvem der blev orienteret.').max(200, 'Højst 200 tegn.'),
  how: z.enum(informedHow, 'Vælg hvordan.'),
  note: z.string().trim().max(2000, 'Højst 2000 tegn.').default(''),
});
export type RelativesInformedInput = z.infer<typeof RelativesInformedBody>;

export const ReportParams = z.strictObject({ reportId: z.uuid('Ukendt indberetning.') });
export const DecisionParams = z.strictObject({ decisionId: z.uuid('Ukendt afgørelse.') });

export const reportStatuses = ['reported', 'forwarded'] as const;

/** A deadline, with whether it was kept: `overdue` once past and not done (flagged by the deadline job). */
export const Deadline = z.object({ due: z.string(), done: z.boolean(), late: z.boolean() });

export const Report = z.object({
  id: z.string(),
  citizen: Ref,
  unit: Ref,
  form: z.object({ code: z.string(), version: z.number(), title: z.string() }),
  decisionId: z.string().nullable(),
  /** ISO timestamp. */
  occurredAt: z.string(),
  measures: z.array(Measure),
  /** The answers in the form version's order, with their labels. */
  answers: z.array(z.object({ key: z.string(), label: z.string(), value: z.union([z.string(), z.number()]).nullable() })),
  reportedBy: Ref,
  reportedAt: z.string(),
  status: z.enum(reportStatuses),
  staffDeadline: Deadline,
  forwardDeadline: Deadline,
  /** Flagged by the deadline job: forwarding is past due. */
  overdue: z.boolean(),
  leaderStatement: z.string().nullable(),
  forwardedBy: z.string().nullable(),
  forwardedAt: z.string().nullable(),
  /** Whom it was forwarded to: the acting municipality and the socialtilsyn. */
  forwardedTo: z.array(z.string()),
  relativesInformed: z.array(z.object({ informedOn: z.string(), whom: z.string(), how: z.enum(informedHow), note: z.string(), informedBy: z.string() })),
  version: z.number(),
  abilities: flags('forward', 'informRelatives'),
});
export type Report = z.infer<typeof Report>;
export const ReportResponse = dataOf(Report);

/** A report in a list. */
export const ReportSummary = Report.pick({ id: true, citizen: true, unit: true, form: true, occurredAt: true, reportedBy: true, status: true, overdue: true, staffDeadline: true, forwardDeadline: true });
export type ReportSummary = z.infer<typeof ReportSummary>;

export const Decision = z.object({
  id: z.string(),
  measure: Measure,
  requestedOn: z.string(),
  decidedOn: z.string(),
  validFrom: z.string(),
  validTo: z.string(),
  status: z.enum(['upcoming', 'active', 'expired']),
  uses: z.number(),
  lastUse: z.string().nullable(),
  /** The combined report (Skema 2): due when the decision has expired and none is filed. */
  combinedReportId: z.string().nullable(),
  combinedReportDue: z.string().nullable(),
  combinedReportMissing: z.boolean(),
  combinedOverdue: z.boolean(),
});
export type Decision = z.infer<typeof Decision>;

export const CitizenUseOfForce = dataOf(
  z.object({
    reports: z.array(ReportSummary),
    decisions: z.array(Decision),
    abilities: flags('register', 'manageDecisions', 'registerUse'),
  }),
);
export type CitizenUseOfForce = z.infer<typeof CitizenUseOfForce>;

export const LeaderReportsQuery = z.strictObject({ overdue: z.enum(['true', 'false'], 'Ugyldig værdi.').optional() });
export const LeaderReports = dataOf(
  z.object({
    reports: z.array(ReportSummary),
    /** Expired decisions without their combined report (Skema 2). */
    combinedMissing: z.array(z.object({ decisionId: z.string(), citizen: Ref, measure: z.string(), validTo: z.string(), uses: z.number(), due: z.string(), overdue: z.boolean() })),
  }),
);
export type LeaderReports = z.infer<typeof LeaderReports>;

export const RecordDecisionBody = z
  .strictObject({
    measureCode: z.string('Vælg indgrebet.').min(1, 'Vælg indgrebet.').max(80),
    requestedOn: CareDate,
    decidedOn: CareDate,
    validFrom: CareDate,
    validTo: CareDate,
    /** The Skema 3 request's answers. */
    answers: Answers,
  })
  .superRefine((b, ctx) => {
    if (b.validTo < b.validFrom) ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'Perioden skal slutte efter den begynder.' });
    if (b.decidedOn < b.requestedOn) ctx.addIssue({ code: 'custom', path: ['decidedOn'], message: 'Afgørelsen kan ikke være truffet før anmodningen.' });
  });
export type RecordDecisionInput = z.infer<typeof RecordDecisionBody>;
export const DecisionResponse = dataOf(Decision);

export const RegisterUseBody = z.strictObject({
  usedAt: LocalDateTime,
  minutes: z.int('Skriv hele minutter.').min(1, 'Mindst 1 minut.').max(1440, 'Højst 24 timer.').optional(),
  note: z.string().trim().max(2000, 'Højst 2000 tegn.').default(''),
});
export type RegisterUseInput = z.infer<typeof RegisterUseBody>;

export const deadlineRules = ['staff_report', 'leader_forward', 'combined_report'] as const;
export const DeadlineRule = z.object({
  rule: z.enum(deadlineRules),
  label: z.string(),
  days: z.number(),
  dayKind: z.enum(['calendar', 'weekdays']),
  countedFrom: z.string(),
  source: z.string(),
  /** The shipped default (pre-2020 value to be checked), not the municipality's own. */
  isDefault: z.boolean(),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type DeadlineRule = z.infer<typeof DeadlineRule>;
export const DeadlineList = dataOf(z.object({ rules: z.array(DeadlineRule), mayChange: z.boolean() }));
export type DeadlineList = z.infer<typeof DeadlineList>;
export const DeadlineParams = z.strictObject({ rule: z.enum(deadlineRules, 'Ukendt frist.') });
export const ChangeDeadlineBody = z.strictObject({
  days: z.int('Skriv et helt antal dage.').min(0, 'Mindst 0 dage.').max(90, 'Højst 90 dage.'),
  dayKind: z.enum(['calendar', 'weekdays'], 'Vælg kalenderdage eller hverdage.'),
  source: z.string('Skriv kilden.').trim().min(3, 'Skriv kilden (mindst 3 tegn).').max(2000, 'Højst 2000 tegn.'),
});
export type ChangeDeadlineInput = z.infer<typeof ChangeDeadlineBody>;
export const DeadlineResponse = dataOf(DeadlineRule);
