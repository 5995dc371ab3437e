import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { flattenConcepts } from '../server/db/reference-data.js';
import { AUTHORITY_STATUS, checkGoalCodes, compareToTarget, conditionArea, FFB_GROUPS, isAssessedLevel, isAuthorityStatus, FUNCTIONAL_LEVEL_ORDER, NOT_ASSESSED_LEVEL, type Concept } from './ffb.js';

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

const conditions = areas.flatMap((a) => childrenOf(a.code).map((c) => ({ ...c, area: a.display })));
const codeOf = (display: string) => conditions.find((c) => c.display === display)!.code;

describe('goal rules', () => {
  const valid = { conditionCode: codeOf('Lave mad'), goalTypeCode: goalTypes[0].code, targetLevelCode: FUNCTIONAL_LEVEL_ORDER[1] };

  it('has 31 conditions under the six areas: cooking is a practical task, money part of society life', () => {
    expect(conditions).toHaveLength(31);
    expect(conditions.find((c) => c.display === 'Lave mad')!.area).toBe('Praktiske opgaver');
    expect(conditions.find((c) => c.display === 'Varetage økonomi')!.area).toBe('Samfundsliv');
    expect(conditions.find((c) => c.display === 'Deltage i sociale fællesskaber og fritidsaktiviteter')!.area).toBe('Relationer');
  });

  it('accepts every condition with a goal type and an assessed target level; the area follows from it', () => {
    for (const c of conditions) expect(checkGoalCodes({ ...valid, conditionCode: c.code }, concepts)).toEqual({});
    expect(conditionArea(codeOf('Lave mad'), concepts)).toBe(areas.find((a) => a.display === 'Praktiske opgaver')!.code);
  });

  it('rejects an area alone, saying a goal sits on a condition under it', () => {
    for (const area of areas) {
      expect(checkGoalCodes({ ...valid, conditionCode: area.code }, concepts)).toEqual({ ffbConditionCode: expect.stringContaining('tilstand under livsområdet') });
    }
  });

  it('rejects a code outside Aktivitet og deltagelse (e.g. a mental function)', () => {
    const functionsGroup = rows.find((r) => r[1] === 'Funktioner og forhold')![0];
    const mental = childrenOf(functionsGroup)[0].code;
    for (const code of [functionsGroup, mental]) expect(Object.keys(checkGoalCodes({ ...valid, conditionCode: code }, concepts))).toEqual(['ffbConditionCode']);
  });

  it('knows the assessed levels and the three statuses on a service', () => {
    expect(FUNCTIONAL_LEVEL_ORDER.every((l) => isAssessedLevel(l, concepts))).toBe(true);
    expect(isAssessedLevel(NOT_ASSESSED_LEVEL, concepts)).toBe(false);
    expect(isAssessedLevel(codeOf('Lave mad'), concepts)).toBe(false);
    expect(childrenOf(FFB_GROUPS.statusOnService).map((c) => c.code).sort()).toEqual(Object.values(AUTHORITY_STATUS).sort());
    expect(isAuthorityStatus(AUTHORITY_STATUS.end, concepts)).toBe(true);
    expect(isAuthorityStatus(FUNCTIONAL_LEVEL_ORDER[0], concepts)).toBe(false);
  });

  it('rejects a support-need level as goal type and "Ikke vurderet" as target', () => {
    const supportNeed = childrenOf(FFB_GROUPS.supportNeedLevel)[0].code;
    expect(Object.keys(checkGoalCodes({ ...valid, goalTypeCode: supportNeed, targetLevelCode: NOT_ASSESSED_LEVEL }, concepts)).sort()).toEqual([
      'goalTypeCode',
      'targetLevelCode',
    ]);
  });

  it('rejects unknown codes', () => {
    expect(Object.keys(checkGoalCodes({ conditionCode: 'x', goalTypeCode: 'y', targetLevelCode: 'z' }, concepts))).toHaveLength(3);
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
