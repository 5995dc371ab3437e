/**
 * Properties of a ranking made through the route on stored rows, and of the loader's grouping of
 * alike places (against one candidate per place).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { login, useTestApp, type Client } from '../../../../test/http.js';
import { REFERRAL_FLAGS } from '../../../domain/visitation/types.js';
import { DEFAULT_WEIGHTS } from '../../../domain/visitation/weights.js';
import type { RankingView } from '../../../contracts/matching.js';
import { insertReferral, setPlace, upsertProfile } from './fixtures.js';
import { loadCandidates, toReferral } from './loader.js';
import { getReferral } from './queries.js';
import { adminCtx } from '../../../../test/world.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import { rankCandidates } from '../../../domain/visitation/matching.js';

const env = useTestApp();
let caseWorker: Client;
const GROUPS = ['social_psychiatry', 'autism', 'substance_use'];
const BASES = ['§107', '§108'];
const today = () => todayInCopenhagen();

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
        const excluded = a.excluded.flatMap((f) => f.candidateIds);
        expect(ranked.filter((id) => excluded.includes(id))).toEqual([]);
        for (const f of a.excluded) {
          expect(f.reasons.length).toBeGreaterThan(0);
          // Each reason names the units it excludes; every excluded place is named under at least one.
          for (const r of f.reasons) for (const u of r.units) expect(u.places).toBeGreaterThan(0);
          expect(Math.max(...f.reasons.map((r) => r.units.reduce((n, u) => n + u.places, 0)))).toBeLessThanOrEqual(f.places);
        }
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
        // The candidates fold a unit's alike places into one: each ranks where its best place would rank
        // alone, and is excluded exactly when its places are (one candidate per place, the same rows).
        const grouped = await loadCandidates(db, w.municipalityId, today(), { rateDkk: DEFAULT_WEIGHTS.params.rateCeilingDkk });
        const single = await loadCandidates(db, w.municipalityId, today(), { rateDkk: DEFAULT_WEIGHTS.params.rateCeilingDkk }, false);
        expect(grouped.candidates.length).toBe(a.ranked.length + excluded.length);
        expect(single.candidates.length).toBe(ids.length);
        const perPlace = new Map(single.candidates.map((c) => [c.id, c]));
        const groupOf = (c: (typeof single.candidates)[number]) =>
          grouped.candidates.find((g) => g.facilityId === c.facilityId && g.unitName === c.unitName && g.legalBases[0] === c.legalBases[0]
            && g.targetGroups.join() === c.targetGroups.join() && JSON.stringify(g.physical) === JSON.stringify(c.physical))!;
        const referral = toReferral((await getReferral(db, adminCtx(w), referralId, today()))!, today());
        const s = rankCandidates(referral, single.candidates, DEFAULT_WEIGHTS, { today: today() });
        const scoreOf = new Map(s.ranked.map((c) => [c.candidateId, c.score]));
        for (const g of a.ranked) {
          const members = [...perPlace.values()].filter((c) => groupOf(c).id === g.candidateId).map((c) => c.id);
          expect(members.length).toBe(g.places);
          expect(Math.max(...members.map((id) => scoreOf.get(id)!))).toBe(g.score);
        }
        for (const id of excluded) for (const c of [...perPlace.values()].filter((p) => groupOf(p).id === id)) expect(scoreOf.has(c.id)).toBe(false);
        const stored = await db.query<{ result: unknown }>('SELECT result FROM referral_rankings WHERE referral_id = $1 ORDER BY ranked_at', [referralId]);
        expect(stored.map((s) => s.result)).toEqual([{ ranked: a.ranked, excluded: a.excluded }, { ranked: a.ranked, excluded: a.excluded }]);
      }),
      { numRuns: 12 },
    );
  });
});
