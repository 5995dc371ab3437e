import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/index.js';
import { createDemoDb } from '../../../../test/db.js';

let db: Db;

beforeAll(async () => {
  db = await createDemoDb();
}, 180_000);
afterAll(async () => {
  await db?.close();
});

describe("the demo's key information", () => {
  it('gives most citizens a GP, and some allergies, aids, BVC scores, crisis plans, guardians and consents', async () => {
    const [row] = await db.query<Record<string, number>>(
      `SELECT (SELECT count(*)::int FROM citizens c JOIN municipalities m ON m.id = c.municipality_id WHERE m.name = 'Demo Kommune') AS citizens,
              (SELECT count(DISTINCT citizen_id)::int FROM citizen_professionals WHERE kind = 'gp') AS with_gp,
              (SELECT count(*)::int FROM citizen_professionals WHERE kind <> 'gp') AS others,
              (SELECT count(DISTINCT citizen_id)::int FROM citizen_allergies) AS with_allergy,
              (SELECT count(*)::int FROM citizen_aids) AS aids,
              (SELECT count(DISTINCT citizen_id)::int FROM risk_assessments) AS with_bvc,
              (SELECT count(*)::int FROM risk_assessments WHERE confused + irritable + boisterous + verbal_threats + physical_threats + attacking_objects >= 3) AS high,
              (SELECT count(*)::int FROM crisis_plans) AS crisis_plans,
              (SELECT count(*)::int FROM legal_representatives WHERE kind = 'guardian') AS guardians,
              (SELECT count(*)::int FROM consents WHERE recipient_kind = 'relative' AND relative_id IS NOT NULL AND cardinality(scopes) >= 1) AS consents`,
    );
    expect(row.with_gp).toBeGreaterThan(row.citizens * 0.7);
    for (const key of ['others', 'with_allergy', 'aids', 'with_bvc', 'high', 'crisis_plans', 'guardians', 'consents']) expect(row[key], key).toBeGreaterThan(3);
  });

  it('names each consented relative as the record has them', async () => {
    const wrong = await db.query(
      `SELECT k.id FROM consents k JOIN relatives r ON r.municipality_id = k.municipality_id AND r.id = k.relative_id
        WHERE r.citizen_id <> k.citizen_id OR k.recipient_name <> r.name || ' (' || r.relation || ')'`,
    );
    expect(wrong).toEqual([]);
  });
});
