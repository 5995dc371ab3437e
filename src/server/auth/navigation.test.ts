import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../test/http.js';
import { TEST_PASSWORD, worldUsers, type WorldUser } from '../../../test/world.js';
import { can, roles, type Actor, type Role } from '../access/index.js';
import { presentMe } from './presenter.js';
import { testActor } from '../../../test/actor.js';

const env = useTestApp({ worlds: 1 });

const navigationOf = async (user: WorldUser) => (await (await login(env.app, env.w.users[user].username)).get('/api/auth/session')).json().user.navigation;

/** Each world user's menu: [Mine borgere, due list, facilities, administration, register citizens]; no home-support team, so no visits. */
const menus: Record<WorldUser, [boolean, boolean, boolean, boolean, boolean]> = {
  staff: [true, true, false, false, false],
  staffB: [true, true, false, false, false],
  unitLeader: [true, true, true, false, true],
  facilityLeader: [true, true, true, false, true],
  centerManager: [false, false, true, false, false],
  caseWorker: [true, false, false, false, false],
  consultant: [false, false, true, false, false],
  admin: [false, false, true, true, false],
};
/** Medicinrunde: those treating citizens on a unit (staff, the unit leader), not a leader above it. */
const treating: WorldUser[] = ['staff', 'staffB', 'unitLeader'];
/** Hændelser: everyone working on units or leading or overseeing them; not a case worker or the admin. */
const reportsNoIncidents: WorldUser[] = ['caseWorker', 'admin'];
const asNavigation = ([myCitizens, dueList, facilities, administration, registerCitizens]: boolean[], user?: WorldUser) =>
  ({ myCitizens, dueList, visits: false, facilities, administration, registerCitizens, medicineRounds: treating.includes(user!), incidents: !reportsNoIncidents.includes(user!),
    // Use of force: the leaders' list, for the unit and facility leaders (in this world those who register citizens).
    useOfForce: registerCitizens,
    // Henvisninger: the case worker's referrals.
    referrals: user === 'caseWorker',
    // The matching committee: the waiting list for the case workers (the authority), the facility's referrals for its leaders,
    // the deadlines for the authority, management and the admin.
    waitingList: user === 'caseWorker', facilityReferrals: registerCitizens,
    referralDeadlines: ['caseWorker', 'centerManager', 'consultant', 'admin'].includes(user!),
    // Visitation insight: whoever reads figures somewhere, and the case worker (the municipality's forecast).
    visitationInsight: facilities || user === 'caseWorker' });

describe('where the menus send each role', () => {
  it('gives those who work on units and case workers Mine borgere; leaders also the facilities and registering citizens', async () => {
    const users = Object.keys(worldUsers) as WorldUser[];
    const got = Object.fromEntries(await Promise.all(users.map(async (u) => [u, await navigationOf(u)] as const)));
    expect(got).toEqual(Object.fromEntries(users.map((u) => [u, asNavigation(menus[u], u)])));
  });

  it('offers facilities, administration and registering exactly to the roles the organisation rules allow them somewhere', () => {
    const path = '/m/c/f/u/';
    const actorWith = (role: Role): Actor => testActor({ roles: [{ role, orgUnitId: 'unit', orgUnitName: 'Enhed', kind: 'unit', path }] });
    const byRole = (answer: (actor: Actor) => unknown) => Object.fromEntries(roles.map((r) => [r, answer(actorWith(r))]));
    const org = { municipalityId: 'm', path };
    const menu = (a: Actor) => presentMe(a, { hasAssignedCitizens: false, hasHomeSupportTeams: false }).navigation;
    expect(byRole((a) => menu(a).facilities)).toEqual(byRole((a) => can(a, 'readFigures', 'org', org)));
    expect(byRole((a) => menu(a).administration)).toEqual(byRole((a) => can(a, 'manage', 'org', org)));
    expect(byRole((a) => menu(a).registerCitizens)).toEqual(byRole((a) => can(a, 'registerCitizens', 'org', org)));
    expect(byRole((a) => menu(a).registerCitizens)).toEqual(byRole((a) => ['unit_leader', 'facility_leader'].includes(a.roles[0].role)));
  });

  it('starts a center manager without assigned citizens on the facilities overview, not an empty Mine borgere', async () => {
    expect(await navigationOf('centerManager')).toEqual(asNavigation(menus.centerManager, 'centerManager'));
    expect((await navigationOf('consultant')).myCitizens).toBe(false);
    // Once a citizen is assigned to them, Mine borgere lists that citizen: the menu offers it.
    await env.db.query('INSERT INTO case_assignments (municipality_id, user_id, citizen_id) VALUES ($1, $2, $3)', [
      env.w.municipalityId,
      env.w.users.centerManager.id,
      env.w.citizens.onC,
    ]);
    expect((await navigationOf('centerManager')).myCitizens).toBe(true);
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: env.w.users.centerManager.username, password: TEST_PASSWORD },
    });
    expect(login.json().user.navigation.myCitizens).toBe(true);
  });
});

describe('the visits menu', () => {
  it('appears for the staff and leaders of a unit that serves a citizen in their own home, and for no one else', async () => {
    // The unplaced citizen gets home support delivered by unit A (a service without a place).
    await env.db.query(
      `INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, unit_id, start_date) VALUES ($1, $2, 'housing_support', '§85', $3, '2026-01-01')`,
      [env.w.municipalityId, env.w.citizens.unplaced, env.w.units.unitA],
    );
    const users = Object.keys(worldUsers) as WorldUser[];
    const visits = Object.fromEntries(await Promise.all(users.map(async (u) => [u, (await navigationOf(u)).visits] as const)));
    expect(visits).toEqual({ ...Object.fromEntries(users.map((u) => [u, false])), staff: true, unitLeader: true, facilityLeader: true });
  });
});
