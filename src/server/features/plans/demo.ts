import { AUTHORITY_STATUS, FUNCTIONAL_LEVEL_ORDER } from '../../../domain/ffb.js';
import { addMonthsIso } from '../../../domain/dates.js';
import { plusDays } from '../../db/demo/random.js';
import { defineDemo, type DemoWorld, type GoalState } from '../../db/demo/stage.js';
import { localNoon, type TableColumns } from '../../db/demo/tables.js';
import { EXTERNAL_RESPONSIBLE, FOLLOW_UP_NOTES, GOALS_BY_AREA, STATUS_REASONS, STEP_RESPONSIBLE } from '../../db/demo/vocabulary.js';

/** The plans' demo tables, in insertion order. `updated_on` only feeds the goal's `updated_at`. */
const PLANS_TABLES = {
  goals: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', title: 'text', what_matters: 'text', ffb_area_code: 'text', ffb_condition_code: 'text',
    goal_type_code: 'text', target_level_code: 'text', current_level_code: 'text', responsible_user_id: 'uuid',
    responsible_external: 'text', start_date: 'date', next_follow_up_date: 'date', status: 'text', status_reason: 'text',
    created_by: 'uuid', created_at: localNoon('start_date'), updated_at: localNoon('updated_on'), updated_on: { input: 'date' },
  },
  goal_steps: {
    id: 'uuid', municipality_id: 'uuid', goal_id: 'uuid', kind: 'text', text: 'text', responsible: 'text', done: 'boolean', sort_order: 'int',
    due_date: 'date', success_criterion: 'text', evaluation: 'text', evaluated_on: 'date', evaluation_note: 'text',
  },
  follow_ups: {
    id: 'uuid', municipality_id: 'uuid', goal_id: 'uuid', citizen_id: 'uuid', follow_up_date: 'date', progress: 'text',
    level_code: 'text', note: 'text', continues: 'boolean', next_follow_up_date: 'date', author_id: 'uuid', authority_status_code: 'text',
    created_at: localNoon('follow_up_date'),
  },
  citizen_wishes: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', text: 'text', wish_date: 'date', created_by: 'uuid', updated_by: 'uuid',
    created_at: localNoon('wish_date'), updated_at: localNoon('wish_date'),
  },
  ffb_assessments: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', condition_code: 'text', assessed_on: 'date', level_code: 'text', note: 'text',
    citizen_view: 'text', follow_up_id: 'uuid', assessed_by: 'uuid', created_at: localNoon('assessed_on'),
  },
} satisfies TableColumns;

/** KL's FFB conditions the demo goals sit on: display name → [its area, its code]. */
const CONDITIONS: Record<string, [area: string, code: string]> = {
  'Vaske sig': ['Egenomsorg', '885400cc-dd71-479e-8993-3fc48fdd6710'],
  'Varetage egen sundhed': ['Egenomsorg', '4a58417e-9a75-43f2-9763-66505050159f'],
  'Klæde sig af og på': ['Egenomsorg', '347aa085-4fe2-411f-ac56-5693d164adc3'],
  'Købe ind': ['Praktiske opgaver', '01770afa-cd17-41fe-a966-b8895e4d55d8'],
  'Lave mad': ['Praktiske opgaver', 'b947f321-7cdb-4b33-9653-f3ff800572b0'],
  'Gøre rent': ['Praktiske opgaver', '8f32c948-41c4-49d7-8913-cdeede2e7fe1'],
  'Vaske tøj': ['Praktiske opgaver', 'bd67597b-e80f-427f-8cf9-79d01eff91fc'],
  'Færdes med transportmidler': ['Mobilitet', 'eff3385d-01fa-4c9c-9850-52e179243f21'],
  'Gå og bevæge sig': ['Mobilitet', '4977ce08-df4d-4c09-8e03-c2a563862e68'],
  Samtale: ['Kommunikation', '986898d0-e2e5-4afa-9cb3-ee7aecaa0143'],
  'Anvende kommunikationsudstyr- og teknikker': ['Kommunikation', 'a80e8f96-18ba-4ee4-9496-d3ce882c2f85'],
  'Varetage økonomi': ['Samfundsliv', '70443014-3faf-402d-abcf-396bfad32eb9'],
  'Håndtere post': ['Samfundsliv', '8bef71de-55b5-47fe-b438-18ac769106b3'],
  'Varetage beskæftigelse': ['Samfundsliv', '685e8517-2f5c-4ef8-a7c4-fa2d008fdd9d'],
  'Varetage uddannelse': ['Samfundsliv', '8888edfa-642b-4329-9fe3-a9b180e6d3f4'],
  'Deltage i sociale fællesskaber og fritidsaktiviteter': ['Relationer', 'dcc6bb77-45af-4625-9c4d-7d7878307220'],
  'Varetage relationer til netværk': ['Relationer', '4c082610-b122-4019-96f2-1061e287445e'],
  'Indgå i samspil og kontakt': ['Relationer', '3f9da5ac-9686-4eeb-b517-b46e17fcb1d7'],
};

