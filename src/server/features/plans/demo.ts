import { FUNCTIONAL_LEVEL_ORDER } from '../../../domain/ffb.js';
import { addMonthsIso } from '../../../domain/dates.js';
import { plusDays } from '../../db/demo/random.js';
import { defineDemo, type DemoWorld, type GoalState } from '../../db/demo/stage.js';
import { localNoon, type TableColumns } from '../../db/demo/tables.js';
import { EXTERNAL_RESPONSIBLE, FOLLOW_UP_NOTES, GOALS_BY_AREA, STATUS_REASONS, STEP_RESPONSIBLE } from '../../db/demo/vocabulary.js';

/** The plans' demo tables, in insertion order. `updated_on` only feeds the goal's `updated_at`. */
const PLANS_TABLES = {
  goals: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', title: 'text', what_matters: 'text', ffb_area_code: 'text',
    goal_type_code: 'text', target_level_code: 'text', current_level_code: 'text', responsible_user_id: 'uuid',
    responsible_external: 'text', start_date: 'date', next_follow_up_date: 'date', status: 'text', status_reason: 'text',
    created_by: 'uuid', created_at: localNoon('start_date'), updated_at: localNoon('updated_on'), updated_on: { input: 'date' },
  },
  goal_steps: { id: 'uuid', municipality_id: 'uuid', goal_id: 'uuid', kind: 'text', text: 'text', responsible: 'text', done: 'boolean', sort_order: 'int' },
  follow_ups: {
    id: 'uuid', municipality_id: 'uuid', goal_id: 'uuid', citizen_id: 'uuid', follow_up_date: 'date', progress: 'text',
    level_code: 'text', note: 'text', continues: 'boolean', next_follow_up_date: 'date', author_id: 'uuid',
    created_at: localNoon('follow_up_date'),
  },
} satisfies TableColumns;

const FOLLOW_UP_MONTHS = 3;
/** Target groups where maintaining or limiting loss is a common goal type. */
const LOSS_LIMITING_GROUPS = ['acquired_brain_injury', 'multiple_disabilities', 'visual_impairment'];

/**
 * Two to four goals per citizen in their own words, one per FFB area, with sub-goals, actions,
 * past follow-ups every three months, and a next follow-up spread so that some are overdue and
 * some due within 14 days. Citizens on `featuredUnitId` get an overdue goal in the first two.
 */
