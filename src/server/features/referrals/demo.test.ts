import { describe, expect, it } from 'vitest';
import { login, useDemoApp } from '../../../../test/http.js';
import { DEMO_PASSWORD } from '../../db/demo/seed.js';
import { STEPS, transition, type ReferralAction, type ReferralState } from '../../../domain/visitation/committee.js';

const env = useDemoApp();

describe('the demo’s referrals', () => {
  it('holds a waiting list of about 40 open referrals across target groups, most waiting, a handful acute or urgent', async () => {
    const [row] = await env.db.query<{ open: number; waiting: number; submitted: number; offered: number; declined: number; pressing: number; groups: number; assessed: number; planned: number }>(
      `SELECT count(*)::int AS open,
              count(*) FILTER (WHERE state = 'waiting')::int AS waiting,
              count(*) FILTER (WHERE state = 'submitted')::int AS submitted,
              count(*) FILTER (WHERE state = 'offered')::int AS offered,
              count(*) FILTER (WHERE state = 'declined')::int AS declined,
              count(*) FILTER (WHERE urgency <> 'normal')::int AS pressing,
              count(DISTINCT (SELECT g.target_group_code FROM referral_target_groups g WHERE g.referral_id = r.id AND g.position = 1))::int AS groups,
              count(*) FILTER (WHERE (SELECT count(*) FROM referral_assessments a WHERE a.referral_id = r.id) >= 3)::int AS assessed,
              count(*) FILTER (WHERE plan_purpose <> '' AND btrim(plan_housing || plan_employment || plan_personal_help || plan_treatment || plan_aids) <> '')::int AS planned
         FROM referrals r JOIN municipalities m ON m.id = r.municipality_id AND m.name = 'Demo Kommune'
        WHERE state IN ('submitted', 'offered', 'accepted', 'accepted_on_condition', 'declined', 'waiting')`,
    );
    expect(row.open).toBeGreaterThanOrEqual(35);
    expect(row.open).toBeLessThanOrEqual(45);
    expect(row.waiting).toBeGreaterThan(row.open / 2);
    expect(Math.min(row.submitted, row.offered, row.declined)).toBeGreaterThan(0);
    expect(row.pressing).toBeGreaterThanOrEqual(4);
    expect(row.groups).toBeGreaterThanOrEqual(3);
    expect(row.assessed).toBe(row.open);
    expect(row.planned).toBe(row.open);
  });

  it('has placed referrals over the past three years linked to the residents’ current stays', async () => {
    const [row] = await env.db.query<{ placed: number; months: number; linked: number; flagged: number }>(
      `SELECT count(*)::int AS placed, count(DISTINCT date_trunc('month', decided_at))::int AS months,
              count(*) FILTER (WHERE i.id IS NOT NULL AND i.end_date IS NULL AND i.citizen_id = r.citizen_id)::int AS linked,
              count(*) FILTER (WHERE cardinality(r.flags) > 0)::int AS flagged
         FROM referrals r LEFT JOIN interventions i ON i.municipality_id = r.municipality_id AND i.id = r.intervention_id
        WHERE r.state = 'placed' AND r.decided_at > now() - interval '3 years 1 month'`,
    );
    expect(row.placed).toBeGreaterThan(60);
    expect(row.months).toBeGreaterThan(20);
    expect(row.linked).toBe(row.placed);
    expect(row.flagged).toBeGreaterThan(10);
  });

  it('walks every referral’s transitions through the committee’s steps to its state', async () => {
    const rows = await env.db.query<{ state: string; steps: Array<{ action: string; from: string | null; to: string; org: string | null; place: string | null; reason: string | null; condition: string | null }> }>(
      `SELECT r.state, json_agg(json_build_object('action', t.action, 'from', t.from_state, 'to', t.to_state, 'org', t.org_unit_id, 'place', t.place_id,
              'reason', t.reason, 'condition', t.condition) ORDER BY t.seq) AS steps
         FROM referrals r JOIN referral_transitions t ON t.municipality_id = r.municipality_id AND t.referral_id = r.id GROUP BY r.id, r.state`,
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      expect(r.steps[0]).toMatchObject({ action: 'submit', from: null, to: 'submitted' });
      let state: ReferralState = 'submitted';
      for (const s of r.steps.slice(1)) {
        expect(s.from).toBe(state);
        const next = transition(state, s.action as ReferralAction, { facilityId: s.org, placeId: s.action === 'place' ? s.place ?? 'x' : null, reason: s.reason, condition: s.condition });
        expect(next, `${state} → ${s.action}`).toEqual({ to: STEPS[s.action as ReferralAction].to });
        expect(s.to).toBe(STEPS[s.action as ReferralAction].to);
        state = s.to as ReferralState;
      }
      expect(state).toBe(r.state);
    }
  });

  it('shows sagsbehandler the waiting list in Henvisninger, and the referral page', async () => {
    const caseWorker = await login(env.app, 'sagsbehandler', DEMO_PASSWORD);
    expect((await caseWorker.get('/api/auth/session')).json().user.navigation.referrals).toBe(true);
    const waiting = (await caseWorker.get('/api/referrals?state=waiting')).json().data as Array<{ id: string }>;
    expect(waiting.length).toBeGreaterThan(18);
    const one = await caseWorker.get(`/api/referrals/${waiting[0].id}`);
    expect(one.statusCode).toBe(200);
    expect(one.json().data.areas.some((a: { level: number | null }) => a.level !== null)).toBe(true);
  });
});
