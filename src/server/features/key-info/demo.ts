import { plusDays } from '../../db/demo/random.js';
import { defineDemo, type DemoWorld } from '../../db/demo/stage.js';
import type { Row, TableColumns } from '../../db/demo/tables.js';

/** The key information's demo tables, in insertion order. */
const KEY_INFO_TABLES = {
  citizen_professionals: { id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', kind: 'text', name: 'text', organisation: 'text', phone: 'text', note: 'text', created_by: 'uuid' },
  citizen_allergies: { id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', substance: 'text', reaction: 'text', severity: 'text', created_by: 'uuid' },
  citizen_aids: { id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', name: 'text', note: 'text', created_by: 'uuid' },
  risk_assessments: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', assessed_on: 'date', confused: 'int', irritable: 'int', boisterous: 'int',
    verbal_threats: 'int', physical_threats: 'int', attacking_objects: 'int', note: 'text', assessed_by: 'uuid',
  },
  crisis_plans: { municipality_id: 'uuid', citizen_id: 'uuid', signs: 'text', what_helps: 'text', who_to_call: 'text', updated_by: 'uuid' },
  legal_representatives: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', kind: 'text', name: 'text', phone: 'text', scope: 'text', valid_from: 'date', valid_to: 'date', note: 'text', created_by: 'uuid',
  },
  consents: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', recipient_kind: 'text', relative_id: 'uuid', recipient_name: 'text', scopes: 'text[]',
    given_on: 'date', valid_until: 'date', note: 'text', withdrawn_on: 'date', withdrawn_by: 'uuid', created_by: 'uuid',
  },
} satisfies TableColumns;

const CLINICS = [
  'Lægerne i Vestergade', 'Lægehuset Søndertorv', 'Lægerne Bispebjerg Torv', 'Lægehuset ved Åen', 'Lægeklinikken Nørregade',
  'Lægerne på Torvet', 'Sundhedshuset Kildebakken', 'Lægepraksis Havnegade', 'Lægerne i Stationsbyen', 'Lægehuset Engvej',
];
const DOCTORS = ['Anne Friis', 'Peter Holm', 'Mette Kjær', 'Jens Lund', 'Lise Bach', 'Henrik Dam', 'Susanne Krogh', 'Morten Skov', 'Camilla Wind', 'Søren Toft'];
const OTHERS = [
  { kind: 'psychiatry', name: 'Kontaktperson i distriktspsykiatrien', organisation: 'Distriktspsykiatrien Vest', note: 'Samtale hver 14. dag' },
  { kind: 'psychiatry', name: 'Psykiater', organisation: 'Psykiatrisk Center, ambulatoriet', note: 'Medicingennemgang hver 3. måned' },
  { kind: 'substance_treatment', name: 'Behandler', organisation: 'Rusmiddelcenteret', note: 'Fremmøde tirsdag og torsdag' },
  { kind: 'probation', name: 'Tilsynsførende', organisation: 'Kriminalforsorgen, afdeling Midt', note: 'Tilsyn en gang om måneden' },
  { kind: 'dentist', name: 'Tandlæge', organisation: 'Omsorgstandplejen', note: null },
  { kind: 'other', name: 'Ergoterapeut', organisation: 'Kommunens hjælpemiddelafdeling', note: null },
] as const;
const ALLERGIES = [
  { substance: 'Penicillin', reaction: 'Udslæt og kløe', severity: 'moderate' },
  { substance: 'Nødder', reaction: 'Hævelse i mund og svælg', severity: 'severe' },
  { substance: 'Pollen (birk)', reaction: 'Løbende næse og røde øjne i april–maj', severity: 'mild' },
  { substance: 'Laktose', reaction: 'Mavesmerter', severity: 'mild' },
  { substance: 'Plaster (latex)', reaction: 'Rød og irriteret hud', severity: 'mild' },
  { substance: 'Bistik', reaction: 'Anafylaksi: har EpiPen på værelset', severity: 'severe' },
] as const;
const AIDS = [
  { name: 'Rollator', note: 'Bruges udendørs' },
  { name: 'Kugledyne', note: 'Hjælper på søvnen' },
  { name: 'Høreapparat', note: 'Batterier i skuffen i køkkenet' },
  { name: 'Briller', note: null },
  { name: 'Piktogramtavle', note: 'Dagens plan hænger på døren' },
  { name: 'Kørestol', note: 'Manuel, til længere ture' },
  { name: 'Medicinæske med alarm', note: null },
] as const;
const CRISIS = [
  {
    signs: 'Trækker sig fra fællesskabet, sover dårligt, går frem og tilbage på gangen og taler højt med sig selv.',
    whatHelps: 'Rolig tale, én medarbejder ad gangen, tilbyde en gåtur eller kugledynen. Undgå at diskutere. PN efter lægens ordination.',
    whoToCall: 'Kontaktpersonen; om natten vagthavende leder. Ved fare: 112. Distriktspsykiatrien i dagtimerne.',
  },
  {
    signs: 'Bliver irritabel ved ændringer i dagens plan, smækker med døre, nægter at spise.',
    whatHelps: 'Vise dagens plan på piktogramtavlen, give tid og plads, tilbyde musik på værelset.',
    whoToCall: 'Kontaktpersonen eller afdelingslederen. Søster må kontaktes efter samtykke.',
  },
  {
    signs: 'Øget brug af rusmidler, udebliver fra aftaler, låser sig inde.',
    whatHelps: 'Kontakt fra en kendt medarbejder, tilbyde mad og en snak, følge til Rusmiddelcenteret.',
    whoToCall: 'Behandler på Rusmiddelcenteret i dagtimerne; om natten vagthavende leder. Ved fare: 112.',
  },
] as const;
const BVC_NOTES = ['Urolig efter besøg', 'Rolig aften', 'Råbte ad en medbeboer ved aftensmaden', 'Sov godt, ingen tegn', 'Smækkede med døren efter telefonopkald'];
const SCOPES = [['plan', 'key_information'], ['plan'], ['plan', 'health'], ['journal_summary', 'health'], ['key_information']];

