import { plusDays } from '../../db/demo/random.js';
import { defineDemo, type DemoWorld } from '../../db/demo/stage.js';
import type { TableColumns } from '../../db/demo/tables.js';
import type { AdverseEventType, ViolenceKind } from '../../../contracts/incidents.js';
import { severityMatrix } from './dpsd.js';

const INCIDENT_TABLES = {
  adverse_events: {
    id: 'uuid', municipality_id: 'uuid', citizen_id: 'uuid', unit_id: 'uuid', day: { input: 'date' }, clock: { input: 'time' },
    occurred_at: { expr: `(x.day + x.clock) AT TIME ZONE 'Europe/Copenhagen'` }, event_type: 'text', title: 'text', description: 'text',
    consequence_note: 'text', prevention: 'text', location: 'text', medicine: 'text', actual_consequence: 'text', possible_consequence: 'text',
    severity: 'text', reported_by: 'uuid', reported_at: { expr: `(x.day + x.clock + interval '2 hours') AT TIME ZONE 'Europe/Copenhagen'` },
    status: 'text', learning: 'text', actions: 'text', followed_up_by: 'uuid',
    followed_up_at: { expr: `CASE WHEN x.status <> 'reported' THEN (x.day + 7 + time '10:00') AT TIME ZONE 'Europe/Copenhagen' END` },
  },
  violence_incidents: {
    id: 'uuid', municipality_id: 'uuid', unit_id: 'uuid', occurred_on: 'date', kind: 'text', exposed_user_id: 'uuid', exposed_citizen_id: 'uuid',
    acting_citizen_id: 'uuid', description: 'text', injury: 'text', absence_days: 'int', work_accident_reported_on: 'date', reported_by: 'uuid',
    reported_at: { expr: `(x.occurred_on + time '16:00') AT TIME ZONE 'Europe/Copenhagen'` },
  },
} satisfies TableColumns;

interface EventText { type: AdverseEventType; title: string; description: string; consequence: string; prevention: string; location: string; medicine: string; learning: string; actions: string }
const EVENTS: EventText[] = [
  {
    type: 'medication_error', title: 'Aftenmedicin ikke givet', location: 'Medicinrummet', medicine: 'Quetiapin 100 mg tablet',
    description: 'Aftenmedicinen blev ikke givet kl. 21. Vagten opdagede det ved overlap kl. 23, da doseringsæsken stadig var fuld.',
    consequence: 'Borgeren sov uroligt, men fik medicinen kl. 23 efter aftale med vagtlæge.', prevention: 'Fast tjek af doseringsæsker ved vagtskifte.',
    learning: 'Aftenrunden manglede en fast ansvarlig, når der er én på vagt.', actions: 'Ansvar for aftenrunden står nu på vagtplanen.',
  },
  {
    type: 'medication_error', title: 'Forkert dosis pn-medicin', location: 'Borgerens lejlighed', medicine: 'Paracetamol 500 mg tablet',
    description: 'Der blev givet 2 tabletter i stedet for 1 som pn, fordi den gamle ordination stod på papirlisten.',
    consequence: 'Ingen mærkbar konsekvens. Lægen blev kontaktet.', prevention: 'Papirlister fjernes, når medicinkortet ændres.',
    learning: 'To lister med forskellige doser skabte tvivl.', actions: 'Papirlister samlet ind på hele afdelingen.',
  },
  {
    type: 'fall', title: 'Fald på badeværelset', location: 'Badeværelset', medicine: '',
    description: 'Borgeren gled på det våde gulv efter bad og faldt. Personalet hjalp borgeren op og tjekkede for skader.',
    consequence: 'Blåt mærke på hoften. Kunne have givet brud.', prevention: 'Skridsikker måtte og støtte ved bad.',
    learning: 'Det våde gulv efter bad er en kendt risiko, som ikke var taget hånd om.', actions: 'Skridsikre måtter købt til alle badeværelser.',
  },
  {
    type: 'fall', title: 'Fald om natten', location: 'Soveværelset', medicine: '',
    description: 'Borgeren faldt ud af sengen om natten og blev fundet på gulvet ved nattilsynet.',
    consequence: 'Ingen synlige skader.', prevention: 'Sengehest eller lavere seng drøftes med borgeren.',
    learning: 'Borgeren er urolig om natten efter medicinændringen.', actions: 'Lavere seng efter aftale med borgeren.',
  },
  {
    type: 'sector_transition', title: 'Medicinliste manglede ved udskrivelse', location: 'Hjemkomst fra hospital', medicine: '',
    description: 'Borgeren kom hjem fra hospitalet uden opdateret medicinliste. Personalet ringede til afdelingen dagen efter.',
    consequence: 'Forsinket opstart af ny medicin et døgn.', prevention: 'Ring til afdelingen samme dag ved udskrivelse.',
    learning: 'Vi venter for længe med at spørge.', actions: 'Tjekliste for hjemkomst.',
  },
];

