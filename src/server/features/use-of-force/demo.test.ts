import { describe, expect, it } from 'vitest';
import { login, useDemoApp } from '../../../../test/http.js';
import { DEMO_PASSWORD } from '../../db/demo/seed.js';

const env = useDemoApp();

describe('the demo’s use of force', () => {
  it('has reports on each staff form across facilities (one overdue) and decisions with uses, one expired without its Skema 2', async () => {
    const forms = await env.db.query<{ form_code: string; facilities: number }>(
      `SELECT r.form_code, count(DISTINCT u.parent_id)::int AS facilities FROM use_of_force_reports r JOIN org_units u ON u.id = r.unit_id GROUP BY r.form_code ORDER BY r.form_code`,
    );
    expect(forms.map((f) => f.form_code)).toEqual(['bilag-136c', 'skema1', 'skema4']);
    expect(forms.find((f) => f.form_code === 'skema1')!.facilities).toBeGreaterThanOrEqual(3);
    const [{ overdue }] = await env.db.query<{ overdue: number }>('SELECT count(*)::int AS overdue FROM use_of_force_reports WHERE overdue_at IS NOT NULL AND forwarded_at IS NULL');
    expect(overdue).toBe(1);
    const decisions = await env.db.query<{ uses: number; expired: boolean }>(
      `SELECT (SELECT count(*) FROM use_of_force_uses u WHERE u.decision_id = d.id)::int AS uses, d.valid_to < current_date AS expired FROM use_of_force_decisions d ORDER BY d.valid_to`,
    );
    expect(decisions.filter((d) => d.expired)).toHaveLength(1);
    for (const d of decisions) expect(d.uses).toBeGreaterThan(0);
  });

  it('gives the facility leader the fresh report to forward and the expired decision to report on', async () => {
    const leder = await login(env.app, 'leder', DEMO_PASSWORD);
    expect((await leder.get('/api/auth/session')).json().user.navigation.useOfForce).toBe(true);
    const { reports, combinedMissing } = (await leder.get('/api/use-of-force/reports')).json().data;
    expect(reports.some((r: { status: string; overdue: boolean }) => r.status === 'reported' && !r.overdue)).toBe(true);
    expect(reports.some((r: { status: string }) => r.status === 'forwarded')).toBe(true);
    expect(combinedMissing.length + reports.filter((r: { overdue: boolean }) => r.overdue).length).toBeGreaterThanOrEqual(1);
    const medarbejder = await login(env.app, 'medarbejder', DEMO_PASSWORD);
    expect((await medarbejder.get('/api/auth/session')).json().user.navigation.useOfForce).toBe(false);
  });
});