const phone = (w: DemoWorld) => `${w.rng.int(20, 99)} ${w.rng.int(10, 99)} ${w.rng.int(10, 99)} ${w.rng.int(10, 99)}`;

/**
 * Most citizens have a GP (a Danish clinic); some an outside professional, allergies, aids; the
 * citizens of psychiatry and substance facilities BVC scores and often a crisis plan; relatives
 * with the role of guardian become registered guardians; relatives who may be told things get a
 * consent with a scope.
 */
function generateKeyInfo(w: DemoWorld<keyof typeof KEY_INFO_TABLES>): void {
  const { rng, citizens, today, out } = w;
  const relatives = (w.out as unknown as { relatives: Row[] }).relatives;
  const byCitizen = new Map<string, Row[]>();
  for (const r of relatives) byCitizen.set(r.citizen_id as string, [...(byCitizen.get(r.citizen_id as string) ?? []), r]);

  for (const c of citizens) {
    const base = { municipality_id: c.municipalityId, citizen_id: c.id };
    const by = c.contactPersonId;
    if (rng.chance(0.9)) {
      out.citizen_professionals.push({ id: rng.uuid(), ...base, kind: 'gp', name: `Læge ${rng.pick(DOCTORS)}`, organisation: rng.pick(CLINICS), phone: phone(w), note: null, created_by: by });
    }
    for (const o of rng.chance(0.4) ? rng.sample(OTHERS, rng.int(1, 2)) : []) {
      out.citizen_professionals.push({ id: rng.uuid(), ...base, ...o, phone: phone(w), created_by: by });
    }
    for (const a of rng.chance(0.25) ? rng.sample(ALLERGIES, rng.int(1, 2)) : []) out.citizen_allergies.push({ id: rng.uuid(), ...base, ...a, created_by: by });
    for (const a of rng.chance(0.4) ? rng.sample(AIDS, rng.int(1, 2)) : []) out.citizen_aids.push({ id: rng.uuid(), ...base, ...a, created_by: by });

    const atRisk = rng.chance(0.3);
    if (atRisk) {
      for (let k = rng.int(1, 4); k > 0; k--) {
        const items = ['confused', 'irritable', 'boisterous', 'verbal_threats', 'physical_threats', 'attacking_objects'];
        const p = rng.pick([0.05, 0.2, 0.45]);
        out.risk_assessments.push({
          id: rng.uuid(), ...base, assessed_on: plusDays(today, -rng.int(0, 90)),
          ...Object.fromEntries(items.map((i) => [i, rng.chance(p) ? 1 : 0])),
          note: rng.chance(0.5) ? rng.pick(BVC_NOTES) : null, assessed_by: by,
        });
      }
      if (rng.chance(0.6)) {
        const plan = rng.pick(CRISIS);
        out.crisis_plans.push({ ...base, signs: plan.signs, what_helps: plan.whatHelps, who_to_call: plan.whoToCall, updated_by: by });
      }
    }

    for (const r of byCitizen.get(c.id) ?? []) {
      if (r.relation === 'Værge') {
        out.legal_representatives.push({
          id: rng.uuid(), ...base, kind: 'guardian', name: r.name, phone: r.phone, scope: rng.pick(['financial', 'financial', 'both', 'personal']),
          valid_from: plusDays(c.since, -rng.int(30, 900)), valid_to: null, note: 'Afgørelse fra Familieretshuset', created_by: by,
        });
      } else if (r.consent_to_share) {
        const given = plusDays(today, -rng.int(10, 500));
        out.consents.push({
          id: rng.uuid(), ...base, recipient_kind: 'relative', relative_id: r.id, recipient_name: `${r.name} (${r.relation})`,
          scopes: `{${rng.pick(SCOPES).join(',')}}`, given_on: given, valid_until: rng.chance(0.3) ? plusDays(given, 730) : null,
          note: null, withdrawn_on: null, withdrawn_by: null, created_by: by,
        });
      }
    }
    if (rng.chance(0.05)) {
      out.legal_representatives.push({
        id: rng.uuid(), ...base, kind: 'future_power_of_attorney', name: 'Fuldmægtig (se note)', phone: phone(w), scope: 'both',
        valid_from: plusDays(today, -rng.int(30, 700)), valid_to: null, note: 'Fremtidsfuldmagt sat i kraft af Familieretshuset', created_by: by,
      });
    }
  }
}

export const keyInfoDemo = defineDemo({ tables: KEY_INFO_TABLES, stage: generateKeyInfo });
