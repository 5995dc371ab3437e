import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../test/http.js';
import { TEST_PASSWORD, type WorldUser } from '../../../test/world.js';

const env = useTestApp({ worlds: 1 });

const navigationOf = async (user: WorldUser) => (await (await login(env.app, env.w.users[user].username)).get('/api/auth/session')).json().user.navigation;

describe('where the menus send each role', () => {
  it('gives those who work on units and case workers Mine borgere; leaders also the facilities', async () => {
    expect(await navigationOf('staff')).toEqual({ myCitizens: true, dueList: true, facilities: false, administration: false });
    expect(await navigationOf('facilityLeader')).toEqual({ myCitizens: true, dueList: true, facilities: true, administration: false });
    expect(await navigationOf('caseWorker')).toEqual({ myCitizens: true, dueList: false, facilities: false, administration: false });
  });

  it('starts a center manager without assigned citizens on the facilities overview, not an empty Mine borgere', async () => {
    expect(await navigationOf('centerManager')).toEqual({ myCitizens: false, dueList: false, facilities: true, administration: false });
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