interface ViolenceText { kind: ViolenceKind; description: string; injury: string }
const VIOLENCE: ViolenceText[] = [
  { kind: 'threat', description: 'Beboeren truede medarbejderen verbalt under aftensmaden og kastede en tallerken mod væggen.', injury: '' },
  { kind: 'physical', description: 'Beboeren slog ud efter medarbejderen ved hjælp til påklædning og ramte armen.', injury: 'Forstuvet håndled' },
  { kind: 'harassment', description: 'Gentagne nedsættende kommentarer til medarbejderen gennem vagten.', injury: '' },
  { kind: 'physical', description: 'To beboere kom op at skændes i fællesstuen, og den ene skubbede den anden.', injury: 'Skrammer på albuen' },
];

/** A severity pair of the matrix: mostly none or light, now and then a serious risk. */
function pickSeverity(rng: DemoWorld['rng']) {
  const light = severityMatrix.filter((r) => r.possible !== null && !r.category.startsWith('Alvorlig'));
  return rng.chance(0.8) ? rng.pick(light) : rng.pick(severityMatrix.filter((r) => r.category.startsWith('Alvorlig patient')));
}

/**
 * Adverse events and violence registrations on the residential facilities over the last six months:
 * medication errors and falls in each state (older ones closed with their learning), violence and
 * threats against staff (their work-accident reports made, except one overdue per facility) and
 * one between residents.
 */
function generateIncidents({ spec, org, citizens, rng, today, out }: DemoWorld<keyof typeof INCIDENT_TABLES>): void {
  // The named leader of a facility follows its events up (a generated leader's id is not kept).
  const leaderOf = (facilityName: string) => {
    const named = spec.namedUsers.find((u) => u.role === 'facility_leader' && u.at === facilityName);
    return (named && org.userIds.get(named.username)) ?? null;
  };
  for (const facility of org.facilities.filter((f) => f.places.length > 0)) {
    const residents = citizens.filter((c) => c.facility.id === facility.id);
    if (residents.length < 2) continue;
    const follower = leaderOf(facility.spec.name);
    for (let n = 0; n < 6; n++) {
      const c = rng.pick(residents);
      const staff = facility.units.find((u) => u.id === c.unitId)?.staffIds ?? [];
      if (staff.length === 0) continue;
      const text = EVENTS[n % EVENTS.length];
      const back = rng.int(1, 180);
      const day = plusDays(today, -back);
      if (day < c.since) continue;
      const sev = pickSeverity(rng);
      const status = back > 60 ? 'closed' : back > 14 ? rng.pick(['analysis', 'closed']) : 'reported';
      const followed = status !== 'reported';
      out.adverse_events.push({
        id: rng.uuid(), municipality_id: c.municipalityId, citizen_id: c.id, unit_id: c.unitId, day, clock: `${rng.int(7, 21)}:${rng.pick(['05', '20', '40'])}`,
        event_type: text.type, title: text.title, description: text.description, consequence_note: text.consequence, prevention: text.prevention,
        location: text.location, medicine: text.medicine, actual_consequence: sev.actual, possible_consequence: sev.possible, severity: sev.category,
        reported_by: rng.pick(staff), status, learning: status === 'closed' || (followed && rng.chance(0.5)) ? text.learning : '',
        actions: status === 'closed' ? text.actions : '', followed_up_by: followed ? follower : null,
      });
    }
    VIOLENCE.forEach((v, i) => {
      const actor = rng.pick(residents);
      const staff = facility.units.find((u) => u.id === actor.unitId)?.staffIds ?? [];
      if (staff.length < 2) return;
      const betweenResidents = i === VIOLENCE.length - 1;
      const other = residents.find((r) => r.id !== actor.id && r.unitId === actor.unitId);
      if (betweenResidents && !other) return;
      // The first registration's report is overdue: three weeks old, not yet made.
      const back = i === 0 ? 21 : rng.int(20, 150);
      const day = plusDays(today, -back);
      out.violence_incidents.push({
        id: rng.uuid(), municipality_id: actor.municipalityId, unit_id: actor.unitId, occurred_on: day, kind: v.kind,
        exposed_user_id: betweenResidents ? null : staff[1], exposed_citizen_id: betweenResidents ? other!.id : null, acting_citizen_id: actor.id,
        description: v.description, injury: v.injury, absence_days: v.injury ? rng.int(0, 3) : 0,
        work_accident_reported_on: betweenResidents || i === 0 ? null : plusDays(day, rng.int(2, 10)), reported_by: staff[0],
      });
    });
  }
}

export const incidentsDemo = defineDemo({ tables: INCIDENT_TABLES, stage: generateIncidents });
