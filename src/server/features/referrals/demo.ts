import { plusDays } from '../../db/demo/random.js';
import { daysBetween } from '../../../domain/dates.js';
import { defineDemo, type DemoWorld } from '../../db/demo/stage.js';
import type { FacilityState } from '../../db/demo/organisation.js';
import type { Row, TableColumns, Tables } from '../../db/demo/tables.js';
import { transition, type ReferralAction, type ReferralState } from '../../../domain/visitation/committee.js';
import type { ReferralFlag } from '../../../domain/visitation/types.js';

const REFERRAL_TABLES = {
  referrals: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', type_code: 'text', case_worker_id: 'uuid', received_on: 'date', legal_basis: 'text',
    flags: 'text[]', methods_wanted: 'text[]', urgency: 'text', plan_purpose: 'text', plan_interventions: 'text', plan_expected_duration: 'text',
    plan_housing: 'text', plan_employment: 'text', plan_personal_help: 'text', plan_treatment: 'text', plan_aids: 'text',
    needs_own_bath: 'boolean', needs_own_kitchen: 'boolean', wishes_text: 'text', wish_municipality_code: 'text', wish_district: 'text',
    family_municipality_code: 'text', family_district: 'text', wishes_pets: 'boolean', expected_move_in: 'date', state: 'text',
    offered_org_unit_id: 'uuid', decided_at: 'timestamptz', intervention_id: 'uuid', created_by: 'uuid',
    created_at: { type: 'date', expr: `(x.received_on + time '10:00') AT TIME ZONE 'Europe/Copenhagen'` },
  },
  referral_target_groups: { municipality_id: 'uuid', referral_id: 'uuid', target_group_code: 'text', position: 'int' },
  referral_transitions: {
    municipality_id: 'uuid', referral_id: 'uuid', seq: 'int', action: 'text', from_state: 'text', to_state: 'text', org_unit_id: 'uuid', place_id: 'uuid',
    reason: 'text', condition: 'text', actor_id: 'uuid', at: 'timestamptz',
  },
} satisfies TableColumns;

/**
 * The assessment on FFB conditions (KL's codes are data, read by SQL once the rows are in): three to
 * six conditions per referral, drawn and levelled by a hash of the referral's id, so the demo stays
 * the same; and the support need sought, one level from FFB's scale.
 */
const AFTER_INSERT = `
WITH support_need AS (
  UPDATE referrals r SET support_need_code = (
    SELECT l.code FROM ffb_concepts l WHERE l.parent_code = '7ac451dc-773b-4877-baaf-1e6b1d5c8e28'
     ORDER BY l.sort_order OFFSET abs(hashtext(r.id::text || 'sn')) % greatest(1, (SELECT count(*) FROM ffb_concepts WHERE parent_code = '7ac451dc-773b-4877-baaf-1e6b1d5c8e28'))::int LIMIT 1)
  RETURNING 1
)
INSERT INTO referral_assessments (municipality_id, referral_id, condition_code, level_code, note)
SELECT r.municipality_id, r.id, c.code,
       (SELECT l.code FROM ffb_concepts l WHERE l.parent_code = 'e89d317c-4657-4970-b614-ada2ed220595' AND l.code <> '1c327095-107f-4b96-88d0-ec562cb980be'
         ORDER BY l.sort_order OFFSET 1 + abs(hashtext(r.id::text || c.code)) % 4 LIMIT 1),
       ''
  FROM referrals r
  CROSS JOIN LATERAL (
    SELECT c.code FROM ffb_concepts a JOIN ffb_concepts c ON c.parent_code = a.code
     WHERE a.parent_code = '93433530-b85c-4d04-a4fb-5ae26cf16f1c'
     ORDER BY md5(r.id::text || c.code) LIMIT 3 + abs(hashtext(r.id::text)) % 4) c
 WHERE (SELECT count(*) FROM support_need) >= 0`;

