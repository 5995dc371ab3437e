import { describe, expect, it } from 'vitest';
import { FFB_GROUPS, FUNCTIONAL_LEVEL_ORDER, NOT_ASSESSED_LEVEL, type Concept } from '../ffb.js';
import { checkAssessment } from './assessment.js';
import { rollUpSupportNeed } from './support-need.js';

const c = (code: string, parentCode: string | null): [string, Concept] => [code, { code, parentCode }];
const [none, light, moderate, severe, full] = FUNCTIONAL_LEVEL_ORDER;
const concepts = new Map<string, Concept>([
  c(FFB_GROUPS.activityAndParticipation, null),
  c('selfcare', FFB_GROUPS.activityAndParticipation),
  c('practical', FFB_GROUPS.activityAndParticipation),
  c('washing', 'selfcare'),
  c('dressing', 'selfcare'),
  c('cooking', 'practical'),
  c('shopping', 'practical'),
  ...FUNCTIONAL_LEVEL_ORDER.map((l) => c(l, FFB_GROUPS.functionalLevel)),
  c(NOT_ASSESSED_LEVEL, FFB_GROUPS.functionalLevel),
]);

describe('rollUpSupportNeed on a referral\'s functional levels', () => {
  it('gives each area the worst level of its conditions, on 0–4', () => {
    expect(
      rollUpSupportNeed(
        [
          { conditionCode: 'washing', levelCode: light },
          { conditionCode: 'dressing', levelCode: severe },
          { conditionCode: 'cooking', levelCode: none },
          { conditionCode: 'shopping', levelCode: moderate },
        ],
        concepts,
      ),
    ).toEqual({ selfcare: 3, practical: 2 });
    expect(rollUpSupportNeed([{ conditionCode: 'cooking', levelCode: full }], concepts)).toEqual({ practical: 4 });
  });

  it('leaves out what is not assessed, an area given as a condition and unknown codes', () => {
    expect(
      rollUpSupportNeed(
        [
          { conditionCode: 'washing', levelCode: NOT_ASSESSED_LEVEL },
          { conditionCode: 'selfcare', levelCode: full },
          { conditionCode: 'nope', levelCode: full },
          { conditionCode: 'cooking', levelCode: 'nope' },
        ],
        concepts,
      ),
    ).toEqual({});
  });
});

describe('checkAssessment', () => {
  it('names the line and the field of each bad code, and a condition assessed twice', () => {
    expect(
      checkAssessment(
        [
          { conditionCode: 'washing', levelCode: light },
          { conditionCode: 'selfcare', levelCode: light },
          { conditionCode: 'washing', levelCode: NOT_ASSESSED_LEVEL },
        ],
        concepts,
      ),
    ).toEqual({
      'assessment.1.conditionCode': expect.stringContaining('tilstand'),
      'assessment.2.conditionCode': 'Tilstanden er allerede vurderet ovenfor.',
      'assessment.2.levelCode': expect.stringContaining('FFB'),
    });
    expect(checkAssessment([{ conditionCode: 'cooking', levelCode: moderate }], concepts)).toEqual({});
  });
});
