import type { Role } from '../../access/roles.js';

/** The password of every demo login (printed by main.ts; demo data is never seeded on a server unasked). */
export const DEMO_PASSWORD = 'mestring-demo';

/** What a facility houses: the intervention kind of its places and how long people stay. */
export interface FacilitySpec {
  name: string;
  /** Target-group codes (002_catalogues.sql); the first is the main one. */
  targetGroups: string[];
  /** Intervention kind of a stay; null for a support team without places (§85 in own home). */
  kind: 'long_term_residence' | 'temporary_residence' | 'shelter' | 'housing_support' | 'shared_housing';
  legalBasis: string;
  units: string[];
  /** Places and how many are taken today; a support team has citizens but no places. */
  places: number;
  occupied: number;
  placeName: string;
  /** How long ago current stays began, in days. */
  stayDays: [number, number];
  ages: [number, number];
}

export interface CenterSpec {
  name: string;
  facilities: FacilitySpec[];
}

/** A named login. `at` is 'municipality', a center's name, a facility's name or 'Facility/Unit'. */
export interface NamedUser {
  username: string;
  displayName: string;
  role: Role;
  at: string;
  description: string;
}

export interface MunicipalitySpec {
  name: string;
  /** Its municipality code (danish_municipalities): the default acting and paying municipality of its services. */
  code: string;
  /** Codes of other municipalities that place citizens here (acting and paying municipality of some services). */
  buyers?: string[];
  seed: number;
  centers: CenterSpec[];
  namedUsers: NamedUser[];
  /** Generated staff per unit and a generated leader per facility without a named one. */
  staffPerUnit: number;
  /** Citizens the named case worker is assigned to. */
  caseAssignments: number;
  /** The unit whose citizens must include some with overdue follow-ups (the demo's staff login). */
  featuredUnit?: string;
}

const residence = (name: string, targetGroups: string[], units: string[], places: number, occupied: number, over: Partial<FacilitySpec> = {}): FacilitySpec => ({
  name, targetGroups, units, places, occupied,
  kind: 'long_term_residence', legalBasis: '§108', placeName: 'Lejlighed', stayDays: [60, 3200], ages: [22, 78], ...over,
});

