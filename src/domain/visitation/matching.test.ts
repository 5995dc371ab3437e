import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { exclusions, rankCandidates, scoreCandidate } from './matching.js';
import { REFERRAL_FLAGS, type Candidate, type Referral } from './types.js';
import { checkWeights, DEFAULT_WEIGHTS, type MatchingWeights } from './weights.js';

const TODAY = '2026-12-07';
const day = (n: number) => new Date(Date.UTC(2026, 11, 7) + n * 86_400_000).toISOString().slice(0, 10);

const referral = (over: Partial<Referral> = {}): Referral => ({
  id: 'r1',
  legalBasis: '§108',
  targetGroups: ['psychiatry', 'substance'],
  flags: ['outwardReacting', 'wheelchair'],
  age: 45,
  needs: { ownBath: true, ownKitchen: false, minAreaM2: null },
  methodsWanted: ['recovery'],
  wishes: { area: { municipalityCode: '101', district: 'Valby' }, nearFamily: null, pets: false },
  supportNeed: { a1: 3, a2: 2 },
  urgency: 'normal',
  ...over,
});

const candidate = (id: string, over: Partial<Candidate> = {}): Candidate => ({
  id,
  facilityId: `f-${id}`,
  facilityName: 'Botilbud',
  unitName: 'Afsnit A',
  legalBases: ['§108'],
  targetGroups: ['psychiatry'],
  ageRange: { from: 18, to: 67 },
  specialisations: ['outwardReacting', 'recovery'],
  physical: { wheelchairAccessible: true, ownBath: true, ownKitchen: false, areaM2: 30, petsAllowed: false },
  exclusionCriteria: [],
  maxSupportLevel: 3,
  dailyRateDkk: 4000,
  freeFrom: TODAY,
  residentMix: { capacity: 8, counts: { outwardReacting: 2 } },
  area: { municipalityCode: '101', district: 'Valby' },
  ...over,
});