/**
 * The condition each demo goal sits on, as KL places it: money is Samfundsliv ('Varetage økonomi'),
 * football a leisure community under Relationer, cooking a practical task ('Lave mad').
 */
export const CONDITION_OF_GOAL: Record<string, keyof typeof CONDITIONS> = {
  'Jeg vil selv kunne tage mit bad om morgenen': 'Vaske sig',
  'Jeg vil huske at tage min medicin selv': 'Varetage egen sundhed',
  'Jeg vil gerne sove bedre om natten': 'Varetage egen sundhed',
  'Jeg vil spise sundere og tabe mig fem kilo': 'Varetage egen sundhed',
  'Jeg vil selv kunne klæde mig på efter vejret': 'Klæde sig af og på',
  'Jeg vil selv kunne handle ind i Netto': 'Købe ind',
  'Jeg vil lære at lave aftensmad to gange om ugen': 'Lave mad',
  'Jeg vil selv holde orden i min lejlighed': 'Gøre rent',
  'Jeg vil selv kunne vaske mit tøj': 'Vaske tøj',
  'Jeg vil have styr på mine penge hele måneden': 'Varetage økonomi',
  'Jeg vil selv kunne tage bussen til byen': 'Færdes med transportmidler',
  'Jeg vil gå en tur hver dag': 'Gå og bevæge sig',
  'Jeg vil kunne cykle til mit arbejde': 'Færdes med transportmidler',
  'Jeg vil kunne gå på trapper uden at falde': 'Gå og bevæge sig',
  'Jeg vil kunne sige til, når noget er svært': 'Samtale',
  'Jeg vil lære at skrive beskeder på min telefon': 'Anvende kommunikationsudstyr- og teknikker',
  'Jeg vil selv kunne ringe til lægen': 'Samtale',
  'Jeg vil kunne læse mine breve fra kommunen': 'Håndtere post',
  'Jeg vil gerne have et job i kantinen': 'Varetage beskæftigelse',
  'Jeg vil starte på VUC og tage dansk': 'Varetage uddannelse',
  'Jeg vil selv kunne betale mine regninger': 'Varetage økonomi',
  'Jeg vil gå til fodbold i den lokale klub': 'Deltage i sociale fællesskaber og fritidsaktiviteter',
  'Jeg vil gerne se min datter hver uge': 'Varetage relationer til netværk',
  'Jeg vil have en ven at gå i biografen med': 'Deltage i sociale fællesskaber og fritidsaktiviteter',
  'Jeg vil gerne være med i fællesspisningen': 'Deltage i sociale fællesskaber og fritidsaktiviteter',
  'Jeg vil ringe til min mor hver søndag': 'Varetage relationer til netværk',
  'Jeg vil kunne være sammen med andre uden at komme op at skændes': 'Indgå i samspil og kontakt',
};

