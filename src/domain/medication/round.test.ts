import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { doseState, dueDoses, roundSlots, slotBounds, slotOfTime, type RoundLine } from './round.js';

const line = (over: Partial<RoundLine> = {}): RoundLine => ({
  kind: 'fixed', status: 'active', startDate: '2026-01-01', stopDate: null,
  schedule: [{ time: '08:00', dose: 1 }, { time: '12:00', dose: 1 }, { time: '20:00', dose: 2 }], tapering: [], ...over,
});

describe('medicine round', () => {
  it('every time of day falls in exactly one slot, whose bounds hold it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        const time = `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
        const slot = slotOfTime(time);
        expect(roundSlots).toContain(slot);
        const { from, to } = slotBounds('2026-12-07', slot);
        const at = new Date(`2026-12-07T${time}:00+01:00`);
        expect(at >= from && at < to).toBe(true);
      }),
    );
  });

  it('the evening slot ends at local midnight, the night of the autumn change lasts seven hours', () => {
    expect(slotBounds('2026-12-07', 'evening').to.toISOString()).toBe('2026-12-07T23:00:00.000Z');
    const night = slotBounds('2026-10-25', 'night');
    expect((night.to.getTime() - night.from.getTime()) / 3_600_000).toBe(7);
  });

  it('due doses follow the slot, the tapering step and the line status', () => {
    expect(dueDoses(line(), '2026-12-07', 'morning').map((d) => [d.time, d.dose])).toEqual([['08:00', 1]]);
    expect(dueDoses(line(), '2026-12-07', 'evening')[0].scheduledFor.toISOString()).toBe('2026-12-07T19:00:00.000Z');
    const tapering = [{ fromDate: '2026-12-01', dose: 0.5 }, { fromDate: '2026-12-10', dose: 0 }];
    expect(dueDoses(line({ tapering }), '2026-12-07', 'evening')[0].dose).toBe(0.5);
    expect(dueDoses(line({ tapering }), '2026-12-10', 'evening')).toEqual([]);
    expect(dueDoses(line({ status: 'paused' }), '2026-12-07', 'morning')).toEqual([]);
    expect(dueDoses(line({ stopDate: '2026-12-06' }), '2026-12-07', 'morning')).toEqual([]);
    expect(dueDoses(line({ startDate: '2026-12-08' }), '2026-12-07', 'morning')).toEqual([]);
    expect(dueDoses(line({ kind: 'pn' }), '2026-12-07', 'morning')).toEqual([]);
  });

  it('an unregistered dose is upcoming, due, late after the setting, missed after the slot', () => {
    const dose = { scheduledFor: new Date('2026-12-07T07:00:00Z') };
    const end = slotBounds('2026-12-07', 'morning').to;
    const at = (iso: string) => doseState(dose, end, new Date(iso), 60);
    expect(at('2026-12-07T06:59:00Z')).toBe('upcoming');
    expect(at('2026-12-07T07:30:00Z')).toBe('due');
    expect(at('2026-12-07T08:00:00Z')).toBe('late');
    expect(at('2026-12-07T10:00:00Z')).toBe('missed');
  });
});
