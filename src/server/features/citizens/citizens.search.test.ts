import { beforeAll, describe, expect, it } from 'vitest';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';

const env = useTestApp();
let leader: Client;
const names = async (q: string) => (await leader.get(`/api/citizens?q=${encodeURIComponent(q)}`)).json().data.map((c: { name: string }) => c.name).sort();

beforeAll(async () => {
  // Three more residents on unit A, with the letters a Danish keyboard has and others may lack.
  const [{ id: intervention }] = await env.db.query<{ id: string }>('SELECT id FROM interventions WHERE citizen_id = $1', [env.w.citizens.onA]);
  const people = [['2001901234', 'Kirsten', 'Nørgaard', '1990-01-20'], ['2102901234', 'Åse', 'Bærbæk', '1990-02-21'], ['2203901234', 'Aage', 'Hansen', '1990-03-22']];
  for (const [cpr, first, last, birth] of people) {
    await env.db.query(
      `WITH c AS (INSERT INTO citizens (municipality_id, cpr, first_name, last_name, birth_date) VALUES ($1, $2, $3, $4, $5) RETURNING id)
       INSERT INTO interventions (municipality_id, citizen_id, kind_code, legal_basis, unit_id, start_date)
       SELECT i.municipality_id, c.id, 'support_contact', '§85', i.unit_id, '2024-01-01' FROM c, interventions i WHERE i.id = $6`,
      [env.w.municipalityId, cpr, first, last, birth, intervention],
    );
  }
  leader = await login(env.app, env.w.users.facilityLeader.username);
});

describe('name search folds Danish letters both ways', () => {
  it('finds ø by o and oe, and the other way round', async () => {
    for (const q of ['norgaard', 'noergaard', 'NØRGAARD', 'nørgård', 'Kirsten Norg']) expect(await names(q), q).toEqual(['Kirsten Nørgaard']);
  });

  it('finds å by aa and a, and æ by ae and a', async () => {
    for (const q of ['aase', 'åse', 'ÅSE', 'baerbaek', 'bærbæk', 'barbak', 'aase baerb']) expect(await names(q), q).toEqual(['Åse Bærbæk']);
    expect(await names('åge')).toEqual(['Aage Hansen']);
  });

  it('still finds plain names, and % or _ in the text are letters, not wildcards', async () => {
    expect(await names('anna')).toEqual(['Anna Andersen']);
    expect(await names('%')).toEqual([]);
    expect(await names('_')).toEqual([]);
  });
});

describe('a CPR number in the name search', () => {
  it('is refused, with a field error pointing to the CPR search, and nothing is audited', async () => {
    const before = await lastAudit(env.db, env.w.users.facilityLeader.id);
    for (const q of ['2001901234', '200190-1234', '200190 - 1234', 'Kirsten 2001901234']) {
      const res = await leader.get(`/api/citizens?q=${encodeURIComponent(q)}`);
      expect(res.statusCode, q).toBe(400);
      expect(res.json().error.fields.q).toMatch(/CPR-nummer/);
    }
    expect(await lastAudit(env.db, env.w.users.facilityLeader.id)).toEqual(before);
  });

  it('is masked in the audit row while only partly typed; a birth date alone stays', async () => {
    await leader.get('/api/citizens?q=2001901');
    expect((await lastAudit(env.db, env.w.users.facilityLeader.id)).detail).toMatchObject({ q: '200190-xxxx' });
    expect(await names('200190')).toEqual(['Kirsten Nørgaard']);
    expect((await lastAudit(env.db, env.w.users.facilityLeader.id)).detail).toMatchObject({ q: '200190' });
  });
});