describe('rankCandidates on a hand-made case', () => {
  const ranking = rankCandidates(
    referral(),
    [
      candidate('c', { freeFrom: day(90) }), // same as b but free in three months
      candidate('b'),
      candidate('a', { legalBases: ['§107'], physical: { ...candidate('a').physical, wheelchairAccessible: false } }),
      candidate('d', { exclusionCriteria: ['outwardReacting'] }),
      candidate('e', { area: { municipalityCode: '101', district: 'Nørrebro' }, specialisations: ['recovery'] }),
    ],
    DEFAULT_WEIGHTS,
    { today: TODAY, names: { psychiatry: 'Sindslidelse', substance: 'Rusmiddelproblemer', recovery: 'Recovery-orienteret' } },
  );

  it('excludes with every reason, in Danish and with codes', () => {
    expect(ranking.excluded.map((e) => e.candidateId)).toEqual(['a', 'd']);
    expect(ranking.excluded[0].reasons).toEqual([
      { code: 'legal_basis', text: 'Tilbuddet er ikke godkendt efter §108 (godkendt efter §107).' },
      { code: 'wheelchair', text: 'Pladsen er ikke kørestolsegnet.' },
    ]);
    expect(ranking.excluded[1].reasons).toEqual([{ code: 'exclusion_criterion', text: 'Tilbuddet modtager ikke borgere med udadreagerende adfærd (eksklusionskriterium).' }]);
  });

  it('ranks a free place in the wished district first and explains each factor', () => {
    expect(ranking.ranked.map((r) => [r.candidateId, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['e', 3],
    ]);
    expect(ranking.weightsVersion).toBe(DEFAULT_WEIGHTS.version);
    const b = ranking.ranked[0];
    const text = Object.fromEntries(b.factors.map((f) => [f.code, f.text]));
    expect(text).toEqual({
      // The second target group counts here: the place is approved for the primary one only.
      specialisation: 'Specialiseret i 2 af 3 behov (udadreagerende adfærd, Recovery-orienteret); mangler Rusmiddelproblemer.',
      supportNeed: 'Kan møde støttebehovet i 2 af 2 livsområder (op til niveau 3 af 4).',
      availability: 'Ledig nu.',
      area: 'I det ønskede område.',
      residentMix: '2 af 8 beboere har udadreagerende adfærd.',
      rate: 'Takst 4.000 kr. pr. døgn.',
    });
    // Family and pets are not wished, so they are not factors of this referral.
    // Specialisation 30 × 2/3 + support 20 + availability 20 + area 10 + mix 7 × 0.75 + rate 5 × 0.5 of 92.
    expect(b.score).toBe(Math.round((1000 * (20 + 20 + 20 + 10 + 7 * 0.75 + 5 * 0.5)) / 92) / 10);
    expect(ranking.ranked[1].factors.find((f) => f.code === 'availability')!.text).toBe('Forventes ledig 7. marts 2027 (om 90 dage).');
    expect(ranking.ranked[2].factors.find((f) => f.code === 'specialisation')!.text).toBe('Specialiseret i 1 af 3 behov (Recovery-orienteret); mangler udadreagerende adfærd, Rusmiddelproblemer.');
  });

  it('weighs availability more for an acute referral', () => {
    const c = candidate('c', { freeFrom: day(90) });
    const normal = scoreCandidate(referral(), c, DEFAULT_WEIGHTS, { today: TODAY }).score;
    const acute = scoreCandidate(referral({ urgency: 'acute' }), c, DEFAULT_WEIGHTS, { today: TODAY }).score;
    expect(acute).toBeLessThan(normal);
  });

  it('excludes on age, physical needs and an unknown area', () => {
    const reasons = exclusions(referral({ age: 70, needs: { ownBath: true, ownKitchen: true, minAreaM2: 25 } }), candidate('x', { physical: { ...candidate('x').physical, ownKitchen: false, areaM2: null } }));
    expect(reasons.map((r) => r.text)).toEqual([
      'Borgeren er 70 år; målgruppen er godkendt til 18 til 67 år.',
      'Pladsen har ikke eget køkken.',
      'Pladsens areal er ikke oplyst; behovet er mindst 25 m².',
    ]);
  });
});

// Small code universes so that rules both pass and fail often.
const codes = (values: string[]) => fc.subarray(values);
const areaArb = fc.record({ municipalityCode: fc.constantFrom('101', '147'), district: fc.constantFrom('Valby', 'Amager', null) });
const referralArb = fc.record({
  id: fc.constant('r'),
  legalBasis: fc.constantFrom('§107', '§108'),
  targetGroups: fc.shuffledSubarray(['psy', 'sub', 'dis'], { minLength: 1 }),
  flags: fc.subarray([...REFERRAL_FLAGS]),
  age: fc.integer({ min: 18, max: 90 }),
  needs: fc.record({ ownBath: fc.boolean(), ownKitchen: fc.boolean(), minAreaM2: fc.option(fc.integer({ min: 15, max: 40 }), { nil: null }) }),
  methodsWanted: codes(['recovery', 'la2', 'cti']),
  wishes: fc.record({ area: fc.option(areaArb, { nil: null }), nearFamily: fc.option(areaArb, { nil: null }), pets: fc.boolean() }),
  supportNeed: fc.dictionary(fc.constantFrom('a1', 'a2', 'a3', 'a4', 'a5', 'a6'), fc.integer({ min: 0, max: 4 })),
  urgency: fc.constantFrom('normal' as const, 'urgent' as const, 'acute' as const),
});
const candidateArb = fc.record({
  facilityId: fc.constantFrom('f1', 'f2', 'f3'),
  facilityName: fc.constant('Tilbud'),
  unitName: fc.constant('Afsnit'),
  legalBases: codes(['§107', '§108']),
  targetGroups: codes(['psy', 'sub', 'dis']),
  ageRange: fc.option(fc.record({ from: fc.constantFrom(18, 30), to: fc.constantFrom(67, 99) }), { nil: null }),
  specialisations: codes(['outwardReacting', 'substanceUse', 'somaticCare', 'dementia', 'recovery', 'la2', 'cti']),
  physical: fc.record({
    wheelchairAccessible: fc.boolean(),
    ownBath: fc.boolean(),
    ownKitchen: fc.boolean(),
    areaM2: fc.option(fc.integer({ min: 12, max: 45 }), { nil: null }),
    petsAllowed: fc.boolean(),
  }),
  exclusionCriteria: fc.subarray([...REFERRAL_FLAGS]),
  maxSupportLevel: fc.integer({ min: 0, max: 4 }),
  dailyRateDkk: fc.integer({ min: 1500, max: 9000 }),
  freeFrom: fc.option(fc.integer({ min: -30, max: 400 }).map(day), { nil: null }),
  residentMix: fc.integer({ min: 0, max: 12 }).chain((capacity) => fc.record({ capacity: fc.constant(capacity), counts: fc.record({ outwardReacting: fc.integer({ min: 0, max: capacity }) }) })),
  area: areaArb,
});
/** Candidates with unique ids, as places have. */
const candidatesArb = fc.array(candidateArb, { maxLength: 25 }).map((list) => list.map((c, k): Candidate => ({ ...c, id: `p${String(k).padStart(3, '0')}` })));
const weightsArb: fc.Arbitrary<MatchingWeights> = fc.record({
  version: fc.constantFrom('v1', 'v2'),
  weights: fc.record({
    specialisation: fc.integer({ min: 0, max: 50 }),
    supportNeed: fc.integer({ min: 0, max: 50 }),
    availability: fc.integer({ min: 0, max: 50 }),
    area: fc.integer({ min: 0, max: 50 }),
    family: fc.integer({ min: 0, max: 50 }),
    pets: fc.integer({ min: 0, max: 50 }),
    residentMix: fc.integer({ min: 0, max: 50 }),
    rate: fc.integer({ min: 0, max: 50 }),
  }),
  params: fc.record({
    availabilityHorizonDays: fc.integer({ min: 30, max: 365 }),
    urgencyMultiplier: fc.record({ normal: fc.constant(1), urgent: fc.constantFrom(1, 1.5), acute: fc.constantFrom(2, 3) }),
    sameMunicipalityValue: fc.constantFrom(0, 0.5, 1),
    rateCeilingDkk: fc.constantFrom(6000, 10000),
  }),
});

/** The hard rules, written out again independently of `exclusions`. */
const admissible = (r: Referral, c: Candidate) =>
  c.legalBases.includes(r.legalBasis) &&
  c.targetGroups.includes(r.targetGroups[0]) &&
  (!c.ageRange || (r.age >= c.ageRange.from && r.age <= c.ageRange.to)) &&
  (!r.flags.includes('wheelchair') || c.physical.wheelchairAccessible) &&
  (!r.needs.ownBath || c.physical.ownBath) &&
  (!r.needs.ownKitchen || c.physical.ownKitchen) &&
  (r.needs.minAreaM2 === null || (c.physical.areaM2 ?? 0) >= r.needs.minAreaM2) &&
  !r.flags.some((f) => c.exclusionCriteria.includes(f));

describe('rankCandidates, property-based', () => {
  test.prop([referralArb, candidatesArb, weightsArb])('an excluded candidate never ranks; each candidate is either ranked or excluded with reasons', (r, cs, w) => {
    const ranking = rankCandidates(r, cs, w, { today: TODAY });
    const ranked = new Set(ranking.ranked.map((x) => x.candidateId));
    for (const c of cs) expect(ranked.has(c.id), c.id).toBe(admissible(r, c));
    for (const e of ranking.excluded) expect(e.reasons.length).toBeGreaterThan(0);
    expect(ranking.ranked.length + ranking.excluded.length).toBe(cs.length);
  });

  test.prop([referralArb, candidatesArb.chain((cs) => fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length }))), weightsArb])(
    'is deterministic for a weights version: the same ranking whatever order the candidates come in',
    (r, [cs, shuffled], w) => {
      const a = rankCandidates(r, cs, w, { today: TODAY });
      expect(rankCandidates(r, shuffled, w, { today: TODAY })).toEqual(a);
      expect(a.weightsVersion).toBe(w.version);
      // Ordered by score, ties by id, ranks 1..n.
      a.ranked.forEach((x, k) => {
        expect(x.rank).toBe(k + 1);
        const next = a.ranked[k + 1];
        if (next) expect(x.score > next.score || (x.score === next.score && x.candidateId < next.candidateId)).toBe(true);
      });
    },
  );

  test.prop([referralArb, candidateArb, weightsArb])('scores lie within 0–100, factor values within 0–1, and the factors add up to the score', (r, c, w) => {
    const { score, factors } = scoreCandidate(r, { ...c, id: 'x' }, w, { today: TODAY });
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(100);
    for (const f of factors) {
      expect(f.value).toBeGreaterThanOrEqual(0);
      expect(f.value).toBeLessThanOrEqual(1);
      expect(f.text).not.toBe('');
    }
    expect(Math.abs(factors.reduce((s, f) => s + f.points, 0) - score)).toBeLessThanOrEqual(0.05 + 1e-9);
  });

  /** Ways to make a candidate better on exactly one factor. */
  const improvements: [string, (c: Candidate, r: Referral) => Candidate][] = [
    ['free earlier', (c) => ({ ...c, freeFrom: c.freeFrom === null ? day(200) : day(Math.max(-5, Math.round((Date.parse(c.freeFrom) - Date.parse(TODAY)) / 86_400_000) - 20)) })],
    ['cheaper', (c) => ({ ...c, dailyRateDkk: Math.max(0, c.dailyRateDkk - 700) })],
    ['one more specialisation', (c, r) => ({ ...c, specialisations: [...c.specialisations, ...[...r.flags, ...r.methodsWanted].filter((s) => !c.specialisations.includes(s)).slice(0, 1)] })],
    ['approved for one more target group', (c, r) => ({ ...c, targetGroups: [...c.targetGroups, ...r.targetGroups.filter((g) => !c.targetGroups.includes(g)).slice(0, 1)] })],
    ['more support', (c) => ({ ...c, maxSupportLevel: Math.min(4, c.maxSupportLevel + 1) })],
    ['fewer outward-reacting residents', (c) => ({ ...c, residentMix: { ...c.residentMix, counts: { outwardReacting: Math.max(0, (c.residentMix.counts.outwardReacting ?? 0) - 1) } } })],
    ['pets allowed', (c) => ({ ...c, physical: { ...c.physical, petsAllowed: true } })],
    // Moving a place changes both location factors: one wish at a time.
    ['in the wished area', (c, r) => (r.wishes.area && !r.wishes.nearFamily ? { ...c, area: { ...r.wishes.area } } : c)],
    ['near the family', (c, r) => (r.wishes.nearFamily && !r.wishes.area ? { ...c, area: { ...r.wishes.nearFamily } } : c)],
  ];
  test.prop([referralArb, candidateArb.map((c): Candidate => ({ ...c, id: 'x' })), weightsArb, fc.constantFrom(...improvements)])('improving one factor never lowers the score', (r, c, w, [, improve]) => {
    const before = scoreCandidate(r, c, w, { today: TODAY }).score;
    const after = scoreCandidate(r, improve(c, r), w, { today: TODAY }).score;
    expect(after).toBeGreaterThanOrEqual(before);
  });
});

describe('checkWeights', () => {
  it('accepts the default weights and refuses unusable ones with Danish field messages', () => {
    expect(checkWeights(DEFAULT_WEIGHTS)).toEqual({});
    const bad = { ...DEFAULT_WEIGHTS, version: ' ', weights: { ...DEFAULT_WEIGHTS.weights, rate: -1 }, params: { ...DEFAULT_WEIGHTS.params, sameMunicipalityValue: 2 } };
    expect(checkWeights(bad)).toEqual({
      version: 'Giv vægtene et versionsnavn.',
      'weights.rate': 'En vægt er et tal på 0 eller derover.',
      'params.sameMunicipalityValue': 'Værdien ligger mellem 0 og 1.',
    });
  });
});