const DISTRICTS = ['Nørrebro', 'Valby', 'Amager Øst', 'Vesterbro', 'Østerbro', 'Bispebjerg', 'Brønshøj-Husum', 'Vanløse', 'Amager Vest', 'Indre By'];

/** Action plans by the target group sought, in the case worker's words. */
const PLANS: Record<string, { purpose: string[]; interventions: string[]; treatment: string; employment: string }> = {
  social_psychiatry: {
    purpose: ['At borgeren får ro og stabilitet i hverdagen og på sigt kan flytte i egen bolig med bostøtte.', 'At borgeren undgår gentagne indlæggelser og genvinder en struktureret hverdag.'],
    interventions: ['Botilbud med døgndækning og recovery-orienteret socialpædagogisk støtte; hjælp til medicin og struktur.', 'Midlertidigt botilbud med fast kontaktperson og støtte til at mestre angst og søvn.'],
    treatment: 'Tilknyttet distriktspsykiatrien; fast medicin.', employment: 'Ønsker på sigt STU eller beskyttet beskæftigelse.',
  },
  substance_use: {
    purpose: ['At borgeren stabiliserer sit forbrug og får et trygt sted at bo.', 'At borgeren kommer ud af hjemløshed og fastholder behandling.'],
    interventions: ['Botilbud med erfaring i dobbeltdiagnoser; skadesreduktion og samarbejde med misbrugsbehandlingen.', 'Midlertidigt ophold med tæt støtte og motivation til behandling.'],
    treatment: 'Substitutionsbehandling i kommunens rusmiddelcenter.', employment: 'Ikke aktuelt nu.',
  },
  homelessness: {
    purpose: ['At borgeren kommer ud af gadehjemløshed og får en stabil bolig.', 'At borgeren får ro til at tage hånd om helbred og økonomi.'],
    interventions: ['Ophold med socialpædagogisk støtte efter Housing First-principper.', 'Botilbud med hjælp til økonomi, post og kontakt til myndigheder.'],
    treatment: 'Ingen aktuel behandling; ønsker lægetjek.', employment: 'Ønsker aktivitetstilbud i dagtimerne.',
  },
  autism: {
    purpose: ['At borgeren får forudsigelige rammer og kan udvikle sine praktiske færdigheder.'],
    interventions: ['Botilbud med autismefaglighed, struktur (TEACCH) og skærmet bolig.'],
    treatment: 'Ingen.', employment: 'Deltager i beskyttet værksted to dage om ugen.',
  },
  acquired_brain_injury: {
    purpose: ['At borgeren genvinder mest mulig selvstændighed efter hjerneskaden.'],
    interventions: ['Botilbud med neuropædagogisk tilgang og træning i dagligdagens opgaver.'],
    treatment: 'Genoptræningsplan fra hospitalet.', employment: 'Ikke aktuelt.',
  },
  developmental_disability: {
    purpose: ['At borgeren får et trygt hjem med støtte til egenomsorg og sociale relationer.'],
    interventions: ['Længerevarende botilbud med personlig og praktisk hjælp døgnet rundt.'],
    treatment: 'Ingen.', employment: 'Dagtilbud fem dage om ugen.',
  },
};
const DEFAULT_PLAN = PLANS.social_psychiatry;
const WISHES = [
  'Jeg vil gerne bo et sted med ro og ikke for mange mennesker.',
  'Jeg vil gerne tæt på min datter, så hun kan besøge mig.',
  'Jeg vil gerne have min kat med.',
  'Jeg vil gerne kunne lave min egen mad.',
  'Jeg vil helst bo i byen, tæt på min netværksgruppe.',
  'Jeg vil gerne have et værelse med eget bad.',
  '',
];
const DECLINE_REASONS = ['Ingen ledig plads med den nødvendige døgndækning.', 'Beboersammensætningen på afdelingen kan ikke rumme borgerens udadreagerende adfærd lige nu.', 'Tilbuddet kan ikke imødekomme behovet for somatisk pleje.'];
const CONDITIONS = ['Personalet gennemfører kursus i low arousal inden indflytning.', 'Der tilknyttes en ekstra nattevagt de første tre måneder.'];
const REFUSE_REASONS = ['Behovet kan dækkes med bostøtte i eget hjem (§ 85).', 'Borgeren ønsker ikke længere et botilbud.'];

