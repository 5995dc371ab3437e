import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../index.js';
import { createTestDb } from '../../../../test/db.js';
import { login, testApp } from '../../../../test/http.js';
import { parseCpr } from '../../../domain/cpr.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from './seed.js';

let db: Db;
let app: FastifyInstance;
let seeded: boolean;
const seededAt = new Date();
const today = todayInCopenhagen(seededAt);

beforeAll(async () => {
  db = await createTestDb();
  seeded = await seedDemo(db, { now: seededAt });
  app = await testApp(db);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await db?.close();
});

const demoCitizens = () =>
  db.query<{ id: string; cpr: string; birth_date: string }>(
    `SELECT c.id, c.cpr, c.birth_date FROM citizens c JOIN municipalities m ON m.id = c.municipality_id WHERE m.name = 'Demo Kommune'`,
  );

describe('demo seed', () => {
  it('creates Demo Kommune with about 300 citizens (and ~30 at home served by its home-support teams), each with a valid and unique CPR number', async () => {
    expect(seeded).toBe(true);
    const citizens = await demoCitizens();
    expect(citizens.length).toBeGreaterThanOrEqual(270);
    expect(citizens.length).toBeLessThanOrEqual(360);
    for (const c of citizens) {
      const parsed = parseCpr(c.cpr);
      expect(parsed, c.cpr).toMatchObject({ ok: true, birthDate: c.birth_date });
    }
    expect(new Set(citizens.map((c) => c.cpr)).size).toBe(citizens.length);
  });

  it('fills the organisation, plans and a year of journal in plausible proportions', async () => {
    const [row] = await db.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM org_units WHERE kind = 'facility') AS facilities,
              (SELECT count(*)::int FROM places p JOIN municipalities m ON m.id = p.municipality_id WHERE m.name = 'Demo Kommune') AS places,
              (SELECT count(*)::int FROM interventions WHERE place_id IS NOT NULL AND end_date IS NULL) AS occupied,
              (SELECT count(*)::int FROM goals) AS goals,
              (SELECT count(*)::int FROM goals WHERE status = 'active' AND next_follow_up_date < $1::date) AS overdue,
              (SELECT count(*)::int FROM goals WHERE status = 'active' AND next_follow_up_date BETWEEN $1::date AND $1::date + 14) AS due_soon,
              (SELECT count(*)::int FROM journal_notes) AS notes,
              (SELECT count(*)::int FROM journal_note_revisions WHERE version = 1) AS revisions,
              (SELECT count(*)::int FROM journal_note_goals) AS goal_notes,
              (SELECT count(*)::int FROM case_assignments) AS assignments,
              (SELECT count(DISTINCT citizen_id)::int FROM interventions WHERE end_date IS NOT NULL) AS with_history`,
      [today],
    );
    expect(row.facilities).toBeGreaterThanOrEqual(11);
    expect(row.places).toBe(330);
    expect(row.occupied).toBeGreaterThan(290);
    expect(row.goals).toBeGreaterThan(600);
    expect(row.overdue).toBeGreaterThan(20);
    expect(row.due_soon).toBeGreaterThan(20);
    expect(row.notes).toBeGreaterThan(25_000);
    expect(row.revisions).toBe(row.notes);
    expect(row.goal_notes).toBeGreaterThan(1000);
    // 20 drawn by the kernel, plus the citizens on the referrals' waiting list (features/referrals/demo.ts).
    expect(row.assignments).toBeGreaterThanOrEqual(20);
    expect(row.with_history).toBeGreaterThan(50);
  });

  it('writes the journal up to the hour it is created, never in the future, so the handover is not empty', async () => {
    const [row] = await db.query<{ last_3h: number; future: number }>(
      `SELECT count(*) FILTER (WHERE written_at > $1::timestamptz - interval '3 hours')::int AS last_3h,
              count(*) FILTER (WHERE written_at > $1::timestamptz)::int AS future
         FROM journal_notes`,
      [seededAt.toISOString()],
    );
    expect(row.future).toBe(0);
    expect(row.last_3h).toBeGreaterThan(0);
    const staff = await login(app, 'medarbejder', DEMO_PASSWORD);
    const handover = await staff.get('/api/handover?hours=24');
    expect(handover.statusCode).toBe(200);
    expect(handover.json().data.length).toBeGreaterThan(0);
  });

  it('keeps every reference intact (the seed writes in bulk)', async () => {
    // Keys between tenant tables are composite (municipality_id, x_id): every column pair is compared.
    const fks = await db.query<{ tbl: string; cols: string[]; ref: string; refcols: string[] }>(
      `SELECT c.conrelid::regclass::text AS tbl, c.confrelid::regclass::text AS ref,
              array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS cols,
              array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, n)
                      JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS refcols
         FROM pg_constraint c
        WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace`,
    );
    expect(fks.length).toBeGreaterThan(30);
    for (const fk of fks) {
      const set = fk.cols.map((col) => `t.${col} IS NOT NULL`).join(' AND ');
      const same = fk.cols.map((col, i) => `r.${fk.refcols[i]} = t.${col}`).join(' AND ');
      const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${fk.tbl} t WHERE ${set} AND NOT EXISTS (SELECT 1 FROM ${fk.ref} r WHERE ${same})`);
      expect(n, `${fk.tbl}(${fk.cols.join(', ')}) → ${fk.ref}`).toBe(0);
    }
  });

  it('opens every place before the year of figures, with every stay inside its place’s validity', async () => {
    const [row] = await db.query<{ late: number; outside: number }>(
      `SELECT (SELECT count(*)::int FROM places WHERE active_from > $1::date - 365 OR active_until IS NOT NULL) AS late,
              (SELECT count(*)::int FROM interventions i JOIN places p ON p.id = i.place_id
                WHERE NOT daterange(p.active_from, p.active_until, '[)') @> daterange(i.start_date, i.end_date, '[)')) AS outside`,
      [today],
    );
    expect(row).toEqual({ late: 0, outside: 0 });
  });

  it('lets medarbejder log in and see their unit’s citizens, some with overdue follow-ups', async () => {
    const staff = await login(app, 'medarbejder', DEMO_PASSWORD);
    const res = await staff.get('/api/citizens');
    expect(res.statusCode).toBe(200);
    const list = res.json().data as Array<{ id: string; unitName: string; facilityName: string; isContactPerson: boolean; nextFollowUp: { overdue: boolean } | null; latestNote: unknown }>;
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list.length).toBeLessThanOrEqual(15);
    expect(new Set(list.map((c) => `${c.facilityName}/${c.unitName}`))).toEqual(new Set(['Bostedet Lærkehøj/Afdeling Bøgen']));
    expect(list.filter((c) => c.nextFollowUp?.overdue).length).toBeGreaterThanOrEqual(1);
    expect(list.some((c) => c.isContactPerson)).toBe(true);
    expect(list.every((c) => c.latestNote !== null)).toBe(true);
  });

  it('lets nabo see none of Demo Kommune’s citizens', async () => {
    const nabo = await login(app, 'nabo', DEMO_PASSWORD);
    const res = await nabo.get('/api/citizens');
    expect(res.statusCode).toBe(200);
    const seen = new Set((res.json().data as Array<{ id: string }>).map((c) => c.id));
    expect(seen.size).toBe(5);
    for (const c of await demoCitizens()) expect(seen.has(c.id)).toBe(false);
  });

  it('has a working login for every named demo user; the case worker sees their assigned citizens (20 and the waiting list)', async () => {
    for (const u of DEMO_USERS) await login(app, u.username, DEMO_PASSWORD);
    expect(DEMO_USERS.map((u) => u.username)).toEqual(['admin', 'chef', 'leder', 'medarbejder', 'bostotte', 'medarbejder2', 'sagsbehandler', 'nabo']);
    const caseWorker = await login(app, 'sagsbehandler', DEMO_PASSWORD);
    const [{ assigned }] = await db.query<{ assigned: number }>(
      `SELECT count(DISTINCT a.citizen_id)::int AS assigned FROM case_assignments a JOIN users u ON u.id = a.user_id WHERE u.username = 'sagsbehandler'`,
    );
    expect(assigned).toBeGreaterThan(20);
    expect((await caseWorker.get('/api/citizens')).json().data).toHaveLength(assigned);
  });

  it('returns false and changes nothing when data exists', async () => {
    const [before] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM citizens');
    expect(await seedDemo(db)).toBe(false);
    const [after] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM citizens');
    expect(after.n).toBe(before.n);
  });
});
