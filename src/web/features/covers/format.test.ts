// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n';
import { formatCoverEnd, formatCoverPeriod } from './format';

const t = i18n.t;
const end = (endIso: string, nowIso: string) => formatCoverEnd(t, endIso, new Date(nowIso));

// Machine zones far from Copenhagen: one ahead without summer time, one behind with its own (other)
// summer time dates. Anything read in the machine's zone instead of Europe/Copenhagen shows up as a
// wrong time or day.
describe.each([
  { zone: 'Pacific/Kiritimati', offsetOn3March: -14 * 60 },
  { zone: 'America/New_York', offsetOn3March: 5 * 60 },
])('when a cover ends, as the banner says it (machine in $zone)', ({ zone, offsetOn3March }) => {
  beforeAll(() => {
    vi.stubEnv('TZ', zone);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it('runs in that machine zone', () => {
    expect(new Date('2026-03-03T12:00:00Z').getTimezoneOffset()).toBe(offsetOn3March);
  });

  it('gives only the time when the cover ends today', () => {
    // 11.00 in Copenhagen (CET, UTC+1); ends 13.27.
    expect(end('2026-03-03T12:27:00Z', '2026-03-03T10:00:00Z')).toBe('kl. 13.27');
  });

  it('says "i morgen" when it ends tomorrow', () => {
    expect(end('2026-03-04T05:00:00Z', '2026-03-03T10:00:00Z')).toBe('i morgen kl. 06.00');
  });

  it('gives the date when it ends later, or ended earlier', () => {
    expect(end('2026-03-05T05:00:00Z', '2026-03-03T10:00:00Z')).toBe('5. mar. 2026 kl. 06.00');
    expect(end('2026-03-02T20:00:00Z', '2026-03-03T10:00:00Z')).toBe('2. mar. 2026 kl. 21.00');
  });

  it('counts days by the Copenhagen calendar around midnight, not by UTC', () => {
    // 23.30 on 3 March in Copenhagen; ends 00.15 on 4 March, still 3 March in UTC.
    expect(end('2026-03-03T23:15:00Z', '2026-03-03T22:30:00Z')).toBe('i morgen kl. 00.15');
    // 00.30 on 4 March in Copenhagen (3 March in UTC); ends 06.00 the same Copenhagen day.
    expect(end('2026-03-04T05:00:00Z', '2026-03-03T23:30:00Z')).toBe('kl. 06.00');
  });

  it('goes over the end of the month and the year', () => {
    expect(end('2026-03-01T05:00:00Z', '2026-02-28T20:00:00Z')).toBe('i morgen kl. 06.00');
    expect(end('2027-01-01T05:00:00Z', '2026-12-31T10:00:00Z')).toBe('i morgen kl. 06.00');
  });

  it('follows Danish summer time: the clock moves on 29 March and 25 October 2026', () => {
    // Night to 29 March: 23.00 CET; the cover ends 07.00 summer time (05.00 UTC).
    expect(end('2026-03-29T05:00:00Z', '2026-03-28T22:00:00Z')).toBe('i morgen kl. 07.00');
    // Night to 25 October: 22.00 summer time; ends 06.00 winter time (05.00 UTC).
    expect(end('2026-10-25T05:00:00Z', '2026-10-24T20:00:00Z')).toBe('i morgen kl. 06.00');
    // 25 October, 23.30 winter time is still that day (with summer time's offset it would be past midnight).
    expect(end('2026-10-25T22:30:00Z', '2026-10-25T08:00:00Z')).toBe('kl. 23.30');
    // In summer, 23.30 local is 21.30 UTC.
    expect(end('2026-07-01T21:30:00Z', '2026-07-01T08:00:00Z')).toBe('kl. 23.30');
  });

  it("is not thrown by the machine zone's own clock change (8 March 2026 in New York)", () => {
    expect(end('2026-03-09T05:00:00Z', '2026-03-08T10:00:00Z')).toBe('i morgen kl. 06.00');
    expect(end('2026-03-08T21:00:00Z', '2026-03-08T10:00:00Z')).toBe('kl. 22.00');
  });
});

describe("a cover's span in a narrow column", () => {
  it('gives the day and the two times within a Copenhagen day', () => {
    expect(formatCoverPeriod('2026-03-03T21:00:00Z', '2026-03-03T22:30:00Z')).toEqual(['3. mar. 2026', '22.00–23.30']);
  });

  it('gives both dates when it runs past midnight in Copenhagen', () => {
    expect(formatCoverPeriod('2026-03-03T21:00:00Z', '2026-03-03T23:15:00Z')).toEqual(['3. mar. 2026, 22.00–', '4. mar. 2026, 00.15']);
  });
});