type Out = Tables<keyof typeof REFERRAL_TABLES> & Tables<'case_assignments' | 'interventions' | 'user_roles' | 'citizen_target_groups'>;

/**
 * Referrals: a waiting list of about 40 open referrals for citizens in shelters, temporary stays and
 * their own homes (most waiting; some just received, offered or declined; a handful acute or urgent),
 * assigned to the demo's case worker; and the history — a decided referral (placed) for each stay
 * begun in the last three years on a place, linked to its service, so arrivals per month and the
 * residents' flags exist. Every referral's transitions walk the committee's steps to its state.
 */
function generateReferrals(world: DemoWorld<keyof typeof REFERRAL_TABLES>): void {
  const { spec, rng, today, org, citizens } = world;
  const out = world.out as unknown as Out;
  const caseWorkerName = spec.namedUsers.find((u) => u.role === 'case_worker')?.username;
  if (!caseWorkerName || !citizens.length) return;
  const caseWorker = org.userIds.get(caseWorkerName)!;
  const committee = org.userIds.get(spec.namedUsers.find((u) => u.role === 'center_manager')?.username ?? caseWorkerName) ?? caseWorker;
  const m = org.municipalityId;
  const leaderOf = (f: FacilityState) => out.user_roles.find((r) => r.org_unit_id === f.id && r.role === 'facility_leader')?.user_id as string | undefined ?? committee;
  const facilityById = new Map(org.facilities.map((f) => [f.id, f]));
  const placeOf = new Map(out.interventions.map((i) => [i.id as string, i.place_id as string | null]));
  const residential = org.facilities.filter((f) => f.places.length > 0 && f.spec.kind !== 'shelter' && f.spec.kind !== 'shared_housing');
  const groupsOf = new Map<string, string[]>();
  for (const g of out.citizen_target_groups) groupsOf.set(g.citizen_id as string, [...(groupsOf.get(g.citizen_id as string) ?? []), g.target_group_code as string]);

  const flagsFor = (groups: string[]): ReferralFlag[] => {
    const flags: ReferralFlag[] = [];
    if (rng.chance(groups.includes('substance_use') || groups.includes('homelessness') ? 0.6 : 0.15)) flags.push('substanceUse');
    if (rng.chance(0.2)) flags.push('outwardReacting');
    if (rng.chance(0.12)) flags.push('somaticCare');
    if (rng.chance(0.05)) flags.push('dementia');
    if (rng.chance(0.06)) flags.push('wheelchair');
    return flags;
  };

  /** One referral with its target groups and the transitions that take it to its last state. */
  const add = (r: {
    citizenId: string; target: FacilityState; receivedOn: string; steps: Array<[ReferralAction, { org?: string; place?: string | null; reason?: string; condition?: string }]>;
    urgency: 'normal' | 'urgent' | 'acute'; interventionId?: string; stepDays: number;
  }) => {
    const id = rng.uuid();
    const groups = [...new Set([r.target.spec.targetGroups[0], ...(groupsOf.get(r.citizenId) ?? []), ...r.target.spec.targetGroups.slice(1)])].slice(0, rng.int(1, 3));
    const plan = PLANS[groups[0]] ?? DEFAULT_PLAN;
    let state: ReferralState = 'submitted';
    let day = r.receivedOn;
    const transitions: Row[] = [{ municipality_id: m, referral_id: id, seq: 1, action: 'submit', from_state: null, to_state: 'submitted', org_unit_id: null, place_id: null, reason: null, condition: null, actor_id: caseWorker, at: `${day}T09:30:00Z` }];
    let offered: string | null = null;
    let decidedAt: string | null = null;
    for (const [action, input] of r.steps) {
      const next = transition(state, action, { facilityId: input.org, placeId: input.place ?? (action === 'place' ? 'unknown' : null), reason: input.reason, condition: input.condition });
      if ('errors' in next) throw new Error(`demo referral: ${action} from ${state} is not a step`);
      day = plusDays(day, rng.int(1, r.stepDays));
      if (day > today) day = today;
      const actor = action === 'accept' || action === 'accept_on_condition' || action === 'decline' ? leaderOf(facilityById.get(offered ?? '') ?? r.target) : committee;
      transitions.push({
        municipality_id: m, referral_id: id, seq: transitions.length + 1, action, from_state: state, to_state: next.to, org_unit_id: input.org ?? null,
        place_id: input.place ?? null, reason: input.reason ?? null, condition: input.condition ?? null, actor_id: actor, at: `${day}T${10 + transitions.length}:15:00Z`,
      });
      if (action === 'offer') offered = input.org!;
      if (next.to === 'placed' || next.to === 'refused') decidedAt = `${day}T${10 + transitions.length}:15:00Z`;
      state = next.to;
    }
    const family = rng.chance(0.4);
    out.referrals.push({
      id, municipality_id: m, citizen_id: r.citizenId, type_code: r.urgency === 'acute' ? 'acute' : 'new', case_worker_id: caseWorker, received_on: r.receivedOn,
      legal_basis: r.target.spec.legalBasis, flags: `{${flagsFor(groups).join(',')}}`, methods_wanted: `{${rng.sample(['recovery', 'low_arousal', 'krap', 'mentalisation', 'social_skills', 'housing_first', 'nada'], rng.int(0, 2)).join(',')}}`,
      urgency: r.urgency, plan_purpose: rng.pick(plan.purpose), plan_interventions: rng.pick(plan.interventions), plan_expected_duration: r.target.spec.legalBasis === '§107' ? rng.pick(['1-2 år', 'Ca. 18 måneder', 'Op til 2 år']) : 'Længerevarende, revurderes efter 2 år',
      plan_housing: rng.pick(['Bor i dag på herberg.', 'Bor hos sin mor; boligen er opsagt.', 'Er udskrevet til gaden efter indlæggelse.', 'Har egen lejlighed, men kan ikke klare sig der.']),
      plan_employment: plan.employment, plan_personal_help: rng.pick(['Hjælp til personlig hygiejne og tøjvask.', 'Hjælp til medicin og aftaler.', '']), plan_treatment: plan.treatment, plan_aids: rng.chance(0.15) ? 'Rollator; skal have bolig uden trapper.' : '',
      needs_own_bath: rng.chance(0.5), needs_own_kitchen: rng.chance(0.2), wishes_text: rng.pick(WISHES), wish_municipality_code: rng.chance(0.7) ? spec.code : null,
      wish_district: rng.chance(0.6) ? rng.pick(DISTRICTS) : null, family_municipality_code: family ? spec.code : null, family_district: family ? rng.pick(DISTRICTS) : null,
      wishes_pets: rng.chance(0.1), expected_move_in: state === 'placed' || state === 'refused' ? null : rng.chance(0.5) ? plusDays(today, rng.int(14, 120)) : null,
      state, offered_org_unit_id: ['offered', 'declined'].includes(state) ? offered : null, decided_at: decidedAt, intervention_id: state === 'placed' ? r.interventionId ?? null : null, created_by: caseWorker,
    });
    groups.forEach((g, i) => out.referral_target_groups.push({ municipality_id: m, referral_id: id, target_group_code: g, position: i + 1 }));
    out.referral_transitions.push(...transitions);
  };

  // 1. History: a placed referral behind each stay on a place begun in the last three years (a few refused ones too).
  const threeYearsAgo = plusDays(today, -3 * 365);
  for (const c of citizens) {
    const current = c.periods.find((p) => p.end === null);
    if (!current || c.since < threeYearsAgo || c.since > today || !c.facility.places.length || c.facility.spec.kind === 'shared_housing') continue;
    const decided = plusDays(c.since, -rng.int(0, 10));
    const receivedOn = plusDays(decided, -rng.int(20, 110));
    const accept: [ReferralAction, { condition?: string }] = rng.chance(0.15) ? ['accept_on_condition', { condition: rng.pick(CONDITIONS) }] : ['accept', {}];
    const waited = rng.chance(0.35);
    add({
      citizenId: c.id, target: c.facility, receivedOn, urgency: rng.chance(0.1) ? 'urgent' : 'normal', interventionId: current.interventionId,
      stepDays: Math.max(1, Math.floor(daysBetween(receivedOn, decided) / (waited ? 5 : 4))),
      steps: [...(waited ? [['wait', {}] as [ReferralAction, object]] : []), ['offer', { org: c.facility.id }], accept, ['place', { place: placeOf.get(current.interventionId) ?? null }]],
    });
    // The decision day is the stay's: keep the history's arrivals where the services begin.
    const last = out.referrals[out.referrals.length - 1];
    last.decided_at = `${decided}T12:00:00Z`;
    const placeStep = out.referral_transitions[out.referral_transitions.length - 1];
    placeStep.at = `${decided}T12:00:00Z`;
  }
  for (let i = 0; i < 12; i++) {
    const c = rng.pick(citizens);
    add({ citizenId: c.id, target: rng.pick(residential), receivedOn: plusDays(today, -rng.int(60, 1000)), urgency: 'normal', stepDays: 30, steps: [['refuse', { reason: rng.pick(REFUSE_REASONS) }]] });
  }

  // 2. The waiting list: about 40 open referrals of citizens in shelters, temporary stays and their own homes.
  const inHistory = new Set(out.referrals.filter((r) => r.state === 'placed').map((r) => r.citizen_id));
  const seekers = rng.shuffle(citizens.filter((c) => !inHistory.has(c.id) && ['shelter', 'housing_support', 'temporary_residence'].includes(c.facility.spec.kind))).slice(0, 40);
  const assigned = new Set(out.case_assignments.filter((a) => a.user_id === caseWorker).map((a) => a.citizen_id));
  seekers.forEach((c, i) => {
    // The stay sought: a long-term place from a temporary one; a temporary or long-term one from a shelter or home.
    const options = residential.filter((f) => (c.facility.spec.kind === 'temporary_residence' ? f.spec.legalBasis === '§108' : true) && f !== c.facility);
    const target = rng.pick(options.length ? options : residential);
    const other = rng.pick(residential.filter((f) => f !== target)) ?? target;
    const kind = i < 26 ? 'waiting' : i < 32 ? 'submitted' : i < 37 ? 'offered' : 'declined';
    const steps: Array<[ReferralAction, { org?: string; reason?: string }]> =
      kind === 'submitted' ? []
      : kind === 'offered' ? [['offer', { org: target.id }]]
      : kind === 'declined' ? [['offer', { org: target.id }], ['decline', { reason: rng.pick(DECLINE_REASONS) }]]
      : rng.chance(0.3) ? [['offer', { org: other.id }], ['decline', { reason: rng.pick(DECLINE_REASONS) }], ['wait', {}]] : [['wait', {}]];
    const urgency = i % 9 === 4 ? 'acute' : i % 6 === 1 ? 'urgent' : 'normal';
    const back = kind === 'submitted' ? rng.int(1, 12) : kind === 'waiting' ? rng.int(20, 300) : rng.int(10, 60);
    add({ citizenId: c.id, target, receivedOn: plusDays(today, -back), urgency, stepDays: Math.max(2, Math.floor(back / (steps.length + 1))), steps });
    if (!assigned.has(c.id)) {
      out.case_assignments.push({ municipality_id: m, user_id: caseWorker, citizen_id: c.id });
      assigned.add(c.id);
    }
  });
}

export const referralsDemo = defineDemo({ tables: REFERRAL_TABLES, stage: generateReferrals, afterInsert: AFTER_INSERT });