/** The condition (code, area display) of a demo goal; throws for a goal idea without one, so none is filed on an area alone. */
export function demoCondition(title: string): { code: string; area: string } {
  const name = CONDITION_OF_GOAL[title];
  if (!name) throw new Error(`plans demo: no FFB condition for the goal "${title}"`);
  const [area, code] = CONDITIONS[name];
  return { code, area };
}

const WISHES = [
  'Jeg vil gerne bo i min egen lejlighed igen.',
  'Jeg vil have mere kontakt med min familie.',
  'Jeg vil gerne have noget at stå op til om morgenen.',
  'Jeg vil klare mere selv og ikke spørge om lov hele tiden.',
  'Jeg vil have ro på og sove bedre.',
  'Jeg vil gerne have en kæreste.',
  'Jeg vil have styr på mine penge, så jeg kan spare op til en rejse.',
];
const SUCCESS_CRITERIA = [
  'Borgeren gør det selv tre gange i træk, og det står i journalen.',
  'Borgeren siger selv, at det går, og kontaktpersonen har set det to uger i træk.',
  'Det er sket fire uger i træk uden påmindelse.',
  'Borgeren har gjort det med en medarbejder ved siden af, uden at medarbejderen greb ind.',
];
const EVALUATION_NOTES = {
  achieved: 'Nået som aftalt. Borgeren var stolt.',
  partly: 'Lykkes for det meste; øves videre.',
  not_achieved: 'Ikke nået endnu. Delmålet deles op.',
} as const;
const ASSESSMENT_NOTES = [
  'Har brug for støtte til at komme i gang, klarer resten selv.',
  'Klarer det med verbal guidning; mister overblikket ved forstyrrelser.',
  'Har brug for hjælp undervejs, men deltager aktivt.',
];
const CITIZEN_VIEWS = ['Jeg kan godt, når nogen minder mig om det.', 'Det er svært, men jeg vil gerne.', 'Jeg synes selv, det går bedre.', 'Det gider jeg ikke altid.'];

