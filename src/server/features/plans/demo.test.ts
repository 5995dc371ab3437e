import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flattenConcepts } from '../../db/reference-data.js';
import { GOALS_BY_AREA } from '../../db/demo/vocabulary.js';
import { generateDemoData } from '../../db/demo/generate.js';
import { checkGoalCodes, FFB_GROUPS, FUNCTIONAL_LEVEL_ORDER, type Concept } from '../../../domain/ffb.js';
import { CONDITION_OF_GOAL, demoCondition } from './demo.js';

const json = JSON.parse(readFileSync(new URL('../../db/reference/kl-ffb-codesystem.json', import.meta.url), 'utf8'));
const rows = flattenConcepts(json.concept);
const concepts = new Map<string, Concept>(rows.map(([code, , , parentCode]) => [code, { code, parentCode }]));
const display = new Map(rows.map(([code, name]) => [code, name]));
const childrenOf = (parent: string) => rows.filter((r) => r[3] === parent);
const areas = new Map(childrenOf(FFB_GROUPS.activityAndParticipation).map((r) => [r[1], r[0]]));
const byName = (name: string) => childrenOf(FFB_GROUPS.goalType).find((r) => r[1] === name)![0];

describe('the demo’s goals', () => {
  it('sit on FFB conditions as KL places them: money under Samfundsliv, football under Relationer, cooking under Praktiske opgaver', () => {
    const ideas = Object.values(GOALS_BY_AREA).flat();
    expect(Object.keys(CONDITION_OF_GOAL).sort()).toEqual(ideas.map((i) => i.title).sort());
    for (const idea of ideas) {
      const { code, area } = demoCondition(idea.title);
      expect(display.get(concepts.get(code)!.parentCode!), idea.title).toBe(area);
      expect(checkGoalCodes({ conditionCode: code, goalTypeCode: byName('Udvikle funktionsevne'), targetLevelCode: FUNCTIONAL_LEVEL_ORDER[1] }, concepts)).toEqual({});
    }
    const placed = (title: string) => {
      const { code, area } = demoCondition(title);
      return `${area} / ${display.get(code)}`;
    };
    expect(placed('Jeg vil have styr på mine penge hele måneden')).toBe('Samfundsliv / Varetage økonomi');
    expect(placed('Jeg vil gå til fodbold i den lokale klub')).toBe('Relationer / Deltage i sociale fællesskaber og fritidsaktiviteter');
    expect(placed('Jeg vil lære at lave aftensmad to gange om ugen')).toBe('Praktiske opgaver / Lave mad');
  });

  it('come with the citizens’ wishes, dated sub-goals with success criteria, assessments and statuses on the service', () => {
    const codes = {
      areas,
      develop: byName('Udvikle funktionsevne'),
      maintain: byName('Fastholde funktionsevne'),
      limitLoss: byName('Begrænse tab af funktionsevne'),
    };
    const t = generateDemoData(codes, '2026-12-07', 'hash');
    expect(t.goals.length).toBeGreaterThan(600);
    for (const g of t.goals) {
      expect(concepts.get(g.ffb_condition_code as string)?.parentCode).toBe(g.ffb_area_code);
    }
    const subGoals = t.goal_steps.filter((s) => s.kind === 'sub_goal');
    expect(subGoals.every((s) => s.due_date && s.success_criterion)).toBe(true);
    expect(subGoals.filter((s) => s.evaluation).length).toBeGreaterThan(100);
    expect(new Set(t.citizen_wishes.map((w) => w.citizen_id)).size).toBe(new Set(t.goals.map((g) => g.citizen_id)).size);
    expect(t.ffb_assessments.length).toBeGreaterThan(t.goals.length);
    expect(t.follow_ups.every((f) => f.authority_status_code)).toBe(true);
  });
});
