import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { flattenConcepts } from '../server/db/reference-data.js';
import { checkGoalCodes, compareToTarget, FFB_GROUPS, FUNCTIONAL_LEVEL_ORDER, NOT_ASSESSED_LEVEL, type Concept } from './ffb.js';

// The real code system as KL publishes it, so the rules are checked against the codes in use.
const json = JSON.parse(readFileSync(new URL('../server/db/reference/kl-ffb-codesystem.json', import.meta.url), 'utf8'));
const rows = flattenConcepts(json.concept);
const concepts = new Map<string, Concept>(rows.map(([code, , , parentCode]) => [code, { code, parentCode }]));
const childrenOf = (code: string) => rows.filter((r) => r[3] === code).map((r) => ({ code: r[0], display: r[1] }));

const areas = childrenOf(FFB_GROUPS.activityAndParticipation);
const goalTypes = childrenOf(FFB_GROUPS.goalType);
const levels = childrenOf(FFB_GROUPS.functionalLevel);

describe('KL FFB code system', () => {
  it('has 220 concepts and the six activity-and-participation areas', () => {
    expect(rows).toHaveLength(220);
    expect(areas.map((a) => a.display).sort()).toEqual(['Egenomsorg', 'Kommunikation', 'Mobilitet', 'Praktiske opgaver', 'Relationer', 'Samfundsliv']);
  });

  it('has three goal types and six functional levels, which our order covers', () => {
    expect(goalTypes).toHaveLength(3);
    expect(levels).toHaveLength(6);
    expect([...FUNCTIONAL_LEVEL_ORDER, NOT_ASSESSED_LEVEL].sort()).toEqual(levels.map((l) => l.code).sort());
  });
});

describe('goal rules', () => {
  const valid = { areaCode: areas[0].code, goalTypeCode: goalTypes[0].code, targetLevelCode: FUNCTIONAL_LEVEL_ORDER[1] };

  it('accepts an activity-and-participation area with a goal type and an assessed target level', () => {
    for (const area of areas) expect(checkGoalCodes({ ...valid, areaCode: area.code }, concepts)).toEqual({});
  });

  it('rejects an area outside Aktivitet og deltagelse (e.g. a mental function)', () => {
    const functionsGroup = rows.find((r) => r[1] === 'Funktioner og forhold')![0];
    const errors = checkGoalCodes({ ...valid, areaCode: functionsGroup }, concepts);
    expect(Object.keys(errors)).toEqual(['ffbAreaCode']);
  });

  it('rejects a support-need level as goal type and "Ikke vurderet" as target', () => {
    const supportNeed = childrenOf(FFB_GROUPS.supportNeedLevel)[0].code;
    expect(Object.keys(checkGoalCodes({ ...valid, goalTypeCode: supportNeed, targetLevelCode: NOT_ASSESSED_LEVEL }, concepts)).sort()).toEqual([
      'goalTypeCode',
      'targetLevelCode',
    ]);
  });

  it('rejects unknown codes', () => {
    expect(Object.keys(checkGoalCodes({ areaCode: 'x', goalTypeCode: 'y', targetLevelCode: 'z' }, concepts))).toHaveLength(3);
  });
});

describe('reached level against target', () => {
  const [none, mild, moderate, severe] = FUNCTIONAL_LEVEL_ORDER;
  it('counts a level at or better than the target as reached', () => {
    expect(compareToTarget(mild, mild)).toBe('reached');
    expect(compareToTarget(none, moderate)).toBe('reached');
    expect(compareToTarget(severe, mild)).toBe('not_reached');
    expect(compareToTarget(NOT_ASSESSED_LEVEL, mild)).toBe('unknown');
  });
});