/** Demo Kommune: two centers, eleven facilities, ~330 places, ~300 occupied. */
export const DEMO_KOMMUNE: MunicipalitySpec = {
  name: 'Demo Kommune',
  // København's code: the seeds describe Copenhagen's adult social services, whose places are
  // bought by its neighbours (Frederiksberg, Gentofte, Lyngby-Taarbæk) — the demo's other
  // acting municipalities. The UI names the tenant's own code by the tenant's name.
  code: '101',
  buyers: ['147', '157', '173'],
  seed: 20240601,
  staffPerUnit: 2,
  caseAssignments: 20,
  featuredUnit: 'Bostedet Lærkehøj/Afdeling Bøgen',
  centers: [
    {
      name: 'Center for Længerevarende Boformer',
      facilities: [
        residence('Bostedet Lærkehøj', ['social_psychiatry', 'substance_use'], ['Afdeling Bøgen', 'Afdeling Egen', 'Afdeling Asken'], 40, 38),
        residence('Autismecentret Kildebakken', ['autism', 'developmental_disability'], ['Huset', 'Stalden', 'Lyngen'], 36, 35, { ages: [19, 55] }),
        // Homes in public housing for people with disabilities (ABL § 105), with § 85 support.
        residence('Bofællesskabet Egebo', ['developmental_disability', 'autism'], ['Egebo Nord', 'Egebo Syd'], 24, 22, {
          kind: 'shared_housing', legalBasis: 'ABL §105', placeName: 'Bolig', ages: [20, 70],
        }),
        residence('Hjerneskadecentret Solsikken', ['acquired_brain_injury', 'multiple_disabilities'], ['Solsikken 1', 'Solsikken 2'], 30, 29, { ages: [30, 80] }),
        residence('Synscentret Lyngbo', ['visual_impairment', 'multiple_disabilities'], ['Lyngbo Øst', 'Lyngbo Vest'], 20, 17, { ages: [25, 80] }),
        residence('Botilbuddet Rosenhaven', ['multiple_disabilities', 'developmental_disability'], ['Rosen', 'Liljen', 'Tulipanen'], 32, 31, { ages: [20, 75] }),
      ],
    },
    {
      name: 'Center for Midlertidige Boformer',
      facilities: [
        residence('Botilbuddet Strandly', ['social_psychiatry', 'autism'], ['Strandly A', 'Strandly B', 'Strandly C'], 40, 36, {
          kind: 'temporary_residence', legalBasis: '§107', placeName: 'Værelse', stayDays: [20, 900], ages: [19, 60],
        }),
        residence('Forsorgshjemmet Havnely', ['homelessness', 'substance_use'], ['Modtagelsen', 'Husene', 'Udslusningen'], 48, 40, {
          kind: 'shelter', legalBasis: '§110', placeName: 'Værelse', stayDays: [3, 240], ages: [20, 70],
        }),
        residence('Behandlingshjemmet Nørremark', ['substance_use', 'social_psychiatry'], ['Nørremark Øst', 'Nørremark Vest'], 28, 27, {
          kind: 'temporary_residence', legalBasis: '§107', placeName: 'Værelse', stayDays: [14, 500], ages: [20, 65],
        }),
        residence('Bofællesskabet Kastanjen', ['developmental_disability', 'social_psychiatry'], ['Kastanjen 1', 'Kastanjen 2'], 32, 30, {
          kind: 'temporary_residence', legalBasis: '§107', placeName: 'Bolig', stayDays: [30, 1100], ages: [19, 50],
        }),
        residence('Bostøtteteamet Fælleden', ['social_psychiatry', 'homelessness'], ['Team Nord', 'Team Syd'], 0, 12, {
          kind: 'housing_support', legalBasis: '§85', placeName: '', stayDays: [30, 600], ages: [21, 60],
        }),
      ],
    },
  ],
  namedUsers: [
    { username: 'admin', displayName: 'Pia Lauridsen', role: 'admin', at: 'municipality', description: 'Administrator: organisation, pladser og brugere (ser ikke borgernes journaler)' },
    { username: 'chef', displayName: 'Henrik Dahl', role: 'center_manager', at: 'Center for Længerevarende Boformer', description: 'Centerchef, Center for Længerevarende Boformer: belægning og overblik' },
    { username: 'leder', displayName: 'Lene Bach', role: 'facility_leader', at: 'Bostedet Lærkehøj', description: 'Forstander på Bostedet Lærkehøj: alle tilbuddets borgere og opfølgninger' },
    { username: 'medarbejder', displayName: 'Mette Jensen', role: 'staff', at: 'Bostedet Lærkehøj/Afdeling Bøgen', description: 'Medarbejder i Afdeling Bøgen: Mine borgere, mål, opfølgning og journal' },
    { username: 'bostotte', displayName: 'Sara Holm', role: 'staff', at: 'Bostøtten Nord/Team psykiatri', description: 'Medarbejder i bostøtteteam (Bostøtten Nord, Team psykiatri): borgere i eget hjem, besøg og journal' },
    { username: 'medarbejder2', displayName: 'Jonas Friis', role: 'staff', at: 'Botilbuddet Strandly/Strandly A', description: 'Medarbejder på Botilbuddet Strandly (et andet tilbud)' },
    { username: 'sagsbehandler', displayName: 'Camilla Nørgaard', role: 'case_worker', at: 'municipality', description: 'Sagsbehandler i myndigheden: tildelte borgere, henvisninger og venteliste, mål og planer, ikke dagbogen' },
  ],
};

/** Nabo Kommune: a second tenant, to show that nothing crosses between municipalities. */
export const NABO_KOMMUNE: MunicipalitySpec = {
  name: 'Nabo Kommune',
  code: '147',
  seed: 20240602,
  staffPerUnit: 1,
  caseAssignments: 0,
  centers: [
    {
      name: 'Center for Handicap og Psykiatri',
      facilities: [residence('Bofællesskabet Åbo', ['social_psychiatry', 'developmental_disability'], ['Afdeling 1'], 6, 5)],
    },
  ],
  namedUsers: [
    { username: 'nabo', displayName: 'Rasmus Holm', role: 'staff', at: 'Bofællesskabet Åbo/Afdeling 1', description: 'Medarbejder i Nabo Kommune: ser ingen af Demo Kommunes borgere' },
  ],
};
