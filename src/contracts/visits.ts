/**
 * Visits (besøg) of a home-support team to citizens living in their own home: planned (day, start,
 * planned length, who, a note), then recorded as done (actual start and end, by whom), cancelled or
 * "not at home" (with a reason). A team's coordinator sees who is due and who was last visited when.
 */
import { z } from 'zod';
import { CareDate, dataOf, flags, Ref, Version } from './common.js';

/** A visit lasts at most a day (24 hours). */
export const MAX_VISIT_MINUTES = 24 * 60;

/** A clock time, HH:MM (24 hours). */
export const ClockTime = z.string('Skriv et klokkeslæt (TT:MM).').regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Skriv et klokkeslæt (TT:MM).');

export const visitStatuses = ['planned', 'done', 'cancelled', 'not_home'] as const;
export type VisitStatus = (typeof visitStatuses)[number];

const VisitNote = z.string().trim().max(2000, 'Højst 2000 tegn.');
const StaffIds = z.array(z.uuid('Ukendt medarbejder.')).max(5, 'Højst 5 medarbejdere.');

export const PlanVisitBody = z.strictObject({
  unitId: z.uuid('Vælg teamet.'),
  date: CareDate,
  startTime: ClockTime,
  plannedMinutes: z
    .int('Skriv varigheden i hele minutter.')
    .min(1, 'Varigheden skal være mindst 1 minut.')
    .max(MAX_VISIT_MINUTES, 'Et besøg varer højst 24 timer.'),
  staffIds: StaffIds.min(1, 'Vælg mindst én medarbejder.'),
  note: VisitNote.default(''),
});
export type PlanVisitInput = z.infer<typeof PlanVisitBody>;

/**
 * How a planned visit went, recorded once: done (actual start and end the same day, who made it) or
 * cancelled / not at home (with a reason).
 */
export const RecordVisitBody = z
  .strictObject({
    version: Version,
    status: z.enum(['done', 'cancelled', 'not_home'], 'Vælg hvordan besøget gik.'),
    startTime: ClockTime.optional(),
    endTime: ClockTime.optional(),
    staffIds: StaffIds.optional(),
    note: VisitNote.default(''),
  })
  .superRefine((b, ctx) => {
    if (b.status === 'done') {
      if (!b.startTime) ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'Skriv hvornår besøget begyndte.' });
      if (!b.endTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Skriv hvornår besøget sluttede.' });
      if (b.startTime && b.endTime && b.endTime <= b.startTime) {
        ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'Besøget skal slutte efter det begyndte.' });
      }
      if (!b.staffIds?.length) ctx.addIssue({ code: 'custom', path: ['staffIds'], message: 'Vælg hvem der var på besøg.' });
    } else if (b.note.length < 3) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Skriv årsagen (mindst 3 tegn).' });
    }
  });
export type RecordVisitInput = z.infer<typeof RecordVisitBody>;

export const VisitParams = z.strictObject({ visitId: z.uuid('Ukendt besøg.') });
export const TeamParams = z.strictObject({ unitId: z.uuid('Ukendt team.') });
export const TeamOverviewQuery = z.strictObject({
  /** Citizens not visited for this many days are flagged. */
  days: z.coerce.number('Skriv et antal dage.').int('Skriv et helt antal dage.').min(1, 'Mindst 1 dag.').max(365, 'Højst 365 dage.').default(14),
});

export const Visit = z.object({
  id: z.string(),
  citizenId: z.string(),
  team: Ref,
  date: z.string(),
  startTime: z.string(),
  plannedMinutes: z.number(),
  note: z.string(),
  plannedStaff: z.array(Ref),
  status: z.enum(visitStatuses),
  /** Done: the actual start and end (HH:MM) and its length in minutes. */
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  actualMinutes: z.number().nullable(),
  /** Who made the visit (done). */
  performedBy: z.array(Ref),
  /** The recorder's note: what happened, or why it was cancelled / the citizen was not at home. */
  outcomeNote: z.string(),
  recordedBy: z.string().nullable(),
  /** ISO timestamp. */
  recordedAt: z.string().nullable(),
  version: z.number(),
  abilities: flags('record'),
});
export type Visit = z.infer<typeof Visit>;
export const VisitResponse = dataOf(Visit);

/** A team serving the citizen, with the staff a visit can be planned for. */
export const VisitTeam = Ref.extend({ staff: z.array(Ref) });
export type VisitTeam = z.infer<typeof VisitTeam>;

/** The citizen's visits, newest day first, and the teams that may plan one (empty: the actor may not). */
export const CitizenVisits = dataOf(z.object({ visits: z.array(Visit), teams: z.array(VisitTeam) }));
export type CitizenVisits = z.infer<typeof CitizenVisits>;

/** A home-support team the actor coordinates or works on. */
export const VisitTeamList = dataOf(z.array(Ref.extend({ facilityName: z.string(), citizens: z.number() })));

/** A citizen the team serves, as the coordinator's overview shows them. */
export const TeamCitizen = z.object({
  citizen: Ref,
  /** The last visit made (done), if any. */
  lastVisit: z.string().nullable(),
  daysSinceLastVisit: z.number().nullable(),
  /** Not visited for the overview's number of days (or never). */
  overdue: z.boolean(),
  /** The next planned visit from today, if any. */
  nextVisit: z.string().nullable(),
  /** Visits planned this week (Monday to Sunday) not yet recorded. */
  dueThisWeek: z.number(),
});
export type TeamCitizen = z.infer<typeof TeamCitizen>;

export const TeamOverview = dataOf(
  z.object({
    team: Ref,
    days: z.number(),
    /** Monday and Sunday of this week. */
    weekStart: z.string(),
    weekEnd: z.string(),
    citizens: z.array(TeamCitizen),
    /** This week's visits of the team, by day and time. */
    week: z.array(Visit.extend({ citizen: Ref })),
  }),
);
export type TeamOverview = z.infer<typeof TeamOverview>;
