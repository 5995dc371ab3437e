import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { placeLegalBases } from '../../../contracts/organisation.js';
import { roleKinds } from '../users/schema.js';
import { childKinds } from '../organisation/tree.js';

const env = useTestApp({ worlds: 1 });

describe('GET /api/catalogue', () => {
  it('requires a session', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/catalogue' })).statusCode).toBe(401);
  });

  it('gives the six life areas, goal types and the FFB scales in the order people read them', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const res = await staff.get('/api/catalogue');
    expect(res.statusCode).toBe(200);
    const c = res.json();
    expect(c.ffbAreas.map((a: { display: string }) => a.display).sort()).toEqual(
      ['Egenomsorg', 'Kommunikation', 'Mobilitet', 'Praktiske opgaver', 'Relationer', 'Samfundsliv'],
    );
    expect(c.goalTypes.map((t: { display: string }) => t.display).sort()).toEqual(
      ['Begrænse tab af funktionsevne', 'Fastholde funktionsevne', 'Udvikle funktionsevne'],
    );
    expect(c.functionalLevels.map((l: { display: string }) => l.display)).toEqual([
      'Ingen nedsat funktionsevne',
      'Let nedsat funktionsevne',
      'Moderat nedsat funktionsevne',
      'Svært nedsat funktionsevne',
      'Fuldstændig nedsat funktionsevne',
      'Ikke vurderet',
    ]);
    expect(c.supportNeedLevels.map((l: { display: string }) => l.display)).toEqual([
      'Intet støttebehov',
      'Let støttebehov',
      'Moderat støttebehov',
      'Højt støttebehov',
      'Fuldstændigt støttebehov',
      'Ikke vurderet',
    ]);
    expect(c.ffbAreas[0]).toEqual({ code: expect.any(String), display: expect.any(String), definition: expect.any(String) });
  });

  it('gives target groups, intervention kinds on the ladder and legal bases', async () => {
    const admin = await login(env.app, env.w.users.admin.username);
    const c = (await admin.get('/api/catalogue')).json();
    expect(c.targetGroups).toHaveLength(8);
    expect(c.targetGroups[0]).toEqual({ code: 'social_psychiatry', name: 'Socialpsykiatri' });
    expect(c.interventionKinds.find((k: { code: string }) => k.code === 'long_term_residence')).toEqual({
      code: 'long_term_residence',
      name: 'Længerevarende botilbud',
      ladderStep: 7,
      ladderStepName: 'Længerevarende ophold på botilbud (§108)',
      defaultLegalBasis: '§108',
      delivery: 'stay',
      legalBases: ['§108', 'ABL §105'],
      stepsByExtent: [],
    });
    // Social home care sits on a step by its granted hours (seed 002); flexible housing support on 4.
    const homeCare = c.interventionKinds.find((k: { code: string }) => k.code === 'social_home_care');
    expect(homeCare.stepsByExtent.map((s: { ladderStep: number }) => s.ladderStep)).toEqual([2, 3, 5, 6]);
    expect(c.interventionKinds.find((k: { code: string }) => k.code === 'flexible_housing_support')).toMatchObject({ ladderStep: 4, delivery: 'home' });
    expect(c.interventionKinds.map((k: { ladderStep: number }) => k.ladderStep)).toEqual(
      [...c.interventionKinds.map((k: { ladderStep: number }) => k.ladderStep)].sort((a, b) => a - b),
    );
    const bases = c.legalBases.map((l: { code: string }) => l.code);
    expect(bases).toEqual(expect.arrayContaining(['§82b', '§85', '§107', '§108', '§110', 'ABL §105']));
    // § 141 is the duty to make a plan, not a basis a service is granted on.
    expect(bases).not.toContain('§141');
    // Every kind's legal bases are in the catalogue.
    for (const k of c.interventionKinds) for (const b of k.legalBases) expect(bases).toContain(b);
    expect(c.legalBases.filter((l: { stay: boolean }) => l.stay).map((l: { code: string }) => l.code)).toEqual(['§107', '§108', '§109', '§110', 'ABL §105']);
  });

  it('gives the 98 municipalities, the tenant’s own code, and why services end and where citizens go', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    const c = (await staff.get('/api/catalogue')).json();
    expect(c.municipalities).toHaveLength(98);
    expect(c.municipalities.find((m: { code: string }) => m.code === '157')).toEqual({ code: '157', name: 'Gentofte Kommune', region: 'Region Hovedstaden' });
    expect(new Set(c.municipalities.map((m: { region: string }) => m.region)).size).toBe(5);
    // The test world's municipality has no code of its own.
    expect(c.ownMunicipalityCode).toBeNull();
    expect(c.endReasons.map((r: { code: string }) => r.code)).toContain('died');
    expect(c.destinations.map((r: { code: string }) => r.code)).toEqual(expect.arrayContaining(['own_home', 'facility_other_municipality', 'hospital', 'prison', 'died', 'unknown']));
  });

  it('gives the admin forms the legal bases a place may have and where each role may be held, as the server checks them', async () => {
    const admin = await login(env.app, env.w.users.admin.username);
    const c = (await admin.get('/api/catalogue')).json();
    expect(c.placeLegalBases).toEqual([...placeLegalBases]);
    expect(c.roleUnitKinds).toEqual(roleKinds);
    expect(c.roleUnitKinds.facility_leader).toEqual(['facility']);
    expect(c.childKinds).toEqual(childKinds);
    expect(c.childKinds.facility).toEqual(['unit']);
    // Every legal basis a place may have has its name in the catalogue.
    const named = c.legalBases.map((l: { code: string }) => l.code);
    for (const code of c.placeLegalBases) expect(named).toContain(code);
  });

  it('writes no audit row (no citizen data)', async () => {
    const staff = await login(env.app, env.w.users.staff.username);
    await staff.get('/api/catalogue');
    const [{ n }] = await env.db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_log WHERE user_id = $1', [env.w.users.staff.id]);
    expect(n).toBe(0);
  });
});
