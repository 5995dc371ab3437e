/**
 * Properties of a ranking made through the route on stored rows, and of the loader's grouping of
 * alike places (against one candidate per place).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { rankCandidates } from '../../../domain/visitation/matching.js';
import { REFERRAL_FLAGS, type Referral } from '../../../domain/visitation/types.js';
import { DEFAULT_WEIGHTS } from '../../../domain/visitation/weights.js';
import type { RankingView } from '../../../contracts/matching.js';
import { insertReferral, setPlace, upsertProfile } from './fixtures.js';
import { buildCandidates, groupKey } from './loader.js';
import type { PlaceRow } from './queries.js';

const env = useTestApp();
let caseWorker: Client;
const GROUPS = ['social_psychiatry', 'autism', 'substance_use'];
const BASES = ['§107', '§108'];

beforeAll(async () => {
  caseWorker = await login(env.app, env.w.users.caseWorker.username);
  // More places on unit C, so units hold several places, alike or not.
  for (let i = 0; i < 4; i++) {
    await env.db.query(`INSERT INTO places (municipality_id, unit_id, name, legal_basis, active_from) VALUES ($1, $2, $3, '§108', '2020-01-01')`, [
      env.w.municipalityId, env.w.units.unitC, `Værelse ${i}`,
    ]);
  }
});

const placeArb = fc.record({
  legalBasis: fc.constantFrom(...BASES),
  wheelchair: fc.boolean(),
  ownBath: fc.boolean(),
  areaM2: fc.constantFrom(null, 18, 30),
  targetGroups: fc.subarray(GROUPS),
});
const profileArb = fc.record({
  exclusionCriteria: fc.subarray([...REFERRAL_FLAGS]),
  methods: fc.subarray(['recovery', 'low_arousal', 'outwardReacting', 'dementia']),
  maxSupportLevel: fc.option(fc.integer({ min: 0, max: 4 })),
  dailyRateDkk: fc.option(fc.integer({ min: 1000, max: 9000 })),
  ageFrom: fc.constantFrom(18, 30),
  ageTo: fc.constantFrom(67, 99),
  petsAllowed: fc.option(fc.boolean()),
});
const referralArb = fc.record({
  legalBasis: fc.constantFrom(...BASES),
  targetGroups: fc.shuffledSubarray(GROUPS, { minLength: 1 }),
  flags: fc.subarray([...REFERRAL_FLAGS]),
  methodsWanted: fc.subarray(['recovery', 'low_arousal']),
  urgency: fc.constantFrom('normal' as const, 'urgent' as const, 'acute' as const),
  needs: fc.record({ ownBath: fc.boolean(), minAreaM2: fc.constantFrom(null, 20) }),
  supportNeed: fc.dictionary(fc.constantFrom('1', '2', '3', '4', '5', '6'), fc.integer({ min: 0, max: 4 })),
  pets: fc.boolean(),
});

describe('a ranking through the route, on stored rows', () => {
  it('never ranks an excluded candidate, and is the same twice for one weights version', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(placeArb, { minLength: 8, maxLength: 8 }), fc.array(profileArb, { minLength: 5, maxLength: 5 }), referralArb, async (places, profiles, r) => {
        const { db, w } = env;
        const ids = (await db.query<{ id: string }>('SELECT id FROM places WHERE municipality_id = $1 ORDER BY id', [w.municipalityId])).map((p) => p.id);
        for (const [i, id] of ids.entries()) {
          const p = places[i % places.length];
          await db.query('UPDATE places SET legal_basis = $2 WHERE id = $1', [id, p.legalBasis]);
          await setPlace(db, w, id, p);
        }
        for (const [i, unit] of [w.units.facility1, w.units.facility2, w.units.unitA, w.units.unitB, w.units.unitC].entries()) await upsertProfile(db, w, unit, profiles[i]);
        const referralId = await insertReferral(db, w, { citizenId: w.citizens.unplaced, caseWorkerId: w.users.caseWorker.id, ...r, supportNeed: Object.fromEntries(Object.entries(r.supportNeed).map(([k, v]) => [Number(k), v])) });

        const first = (await caseWorker.post(`/api/referrals/${referralId}/ranking`)).json().data as RankingView;
        const second = (await caseWorker.post(`/api/referrals/${referralId}/ranking`)).json().data as RankingView;
        const a = first.ranking!;
        const ranked = a.ranked.map((c) => c.candidateId);
        const excluded = a.excluded.map((c) => c.candidateId);
        expect(ranked.filter((id) => excluded.includes(id))).toEqual([]);
        for (const e of a.excluded) expect(e.reasons.length).toBeGreaterThan(0);
        // Every candidate is either ranked or excluded; each active place stands in one of them.
        expect(a.ranked.reduce((n, c) => n + c.places, 0) + a.excluded.reduce((n, c) => n + c.places, 0)).toBe(ids.length);
        for (const c of a.ranked) {
          expect(c.legalBasis).toBe(r.legalBasis);
          expect(c.factors.reduce((s, f) => s + f.points, 0)).toBeCloseTo(c.score, 0);
        }
        expect(a.ranked.map((c) => c.rank)).toEqual(a.ranked.map((_, i) => i + 1));
        // Same weights version, same rows: the same answer, and the same stored result.
        expect(second.ranking!.weightsVersion).toBe(a.weightsVersion);
        expect({ ranked: second.ranking!.ranked, excluded: second.ranking!.excluded }).toEqual({ ranked: a.ranked, excluded: a.excluded });
        const stored = await db.query<{ result: unknown }>('SELECT result FROM referral_rankings WHERE referral_id = $1 ORDER BY ranked_at', [referralId]);
        expect(stored.map((s) => s.result)).toEqual([{ ranked: a.ranked, excluded: a.excluded }, { ranked: a.ranked, excluded: a.excluded }]);
      }),
      { numRuns: 12 },
    );
  });
});

describe('folding alike places into one candidate', () => {
  const TODAY = '2026-12-07';
  const referral: Referral = {
    id: 'r', legalBasis: '§108', targetGroups: ['social_psychiatry', 'autism'], flags: ['outwardReacting'], age: 40,
    needs: { ownBath: false, ownKitchen: false, minAreaM2: null }, methodsWanted: ['recovery'],
    wishes: { area: { municipalityCode: '101', district: 'Valby' }, nearFamily: null, pets: false }, supportNeed: { a: 2 }, urgency: 'urgent',
  };
  const rowArb = fc.record({
    unit: fc.constantFrom('u1', 'u2', 'u3'),
    legal_basis: fc.constantFrom(...BASES),
    wheelchair_accessible: fc.boolean(),
    own_bath: fc.boolean(),
    target_groups: fc.constantFrom(['social_psychiatry'], ['autism', 'social_psychiatry'], []),
    stay: fc.constantFrom(null, { start: '2025-01-01', end: null }, { start: '2025-01-01', end: '2027-02-01' }, { start: '2025-01-01', end: '2026-12-20' }),
  });

  it('ranks each group where its best place would rank alone, and excludes it exactly when its places are', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 25 }), (rows) => {
        const places: PlaceRow[] = rows.map((r, i) => ({
          id: `p${String(i).padStart(3, '0')}`, legal_basis: r.legal_basis, wheelchair_accessible: r.wheelchair_accessible, own_bath: r.own_bath, own_kitchen: false,
          area_m2: null, target_groups: [...r.target_groups], unit_id: r.unit, unit_name: r.unit, facility_id: `f-${r.unit}`, facility_name: 'F',
        }));
        const input = {
          places,
          profiles: [{ org_unit_id: 'f-u1', area_municipality_code: '101', district: 'Valby', age_from: 18, age_to: 99, methods: ['recovery'], exclusion_criteria: [], max_support_level: 3, daily_rate_dkk: 3000, pets_allowed: null }],
          stays: rows.flatMap((r, i) => (r.stay ? [{ place_id: places[i].id, start_date: r.stay.start, end_date: r.stay.end }] : [])),
          flags: [{ unit_id: 'u1', flag: 'outwardReacting', n: 1 }],
          context: { code: '147', names: {} },
        };
        const grouped = buildCandidates(input, TODAY, { rateDkk: 8000 });
        const single = buildCandidates(input, TODAY, { rateDkk: 8000 }, { group: false });
        const g = rankCandidates(referral, grouped.candidates, DEFAULT_WEIGHTS, { today: TODAY });
        const s = rankCandidates(referral, single.candidates, DEFAULT_WEIGHTS, { today: TODAY });
        const scoreOf = new Map(s.ranked.map((c) => [c.candidateId, c.score]));
        const keyOf = new Map(places.map((p) => [p.id, groupKey(p)]));
        const members = (groupId: string) => places.filter((p) => keyOf.get(p.id) === keyOf.get(groupId)).map((p) => p.id);
        for (const c of g.ranked) expect(Math.max(...members(c.candidateId).map((id) => scoreOf.get(id)!))).toBe(c.score);
        for (const c of g.excluded) for (const id of members(c.candidateId)) expect(scoreOf.has(id)).toBe(false);
        expect(g.ranked.length + g.excluded.length).toBe(new Set(keyOf.values()).size);
      }),
      { numRuns: 200 },
    );
  });
});
