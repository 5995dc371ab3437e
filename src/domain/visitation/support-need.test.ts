import { describe, expect, it } from 'vitest';
import { FFB_GROUPS, FUNCTIONAL_LEVEL_ORDER, NOT_ASSESSED_LEVEL, type Concept } from '../ffb.js';
import { rollUpSupportNeed, SUPPORT_NEED_LEVEL_ORDER, supportLevelOf } from './support-need.js';

const concepts = new Map<string, Concept>([
  ['areaPractical', { code: 'areaPractical', parentCode: FFB_GROUPS.activityAndParticipation }],
  ['areaSelfCare', { code: 'areaSelfCare', parentCode: FFB_GROUPS.activityAndParticipation }],
  ['cook', { code: 'cook', parentCode: 'areaPractical' }],
  ['shop', { code: 'shop', parentCode: 'areaPractical' }],
  ['wash', { code: 'wash', parentCode: 'areaSelfCare' }],
  ['bodyFunction', { code: 'bodyFunction', parentCode: 'elsewhere' }],
]);

describe('rolling a referral’s assessment up to the six areas', () => {
  it('reads both scales on five steps and leaves out what is not assessed', () => {
    expect(SUPPORT_NEED_LEVEL_ORDER.map(supportLevelOf)).toEqual([0, 1, 2, 3, 4]);
    expect(FUNCTIONAL_LEVEL_ORDER.map(supportLevelOf)).toEqual([0, 1, 2, 3, 4]);
    expect(supportLevelOf(NOT_ASSESSED_LEVEL)).toBeUndefined();
    expect(supportLevelOf('2254dac8-8aa3-4334-8502-9720194f49ad')).toBeUndefined(); // Ikke vurderet (støttebehov)
  });

  it('gives each area its heaviest condition, and skips conditions outside the areas and unassessed levels', () => {
    const need = rollUpSupportNeed(
      [
        { conditionCode: 'cook', levelCode: SUPPORT_NEED_LEVEL_ORDER[1] },
        { conditionCode: 'shop', levelCode: SUPPORT_NEED_LEVEL_ORDER[3] },
        { conditionCode: 'wash', levelCode: NOT_ASSESSED_LEVEL },
        { conditionCode: 'bodyFunction', levelCode: SUPPORT_NEED_LEVEL_ORDER[4] },
        { conditionCode: 'areaSelfCare', levelCode: SUPPORT_NEED_LEVEL_ORDER[4] }, // an area itself is not a condition
      ],
      concepts,
    );
    expect(need).toEqual({ areaPractical: 3 });
  });

  it('is empty for no assessment', () => {
    expect(rollUpSupportNeed([], concepts)).toEqual({});
  });
});
