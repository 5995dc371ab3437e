import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { daysBetween } from './dates.js';
import { FFB_GROUPS, FUNCTIONAL_LEVEL_ORDER, NOT_ASSESSED_LEVEL, type Concept } from './ffb.js';
import {
  addDaysIso,
  checkFollowUp,
  defaultNextFollowUp,
  dueClass,
  FUNCTIONAL_LEVEL_DISPLAY_ORDER,
  isGoalOverdue,
  nextDateAfterFollowUp,
  orderByCodes,
} from './plans.js';

const EGENOMSORG = 'da3f488f-1742-4d00-b247-a7d47500b36b';
const concepts = new Map<string, Concept>([
  ...[...FUNCTIONAL_LEVEL_ORDER, NOT_ASSESSED_LEVEL].map((code) => [code, { code, parentCode: FFB_GROUPS.functionalLevel }] as const),
  [EGENOMSORG, { code: EGENOMSORG, parentCode: FFB_GROUPS.activityAndParticipation }],
]);
const ctx = { today: '2026-05-10', goalStartDate: '2026-01-15', concepts };

describe('orderByCodes', () => {
  it('puts functional levels best → worst with Ikke vurderet last, unknown codes after', () => {
    const shuffled = ['x-new', ...FUNCTIONAL_LEVEL_DISPLAY_ORDER].reverse().map((code) => ({ code }));
    expect(orderByCodes(shuffled, FUNCTIONAL_LEVEL_DISPLAY_ORDER).map((c) => c.code)).toEqual([...FUNCTIONAL_LEVEL_DISPLAY_ORDER, 'x-new']);
    expect(FUNCTIONAL_LEVEL_DISPLAY_ORDER.at(-1)).toBe(NOT_ASSESSED_LEVEL);
  });

  it('keeps the relative order of codes it does not know', () => {
    expect(orderByCodes([{ code: 'b' }, { code: 'a' }, { code: 'z' }], ['z']).map((c) => c.code)).toEqual(['z', 'b', 'a']);
  });
});

describe('due classification', () => {
  it('judges overdue and upcoming on the local date, inclusive of the window’s last day', () => {
    expect(dueClass('2026-05-09', '2026-05-10', 14)).toBe('overdue');
    expect(dueClass('2026-05-10', '2026-05-10', 14)).toBe('upcoming');
    expect(dueClass('2026-05-24', '2026-05-10', 14)).toBe('upcoming');
    expect(dueClass('2026-05-25', '2026-05-10', 14)).toBe('later');
    expect(dueClass(null, '2026-05-10', 14)).toBe('none');
  });

  it('never calls a paused or closed goal overdue', () => {
    expect(isGoalOverdue({ status: 'active', nextFollowUpDate: '2026-01-01' }, '2026-05-10')).toBe(true);
    expect(isGoalOverdue({ status: 'paused', nextFollowUpDate: '2026-01-01' }, '2026-05-10')).toBe(false);
    expect(isGoalOverdue({ status: 'active', nextFollowUpDate: '2026-05-10' }, '2026-05-10')).toBe(false);
    expect(isGoalOverdue({ status: 'active', nextFollowUpDate: null }, '2026-05-10')).toBe(false);
  });

  it('adds days across month, year and DST boundaries', () => {
    expect(addDaysIso('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDaysIso('2026-12-25', 14)).toBe('2027-01-08');
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29');
  });

  test.prop([fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 400 })])(
    'addDaysIso agrees with daysBetween',
    (d, n) => {
      const day = d.toISOString().slice(0, 10);
      expect(daysBetween(day, addDaysIso(day, n))).toBe(n);
    },
  );
});

describe('next follow-up date', () => {
  it('defaults to the facility interval, else three months, clamped to the month end', () => {
    expect(defaultNextFollowUp('2026-01-31', 1)).toBe('2026-02-28');
    expect(defaultNextFollowUp('2026-01-15', 6)).toBe('2026-07-15');
    expect(defaultNextFollowUp('2026-01-15', null)).toBe('2026-04-15');
  });

  it('after a follow-up: the given date, the interval, or none when the goal stops', () => {
    expect(nextDateAfterFollowUp({ followUpDate: '2026-05-01', continues: true }, 2)).toBe('2026-07-01');
    expect(nextDateAfterFollowUp({ followUpDate: '2026-05-01', continues: true, nextFollowUpDate: '2026-06-01' }, 2)).toBe('2026-06-01');
    expect(nextDateAfterFollowUp({ followUpDate: '2026-05-01', continues: false }, 2)).toBeNull();
  });
});

describe('checkFollowUp', () => {
  it('accepts a valid follow-up', () => {
    expect(checkFollowUp({ followUpDate: '2026-05-10', levelCode: FUNCTIONAL_LEVEL_ORDER[1], continues: true, nextFollowUpDate: '2026-08-01' }, ctx)).toEqual({});
    expect(checkFollowUp({ followUpDate: '2026-01-15', levelCode: NOT_ASSESSED_LEVEL, continues: false }, ctx)).toEqual({});
  });

  it('rejects a future date, a date before the goal started and impossible dates', () => {
    expect(Object.keys(checkFollowUp({ followUpDate: '2026-05-11', continues: true }, ctx))).toEqual(['followUpDate']);
    expect(Object.keys(checkFollowUp({ followUpDate: '2026-01-14', continues: true }, ctx))).toEqual(['followUpDate']);
    expect(Object.keys(checkFollowUp({ followUpDate: '2026-02-30', continues: true }, ctx))).toEqual(['followUpDate']);
  });

  it('rejects a level that is not a functional level (e.g. a life area)', () => {
    expect(checkFollowUp({ followUpDate: '2026-05-01', levelCode: EGENOMSORG, continues: true }, ctx)).toHaveProperty('levelCode');
  });

  it('wants the next date after the follow-up, and none when the goal stops', () => {
    expect(checkFollowUp({ followUpDate: '2026-05-01', continues: true, nextFollowUpDate: '2026-05-01' }, ctx)).toHaveProperty('nextFollowUpDate');
    expect(checkFollowUp({ followUpDate: '2026-05-01', continues: false, nextFollowUpDate: '2026-06-01' }, ctx)).toHaveProperty('nextFollowUpDate');
  });
});