/** Goals from before migration 017 hang on the citizen; the demo files each under the service running on its start (as the migration does). */
const GOALS_ON_SERVICES = `
  UPDATE goals g SET intervention_id = (
    SELECT i.id FROM interventions i
     WHERE i.municipality_id = g.municipality_id AND i.citizen_id = g.citizen_id
     ORDER BY (i.start_date <= g.start_date AND (i.end_date IS NULL OR i.end_date > g.start_date)) DESC, i.start_date DESC, i.id
     LIMIT 1)
   WHERE intervention_id IS NULL`;

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
      const condition = demoCondition(idea.title);
      const id = rng.uuid();
      const roll = rng.next();
      const limitsLoss = LOSS_LIMITING_GROUPS.includes(c.facility.spec.targetGroups[0]);
      const goalType = roll < (limitsLoss ? 0.35 : 0.05) ? codes.limitLoss : roll < (limitsLoss ? 0.65 : 0.3) ? codes.maintain : codes.develop;
      let level = rng.pick([1, 2, 2, 3]);
      const startLevel = level;
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
      const assess = (on: string, lvl: number, followUpId: string | null) =>
        out.ffb_assessments.push({
          id: rng.uuid(), municipality_id: municipalityId, citizen_id: c.id, condition_code: condition.code, assessed_on: on,
          level_code: FUNCTIONAL_LEVEL_ORDER[lvl], note: rng.pick(ASSESSMENT_NOTES), citizen_view: rng.pick(CITIZEN_VIEWS),
          follow_up_id: followUpId, assessed_by: c.contactPersonId,
        });
      assess(start, startLevel, null);
      for (const [k, f] of followUps.entries()) {
        const last = k === followUps.length - 1;
        const progress = status === 'achieved' && last ? 'improved' : rng.pick(['improved', 'improved', 'unchanged', 'unchanged', 'declined'] as const);
        if (progress === 'improved' && level > target) level = status === 'achieved' && last ? target : level - 1;
        if (progress === 'declined' && level < 4) level++;
        const followUpId = rng.uuid();
        out.follow_ups.push({
          id: followUpId, municipality_id: municipalityId, goal_id: id, citizen_id: c.id, follow_up_date: f.date, progress,
          level_code: FUNCTIONAL_LEVEL_ORDER[level], note: rng.pick(FOLLOW_UP_NOTES[progress]),
          continues: status === 'active' || !last, next_follow_up_date: f.next, author_id: c.contactPersonId,
          authority_status_code: status === 'achieved' && last ? AUTHORITY_STATUS.end : AUTHORITY_STATUS.continue,
        });
        // The latest follow-up renews the assessment of the goal's condition.
        if (last) assess(f.date, level, followUpId);
      }

      out.goals.push({
        id, municipality_id: municipalityId, citizen_id: c.id, title: idea.title, what_matters: idea.whatMatters,
        ffb_area_code: codes.areas.get(condition.area)!, ffb_condition_code: condition.code, goal_type_code: goalType, target_level_code: FUNCTIONAL_LEVEL_ORDER[Math.max(0, target)],
        current_level_code: FUNCTIONAL_LEVEL_ORDER[level],
        responsible_user_id: c.contactPersonId,
        responsible_external: condition.area === 'Samfundsliv' && rng.chance(0.5) ? rng.pick(EXTERNAL_RESPONSIBLE) : null,
        start_date: start, next_follow_up_date: next, status,
        status_reason: status === 'active' ? null : rng.pick(STATUS_REASONS[status]),
        created_by: c.contactPersonId, updated_on: followUps[followUps.length - 1]?.date ?? start,
      });
      const steps = [...idea.subGoals.map((text) => ({ kind: 'sub_goal', text })), ...idea.actions.map((text) => ({ kind: 'action', text }))];
      for (const [k, s] of steps.entries()) {
        const subGoal = s.kind === 'sub_goal';
        // Sub-goals fall due one after another, six weeks apart; those due before today are evaluated.
        const due = subGoal ? plusDays(start, 42 * (k + 1)) : null;
        const evaluated = subGoal && due! < today && (status === 'achieved' || rng.chance(0.8));
        const evaluation = evaluated ? (status === 'achieved' ? 'achieved' : rng.pick(['achieved', 'achieved', 'partly', 'not_achieved'] as const)) : null;
        const evaluatedOn = evaluation ? [plusDays(due!, rng.int(0, 10)), today].sort()[0] : null;
        out.goal_steps.push({
          id: rng.uuid(), municipality_id: municipalityId, goal_id: id, kind: s.kind, text: s.text,
          responsible: s.kind === 'action' ? rng.pick(STEP_RESPONSIBLE) : null,
          done: subGoal ? evaluation === 'achieved' : status === 'achieved' || (k === 0 && followUps.length > 1 && rng.chance(0.5)),
          sort_order: k, due_date: due, success_criterion: subGoal ? rng.pick(SUCCESS_CRITERIA) : null,
          evaluation, evaluated_on: evaluatedOn, evaluation_note: evaluation ? EVALUATION_NOTES[evaluation] : null,
        });
      }
      goals.push({ id, title: idea.title, start, active: status === 'active' });
    }
    goalsByCitizen.set(c.id, goals);
    // The citizen's own wishes, told when the first goal was set.
    const firstStart = goals.map((g) => g.start).sort()[0] ?? c.since;
    for (const text of rng.sample(WISHES, rng.int(1, 2))) {
      out.citizen_wishes.push({
        id: rng.uuid(), municipality_id: municipalityId, citizen_id: c.id, text, wish_date: firstStart, created_by: c.contactPersonId, updated_by: c.contactPersonId,
      });
    }
  }
}

export const plansDemo = defineDemo({ tables: PLANS_TABLES, stage: generatePlans, afterInsert: GOALS_ON_SERVICES });
