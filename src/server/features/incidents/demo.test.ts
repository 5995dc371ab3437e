import { describe, expect, it } from 'vitest';
import { login, useDemoApp } from '../../../../test/http.js';
import { DEMO_PASSWORD } from '../../db/demo/seed.js';
import { severityOf } from './dpsd.js';

const env = useDemoApp();

describe('the demo’s incidents', () => {
  it('has medication errors and falls on every residential facility in each state, the closed ones with their learning, each severity as the matrix gives it', async () => {
    const rows = await env.db.query<{ facility: string; event_type: string; status: string; learning: string; actual_consequence: string; possible_consequence: string | null; severity: string }>(
      `SELECT fac.name AS facility, e.event_type, e.status, e.learning, e.actual_consequence, e.possible_consequence, e.severity
         FROM adverse_events e JOIN org_units u ON u.id = e.unit_id JOIN org_units fac ON fac.id = u.parent_id`,
    );
    const facilities = new Set(rows.map((r) => r.facility));
    expect(facilities.size).toBeGreaterThanOrEqual(3);
    expect([...new Set(rows.map((r) => r.event_type))]).toEqual(expect.arrayContaining(['medication_error', 'fall']));
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['reported', 'analysis', 'closed']));
    expect(rows.filter((r) => r.status === 'closed').every((r) => r.learning.length > 3)).toBe(true);
    for (const r of rows) expect(severityOf(r.actual_consequence, r.possible_consequence)).toEqual({ category: r.severity });
  });

  it('shows the facility leader their facility’s reports and violence, one work-accident report overdue, and the dashboard’s counts', async () => {
    const leader = await login(env.app, 'leder', DEMO_PASSWORD);
    const events = (await leader.get('/api/adverse-events')).json().data;
    expect(events.length).toBeGreaterThan(2);
    expect(events.every((e: { facility: { name: string } }) => e.facility.name === 'Bostedet Lærkehøj')).toBe(true);
    const violence = (await leader.get('/api/violence-incidents')).json().data;
    expect(violence.filter((v: { workAccident: { overdue: boolean } | null }) => v.workAccident?.overdue)).toHaveLength(1);
    expect(violence.some((v: { exposedCitizen: unknown }) => v.exposedCitizen)).toBe(true);
    const dashboard = (await leader.get('/api/incidents/dashboard')).json().data;
    expect(dashboard.open).toEqual([expect.objectContaining({ facility: expect.objectContaining({ name: 'Bostedet Lærkehøj' }), overdueWorkAccidents: 1 })]);
    expect(dashboard.counts.length).toBeGreaterThan(3);
  });

  it('counts every kind of incident for the center: adverse events, violence, use of force by form and PN given', async () => {
    const chef = await login(env.app, 'chef', DEMO_PASSWORD);
    const { counts } = (await chef.get('/api/incidents/dashboard')).json().data as { counts: Array<{ source: string; type: string; count: number }> };
    expect(new Set(counts.map((c) => c.source))).toEqual(new Set(['adverse_event', 'violence', 'use_of_force', 'pn']));
    expect(counts.filter((c) => c.source === 'use_of_force').map((c) => c.type)).toEqual(expect.arrayContaining(['skema1']));
    expect(counts.filter((c) => c.source === 'pn' && c.type === 'pn_given').reduce((n, c) => n + c.count, 0)).toBeGreaterThan(10);
  });
});