function generatePlans({ spec, org, citizens, codes, rng, today, out, goals: goalsByCitizen }: DemoWorld<keyof typeof PLANS_TABLES>): void {
  const featuredUnitId = spec.featuredUnit ? org.unitIds.get(spec.featuredUnit) : undefined;
  const areaNames = [...codes.areas.keys()].filter((a) => GOALS_BY_AREA[a]);
  let featured = 0;

  for (const c of citizens) {
    const municipalityId = c.municipalityId;
    const forceOverdue = c.unitId === featuredUnitId && featured++ < 2;
    const goals: GoalState[] = [];
    for (const [n, area] of rng.sample(areaNames, rng.int(2, 4)).entries()) {
      const idea = rng.pick(GOALS_BY_AREA[area]);
      const id = rng.uuid();
      const roll = rng.next();
      const limitsLoss = LOSS_LIMITING_GROUPS.includes(c.facility.spec.targetGroups[0]);
      const goalType = roll < (limitsLoss ? 0.35 : 0.05) ? codes.limitLoss : roll < (limitsLoss ? 0.65 : 0.3) ? codes.maintain : codes.develop;
      let level = rng.pick([1, 2, 2, 3]);
      const target = goalType === codes.develop ? level - 1 : level;

      const earliest = [c.since, plusDays(today, -730)].sort()[1];
      const latest = [earliest, plusDays(today, -14)].sort()[1];
      const span = Math.round((Date.parse(latest) - Date.parse(earliest)) / 86_400_000);
      let start = plusDays(earliest, rng.int(0, Math.min(span, 120)));

      const overdue = forceOverdue && n === 0;
      const statusRoll = overdue ? 1 : rng.next();
      let status: 'active' | 'achieved' | 'paused' = statusRoll < 0.06 ? 'achieved' : statusRoll < 0.09 ? 'paused' : 'active';
      const dueRoll = overdue ? 0 : rng.next();
      let next: string | null = dueRoll < 0.08 ? plusDays(today, -rng.int(1, 45)) : dueRoll < 0.3 ? plusDays(today, rng.int(0, 14)) : plusDays(today, rng.int(15, 90));
      // A forced overdue goal began at least a follow-up interval before its missed follow-up.
      if (overdue) start = [start, addMonthsIso(next, -FOLLOW_UP_MONTHS)].sort()[0];
      if (next < plusDays(start, 14)) next = addMonthsIso(start, FOLLOW_UP_MONTHS);

      // Past follow-ups, walking back from the next one in three-month steps.
      const followUps: Array<{ date: string; next: string | null }> = [];
      let after = next;
      for (let d = addMonthsIso(next, -FOLLOW_UP_MONTHS); d > start; d = addMonthsIso(d, -FOLLOW_UP_MONTHS)) {
        if (d < today) followUps.unshift({ date: d, next: after });
        after = d;
      }
      if (status !== 'active' && followUps.length === 0) status = 'active';
      if (status !== 'active') {
        followUps[followUps.length - 1].next = null;
        next = null;
      }
      for (const [k, f] of followUps.entries()) {
        const last = k === followUps.length - 1;
        const progress = status === 'achieved' && last ? 'improved' : rng.pick(['improved', 'improved', 'unchanged', 'unchanged', 'declined'] as const);
        if (progress === 'improved' && level > target) level = status === 'achieved' && last ? target : level - 1;
        if (progress === 'declined' && level < 4) level++;
        out.follow_ups.push({
          id: rng.uuid(), municipality_id: municipalityId, goal_id: id, citizen_id: c.id, follow_up_date: f.date, progress,
          level_code: FUNCTIONAL_LEVEL_ORDER[level], note: rng.pick(FOLLOW_UP_NOTES[progress]),
          continues: status === 'active' || !last, next_follow_up_date: f.next, author_id: c.contactPersonId,
        });
      }

      out.goals.push({
        id, municipality_id: municipalityId, citizen_id: c.id, title: idea.title, what_matters: idea.whatMatters,
        ffb_area_code: codes.areas.get(area)!, goal_type_code: goalType, target_level_code: FUNCTIONAL_LEVEL_ORDER[Math.max(0, target)],
        current_level_code: FUNCTIONAL_LEVEL_ORDER[level],
        responsible_user_id: c.contactPersonId,
        responsible_external: area === 'Samfundsliv' && rng.chance(0.5) ? rng.pick(EXTERNAL_RESPONSIBLE) : null,
        start_date: start, next_follow_up_date: next, status,
        status_reason: status === 'active' ? null : rng.pick(STATUS_REASONS[status]),
        created_by: c.contactPersonId, updated_on: followUps[followUps.length - 1]?.date ?? start,
      });
      const steps = [...idea.subGoals.map((text) => ({ kind: 'sub_goal', text })), ...idea.actions.map((text) => ({ kind: 'action', text }))];
      for (const [k, s] of steps.entries()) {
        out.goal_steps.push({
          id: rng.uuid(), municipality_id: municipalityId, goal_id: id, kind: s.kind, text: s.text,
          responsible: s.kind === 'action' ? rng.pick(STEP_RESPONSIBLE) : null,
          done: status === 'achieved' || (k === 0 && followUps.length > 1 && rng.chance(0.5)), sort_order: k,
        });
      }
      goals.push({ id, title: idea.title, start, active: status === 'active' });
    }
    goalsByCitizen.set(c.id, goals);
  }
}

export const plansDemo = defineDemo({ tables: PLANS_TABLES, stage: generatePlans });
