import { describe, expect, it } from 'vitest';
import { login, useTestApp } from '../../../../test/http.js';
import { lastAudit } from '../../../../test/audit.js';
import { auditRowsContainingCpr, c2Counts } from './test-fixtures.js';

const env = useTestApp({ worlds: 2 });

const versionOf = async (citizenId: string) =>
  (await env.db.query<{ version: number }>('SELECT version FROM citizens WHERE id = $1', [citizenId]))[0].version;

describe('PATCH /citizens/:id', () => {
  it('lets a leader of the citizen change name, target groups and contact person, bumping the version', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.unitLeader.username);
    const res = await leader.patch(`/api/citizens/${w.citizens.onA}`, {
      version: 1,
      firstName: 'Anne',
      targetGroupCodes: ['autism', 'acquired_brain_injury'],
      contactPersonId: w.users.staff.id,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().data).toMatchObject({
      firstName: 'Anne',
      lastName: 'Andersen',
      version: 2,
      contactPerson: { id: w.users.staff.id },
      targetGroups: [{ code: 'autism' }, { code: 'acquired_brain_injury' }],
    });
    const codes = await db.query<{ target_group_code: string }>(
      'SELECT target_group_code FROM citizen_target_groups WHERE citizen_id = $1 ORDER BY 1',
      [w.citizens.onA],
    );
    expect(codes.map((c) => c.target_group_code)).toEqual(['acquired_brain_injury', 'autism']);
    expect(await lastAudit(db, w.users.unitLeader.id)).toMatchObject({
      action: 'update',
      entity: 'citizen',
      entity_id: w.citizens.onA,
      citizen_ids: [w.citizens.onA],
      detail: { fields: ['firstName', 'targetGroupCodes', 'contactPersonId'] },
    });
    expect(await auditRowsContainingCpr(db, '0103851230')).toBe(0);

    // Clearing the contact person with null.
    const cleared = await leader.patch(`/api/citizens/${w.citizens.onA}`, { version: 2, contactPersonId: null });
    expect(cleared.json().data).toMatchObject({ contactPerson: null, version: 3, firstName: 'Anne' });
  });

  it('409 on a stale version with the record as it is now; the read it returns is audited and nothing changes', async () => {
    const { w, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const version = await versionOf(w.citizens.onB);
    expect((await leader.patch(`/api/citizens/${w.citizens.onB}`, { version, lastName: 'Berthelsen' })).statusCode).toBe(200);
    const stale = await leader.patch(`/api/citizens/${w.citizens.onB}`, { version, lastName: 'Bertelsen-Hansen' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'conflict', current: { id: w.citizens.onB, lastName: 'Berthelsen', version: version + 1 } });
    expect(await versionOf(w.citizens.onB)).toBe(version + 1);
    expect(await lastAudit(db, w.users.facilityLeader.id)).toMatchObject({ action: 'read', entity: 'citizen', citizen_ids: [w.citizens.onB] });
  });

  it('401 without a session; 403 for staff and the case worker who see the citizen; 404 out of scope and in another municipality', async () => {
    const { w, other, app, db } = env;
    const before = await c2Counts(db);
    const anon = await app.inject({ method: 'PATCH', url: `/api/citizens/${w.citizens.onA}`, payload: { version: 1, firstName: 'X' } });
    expect(anon.statusCode).toBe(401);
    for (const who of ['staff', 'caseWorker'] as const) {
      const client = await login(app, w.users[who].username);
      expect((await client.patch(`/api/citizens/${w.citizens.onA}`, { version: 1, firstName: 'X' })).statusCode, who).toBe(403);
    }
    const unitLeader = await login(app, w.users.unitLeader.username);
    expect((await unitLeader.patch(`/api/citizens/${w.citizens.onB}`, { version: 1, firstName: 'X' })).statusCode).toBe(404);
    expect((await unitLeader.patch(`/api/citizens/${w.citizens.unplaced}`, { version: 1, firstName: 'X' })).statusCode).toBe(404);
    expect((await unitLeader.patch(`/api/citizens/${other.citizens.onA}`, { version: 1, firstName: 'X' })).statusCode).toBe(404);
    expect(await c2Counts(db)).toEqual(before);
  });

  it('400 on malformed JSON, unknown fields, wrong types, unknown codes and an empty change; nothing written', async () => {
    const { w, other, app, db } = env;
    const leader = await login(app, w.users.facilityLeader.username);
    const url = `/api/citizens/${w.citizens.onB}`;
    const version = await versionOf(w.citizens.onB);
    const before = await c2Counts(db);
    expect((await leader.raw('PATCH', url, '{"version": 1,')).statusCode).toBe(400);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ version, cpr: '0101901234' }, 'cpr'],
      [{ version, firstName: ['A'] }, 'firstName'],
      [{ version: '1', firstName: 'A' }, 'version'],
      [{ version: 1.5, firstName: 'A' }, 'version'],
      [{ firstName: 'A' }, 'version'],
      [{ version }, '_'],
      [{ version, targetGroupCodes: [] }, 'targetGroupCodes'],
      [{ version, targetGroupCodes: ['nope'] }, 'targetGroupCodes'],
      [{ version, contactPersonId: other.users.staff.id }, 'contactPersonId'],
      [{ version, lastName: 'x'.repeat(101) }, 'lastName'],
    ];
    for (const [payload, field] of cases) {
      const res = await leader.patch(url, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(Object.keys(res.json().error.fields ?? {}), JSON.stringify(payload)).toContain(field);
    }
    expect(await c2Counts(db)).toEqual(before);
    expect(await versionOf(w.citizens.onB)).toBe(version);
  });
});
