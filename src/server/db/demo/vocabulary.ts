import type { Rng } from './random.js';

/**
 * Words the demo data (and the benchmark generator) is composed from: Danish names, goals in the
 * citizen's own words per FFB life area, and phrases for short journal notes and follow-ups.
 */

export const FEMALE_NAMES = [
  'Anne', 'Mette', 'Hanne', 'Kirsten', 'Susanne', 'Lene', 'Maria', 'Marianne', 'Camilla', 'Louise',
  'Charlotte', 'Pia', 'Tina', 'Bente', 'Helle', 'Inge', 'Karen', 'Julie', 'Sofie', 'Ida',
  'Emma', 'Freja', 'Cecilie', 'Line', 'Sanne', 'Rikke', 'Malene', 'Birgitte', 'Dorthe', 'Lone',
  'Gitte', 'Jette', 'Signe', 'Nanna', 'Laura', 'Mathilde', 'Josefine', 'Amalie', 'Katrine', 'Stine',
];

export const MALE_NAMES = [
  'Peter', 'Michael', 'Lars', 'Jens', 'Thomas', 'Henrik', 'Søren', 'Martin', 'Jan', 'Niels',
  'Anders', 'Christian', 'Morten', 'Jesper', 'Rasmus', 'Mads', 'Kim', 'Ole', 'Bent', 'Jørgen',
  'Frederik', 'Mikkel', 'Jonas', 'Emil', 'Kasper', 'Simon', 'Nikolaj', 'Brian', 'Allan', 'Kenneth',
  'René', 'Torben', 'Poul', 'Erik', 'Steen', 'Claus', 'Jacob', 'Lasse', 'Oliver', 'Mathias',
];

export const SURNAMES = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen',
  'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen', 'Møller', 'Mortensen',
  'Knudsen', 'Jakobsen', 'Mikkelsen', 'Olesen', 'Frederiksen', 'Laursen', 'Henriksen', 'Lund', 'Holm', 'Schmidt',
  'Eriksen', 'Kristiansen', 'Nissen', 'Clausen', 'Simonsen', 'Svendsen', 'Andreasen', 'Iversen', 'Østergaard', 'Jeppesen',
  'Vestergaard', 'Nørgaard', 'Dahl', 'Bach', 'Friis', 'Kjær', 'Lauridsen', 'Skov', 'Bang', 'Mølgaard',
];

/** Danish first names popular in each birth decade (Danmarks Statistik's lists, roughly), for citizens' names to fit their age. */
const DANISH_BY_DECADE: Record<number, { female: string[]; male: string[] }> = {
  1940: { female: ['Inger', 'Kirsten', 'Ruth', 'Grethe', 'Birthe', 'Ellen', 'Jytte', 'Else'], male: ['Jens', 'Poul', 'Hans', 'Niels', 'Jørgen', 'Knud', 'Erik', 'Svend'] },
  1950: { female: ['Hanne', 'Kirsten', 'Susanne', 'Lone', 'Jytte', 'Bente', 'Inge', 'Birthe', 'Karen', 'Grethe'], male: ['Jens', 'Peter', 'Hans', 'Jørgen', 'Niels', 'Poul', 'Ole', 'Bent', 'Erik', 'Flemming'] },
  1960: { female: ['Susanne', 'Anne', 'Hanne', 'Lene', 'Pia', 'Gitte', 'Jette', 'Helle', 'Dorthe', 'Tina'], male: ['Lars', 'Michael', 'Henrik', 'Søren', 'Jan', 'Thomas', 'Steen', 'Claus', 'Torben', 'Kim'] },
  1970: { female: ['Mette', 'Charlotte', 'Tina', 'Camilla', 'Louise', 'Malene', 'Rikke', 'Maria', 'Marianne', 'Birgitte'], male: ['Martin', 'Thomas', 'Jesper', 'Morten', 'Brian', 'Allan', 'Kenneth', 'René', 'Jacob', 'Christian'] },
  1980: { female: ['Maria', 'Camilla', 'Louise', 'Sarah', 'Line', 'Stine', 'Sanne', 'Julie', 'Katrine', 'Signe'], male: ['Christian', 'Martin', 'Kasper', 'Mads', 'Rasmus', 'Jonas', 'Nikolaj', 'Simon', 'Anders', 'Morten'] },
  1990: { female: ['Julie', 'Camilla', 'Sofie', 'Ida', 'Cecilie', 'Mathilde', 'Louise', 'Line', 'Nanna', 'Emma'], male: ['Mathias', 'Frederik', 'Rasmus', 'Mikkel', 'Emil', 'Jonas', 'Nicklas', 'Kasper', 'Lasse', 'Oliver'] },
  2000: { female: ['Emma', 'Freja', 'Ida', 'Laura', 'Mathilde', 'Josefine', 'Amalie', 'Clara', 'Sofie', 'Anna'], male: ['Lucas', 'Mikkel', 'Oliver', 'Frederik', 'Emil', 'Magnus', 'William', 'Noah', 'Mathias', 'Victor'] },
};

/**
 * Names of Danes of other origins (about one citizen in eight), with surnames; a pair is
 * [male, female] where the language inflects the surname (Polish).
 */
const OTHER_ORIGINS: Array<{ female: string[]; male: string[]; surnames: Array<string | [string, string]> }> = [
  { female: ['Fatima', 'Aisha', 'Mariam', 'Yasmin', 'Noor'], male: ['Mohammad', 'Ahmad', 'Ali', 'Omar', 'Hassan'], surnames: ['Hussein', 'Mahmoud', 'Ali', 'Hassan', 'Abdullah', 'Khalil'] },
  { female: ['Ayşe', 'Elif', 'Zeynep', 'Emine', 'Fatma'], male: ['Mehmet', 'Mustafa', 'Ahmet', 'Emre', 'Hüseyin'], surnames: ['Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Öztürk', 'Aydın'] },
  { female: ['Hodan', 'Fadumo', 'Ifrah', 'Sahra', 'Hamdi'], male: ['Abdi', 'Mahad', 'Abdirahman', 'Liban', 'Yusuf'], surnames: ['Warsame', 'Farah', 'Mohamed', 'Jama', 'Osman', 'Hirsi'] },
  { female: ['Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Ewa'], male: ['Piotr', 'Tomasz', 'Krzysztof', 'Paweł', 'Marek'], surnames: [['Kowalski', 'Kowalska'], 'Nowak', ['Wiśniewski', 'Wiśniewska'], 'Wójcik', ['Kamiński', 'Kamińska']] },
  { female: ['Kavitha', 'Tharshini', 'Nirosha', 'Priya', 'Sharmila'], male: ['Sivakumar', 'Tharshan', 'Kajan', 'Suresh', 'Ramesh'], surnames: ['Sivarajah', 'Thevarajah', 'Jeyakumar', 'Balasingam', 'Kanagaratnam'] },
];

/** A citizen's name that fits the birth year: Danish names of the decade, or (one in eight) a name of another origin. */
export function citizenName(rng: Rng, birthYear: number, sex: 'male' | 'female'): { first: string; last: string; sex: 'male' | 'female' } {
  if (rng.chance(0.125)) {
    const origin = rng.pick(OTHER_ORIGINS);
    const surname = rng.pick(origin.surnames);
    return { first: rng.pick(origin[sex]), last: typeof surname === 'string' ? surname : surname[sex === 'male' ? 0 : 1], sex };
  }
  const decade = Math.min(2000, Math.max(1940, Math.floor(birthYear / 10) * 10));
  return { first: rng.pick(DANISH_BY_DECADE[decade][sex]), last: rng.pick(SURNAMES), sex };
}

/** Relations; parents only for younger citizens, children only for older ones; a guardian (værge) has no sex. */
export const RELATIONS: Array<{ relation: string; sex: 'male' | 'female' | 'any'; parent?: boolean; child?: boolean }> = [
  { relation: 'Mor', sex: 'female', parent: true },
  { relation: 'Far', sex: 'male', parent: true },
  { relation: 'Søster', sex: 'female' },
  { relation: 'Bror', sex: 'male' },
  { relation: 'Datter', sex: 'female', child: true },
  { relation: 'Søn', sex: 'male', child: true },
  { relation: 'Værge', sex: 'any' },
  { relation: 'Moster', sex: 'female' },
  { relation: 'Ven', sex: 'male' },
  { relation: 'Veninde', sex: 'female' },
];

export const RELATIVE_NOTES = [
  'Ønsker kun at blive kontaktet ved akutte hændelser.',
  'Kommer på besøg hver anden søndag.',
  'Ringer typisk om aftenen efter kl. 19.',
  'Hjælper med økonomien.',
  'Deltager gerne i statusmøder.',
];

/** A goal as the citizen said it, with a sub-goal and an action that lead to it. */
export interface GoalIdea {
  title: string;
  whatMatters: string;
  subGoals: string[];
  actions: string[];
}

/** Goals per FFB activity-and-participation area (keyed by the area's display name in KL's code system). */
export const GOALS_BY_AREA: Record<string, GoalIdea[]> = {
  Egenomsorg: [
    { title: 'Jeg vil selv kunne tage mit bad om morgenen', whatMatters: 'Jeg vil ikke være afhængig af andre, når jeg skal i bad.', subGoals: ['Bader selv med støtte ved døren', 'Bader selv tre morgener om ugen'], actions: ['Billedguide på badeværelset', 'Fast morgenrutine med påmindelse'] },
    { title: 'Jeg vil huske at tage min medicin selv', whatMatters: 'Det er vigtigt for mig at have styr på min egen medicin.', subGoals: ['Tager morgenmedicin selv med påmindelse', 'Tager al medicin selv i en uge'], actions: ['Alarm på telefonen kl. 8 og 20', 'Ugentlig gennemgang af doseringsæske'] },
    { title: 'Jeg vil gerne sove bedre om natten', whatMatters: 'Når jeg sover godt, har jeg det bedre med de andre.', subGoals: ['Går i seng før kl. 23 fem dage om ugen'], actions: ['Søvndagbog i fire uger', 'Ingen skærm den sidste time før sengetid'] },
    { title: 'Jeg vil spise sundere og tabe mig fem kilo', whatMatters: 'Jeg vil gerne kunne gå længere ture uden at blive forpustet.', subGoals: ['Spiser frugt hver dag', 'Vejer mig hver mandag'], actions: ['Madplan sammen med kontaktpersonen', 'Kostvejledning hos diætist'] },
    { title: 'Jeg vil selv kunne klæde mig på efter vejret', whatMatters: 'Jeg vil ikke fryse eller svede, når jeg går ud.', subGoals: ['Tjekker vejret på telefonen om morgenen'], actions: ['Tøjet sorteres efter årstid i skabet'] },
  ],
  'Praktiske opgaver': [
    { title: 'Jeg vil selv kunne handle ind i Netto', whatMatters: 'Jeg vil bestemme selv, hvad jeg spiser.', subGoals: ['Skriver indkøbsseddel sammen med personalet', 'Handler selv med en medarbejder ventende udenfor'], actions: ['Fast indkøbstur hver torsdag', 'Øve betaling med MobilePay'] },
    { title: 'Jeg vil lære at lave aftensmad to gange om ugen', whatMatters: 'Jeg vil gerne kunne invitere min søster på mad.', subGoals: ['Laver en ret efter billedopskrift', 'Laver aftensmad én gang om ugen'], actions: ['Madlavning i fælleskøkkenet tirsdag', 'Billedopskrifter i en mappe'] },
    { title: 'Jeg vil selv holde orden i min lejlighed', whatMatters: 'Jeg vil gerne have det pænt, når jeg får gæster.', subGoals: ['Støvsuger selv hver fredag', 'Tager opvasken hver aften'], actions: ['Ugeskema for rengøring på køleskabet'] },
    { title: 'Jeg vil selv kunne vaske mit tøj', whatMatters: 'Det er pinligt for mig, at andre vasker mit undertøj.', subGoals: ['Sorterer vasketøj selv', 'Starter vaskemaskinen selv'], actions: ['Fast vaskedag om mandagen', 'Mærkater på vaskemaskinens knapper'] },
    { title: 'Jeg vil have styr på mine penge hele måneden', whatMatters: 'Jeg vil ikke løbe tør for penge sidst på måneden.', subGoals: ['Lægger budget for måneden med støtte', 'Har penge tilbage den 25.'], actions: ['Ugentlige lommepenge på kontantkort', 'Budgetsamtale den 1. i hver måned'] },
  ],
  Mobilitet: [
    { title: 'Jeg vil selv kunne tage bussen til byen', whatMatters: 'Jeg vil kunne besøge mine venner uden at spørge om lov.', subGoals: ['Kører med bus 5A sammen med en medarbejder', 'Kører selv, medarbejder møder mig i byen'], actions: ['Rejsekort sat op sammen', 'Øvetur hver onsdag'] },
    { title: 'Jeg vil gå en tur hver dag', whatMatters: 'Jeg har det bedre, når jeg har været ude.', subGoals: ['Går en tur på 15 minutter tre dage om ugen'], actions: ['Gåtur efter frokost med kontaktpersonen', 'Skridttæller på telefonen'] },
    { title: 'Jeg vil kunne cykle til mit arbejde', whatMatters: 'Jeg vil gerne møde til tiden uden at blive kørt.', subGoals: ['Cykler ruten sammen med en medarbejder'], actions: ['Cyklen efterses', 'Ruten øves to gange om ugen'] },
    { title: 'Jeg vil kunne gå på trapper uden at falde', whatMatters: 'Jeg vil kunne besøge min bror, der bor på 2. sal.', subGoals: ['Træner balance to gange om ugen'], actions: ['Træning med fysioterapeut', 'Gelænder på begge sider af trappen'] },
  ],
  Kommunikation: [
    { title: 'Jeg vil kunne sige til, når noget er svært', whatMatters: 'Jeg bliver vred, når ingen forstår mig.', subGoals: ['Bruger trafiklys-kortet til at vise humør', 'Beder selv om en pause'], actions: ['Trafiklys-kort på døren', 'Daglig kort snak efter aftensmaden'] },
    { title: 'Jeg vil lære at skrive beskeder på min telefon', whatMatters: 'Jeg vil gerne kunne skrive til min familie.', subGoals: ['Skriver en besked til min mor hver uge'], actions: ['Talegenkendelse slået til', 'Øver beskeder hver mandag'] },
    { title: 'Jeg vil selv kunne ringe til lægen', whatMatters: 'Jeg vil ikke have, at andre skal tale for mig.', subGoals: ['Skriver ned hvad jeg vil sige', 'Ringer selv med en medarbejder ved siden af'], actions: ['Huskeseddel til telefonsamtaler'] },
    { title: 'Jeg vil kunne læse mine breve fra kommunen', whatMatters: 'Jeg bliver bange, når jeg får post, jeg ikke forstår.', subGoals: ['Åbner e-Boks sammen med en medarbejder hver uge'], actions: ['Oplæsning med app', 'Fast tid til post om fredagen'] },
  ],
  Samfundsliv: [
    { title: 'Jeg vil gerne have et job i kantinen', whatMatters: 'Jeg vil gerne bidrage og have noget at stå op til.', subGoals: ['Praktik to dage om ugen', 'Møder til tiden i fire uger'], actions: ['Samtale med jobcentret', 'Fast vækning kl. 7 på praktikdage'] },
    { title: 'Jeg vil starte på VUC og tage dansk', whatMatters: 'Jeg vil kunne hjælpe min datter med lektier.', subGoals: ['Deltager i et introforløb'], actions: ['Tilmelding sammen med kontaktpersonen', 'Lektiestøtte onsdag aften'] },
    { title: 'Jeg vil selv kunne betale mine regninger', whatMatters: 'Jeg vil ikke have rykkere igen.', subGoals: ['Tilmelder faste regninger til Betalingsservice'], actions: ['Gennemgang af netbank hver måned'] },
    { title: 'Jeg vil gå til fodbold i den lokale klub', whatMatters: 'Jeg savner at være en del af et hold.', subGoals: ['Deltager i en prøvetræning'], actions: ['Kontakt til klubbens træner', 'Følgeskab de første tre gange'] },
  ],
  Relationer: [
    { title: 'Jeg vil gerne se min datter hver uge', whatMatters: 'Min datter betyder alt for mig.', subGoals: ['Aftaler besøg i kalenderen', 'Besøg hver søndag i en måned'], actions: ['Fast aftale med datterens mor', 'Støtte til planlægning af besøg'] },
    { title: 'Jeg vil have en ven at gå i biografen med', whatMatters: 'Jeg er meget alene i weekenderne.', subGoals: ['Deltager i husets filmaften', 'Inviterer en anden beboer med ud'], actions: ['Information om klubtilbud i byen', 'Samtale om venskaber'] },
    { title: 'Jeg vil gerne være med i fællesspisningen', whatMatters: 'Jeg vil gerne høre til i huset.', subGoals: ['Spiser med i fællesstuen to gange om ugen'], actions: ['Fast plads ved bordet', 'Medarbejder sidder ved siden af de første gange'] },
    { title: 'Jeg vil ringe til min mor hver søndag', whatMatters: 'Vi har ikke talt sammen i lang tid, og det vil jeg gerne ændre.', subGoals: ['Ringer til min mor tre søndage i træk'], actions: ['Påmindelse søndag kl. 18', 'Snak om hvordan samtalen gik'] },
    { title: 'Jeg vil kunne være sammen med andre uden at komme op at skændes', whatMatters: 'Jeg vil ikke miste mine venner igen.', subGoals: ['Går fra, når jeg bliver vred', 'Ingen konflikter i fællesstuen i en måned'], actions: ['Aftalt signal til personalet', 'Samtale efter svære situationer'] },
  ],
};

export const STEP_RESPONSIBLE = ['Kontaktperson', 'Borgeren selv', 'Personalet i aftenvagt', 'Pædagog', 'Sygeplejerske', 'Ergoterapeut'];

export const EXTERNAL_RESPONSIBLE = ['Jobcentret', 'Egen læge', 'Ergoterapeut, Genoptræningen', 'Misbrugscentret'];

export const STATUS_REASONS = {
  achieved: ['Målet er nået, og borgeren klarer det nu selv.', 'Borgeren har nået målet og ønsker et nyt.'],
  paused: ['Borgeren ønsker en pause i arbejdet med målet.', 'Sat på pause under indlæggelse.'],
} as const;

export const FOLLOW_UP_NOTES = {
  improved: [
    'Går den rigtige vej. Borgeren klarer flere dele af opgaven selv end ved sidste opfølgning.',
    'Tydelig fremgang. Borgeren er stolt og vil gerne fortsætte.',
    'Borgeren har brugt de aftalte redskaber, og det virker.',
  ],
  unchanged: [
    'Uændret siden sidst. Vi fortsætter med samme indsats og justerer tidspunktet.',
    'Borgeren har haft en svær periode; målet fastholdes.',
    'Stabilt. Aftalt at delmålet gøres mindre.',
  ],
  declined: [
    'Tilbagegang efter indlæggelse. Indsatsen genoptages i mindre skridt.',
    'Borgeren har mistet motivationen; vi taler om, hvad der betyder mest nu.',
  ],
} as const;

/** Journal notes are composed of an observation, what happened, and a closing remark. */
export const NOTE_OPENINGS = [
  '{navn} var i godt humør ved morgenmaden.',
  '{navn} sov længe og kom først op ved 11-tiden.',
  '{navn} virkede træt og lidt indesluttet i formiddags.',
  '{navn} havde en rolig dag.',
  '{navn} var urolig om eftermiddagen og ønskede at være på sit værelse.',
  '{navn} deltog i fællesspisningen og snakkede med de andre beboere.',
  '{navn} fik besøg af familien i eftermiddag.',
  '{navn} klagede over hovedpine om morgenen.',
  '{navn} var glad og snakkesalig efter aktivitetscentret.',
  '{navn} var irritabel ved middagen, men faldt til ro efter en snak.',
  '{navn} har været ude hele formiddagen.',
  '{navn} bad selv om en samtale med kontaktpersonen.',
  '{navn} var ked af det efter en telefonsamtale.',
  '{navn} var med på tur til stranden.',
  '{navn} var oppe flere gange i nat.',
];

export const NOTE_MIDDLES = [
  'Vi gik en tur til søen sammen.',
  'Hjalp med oprydning på værelset.',
  'Vi talte om ugens aftaler og lavede en plan for weekenden.',
  'Tømte selv opvaskemaskinen uden påmindelse.',
  'Var med til at handle ind til aftensmaden.',
  'Ringede til lægen sammen med personalet.',
  'Spillede kort med to andre beboere i fællesstuen.',
  'Vaskede tøj med lidt guidning.',
  'Vi gennemgik posten i e-Boks sammen.',
  'Var til træning og fortalte bagefter, at det gik godt.',
  'Lavede selv frokost.',
  'Havde en god samtale om familien.',
  'Tog selv medicinen til tiden.',
  'Ville ikke deltage i dagens aktivitet; det blev respekteret.',
  'Så film i fællesstuen om aftenen.',
];

export const NOTE_CLOSINGS = [
  'Ingen særlige bemærkninger.',
  'Aftalt at vi følger op i morgen.',
  'Kontaktpersonen er orienteret.',
  'Fortsætter med samme plan.',
  'Virkede tilfreds, da vi sluttede.',
  'Aftenvagten holder øje med søvnen.',
  'Skal mindes om tandlægetid på torsdag.',
  'God dag.',
];

export const GOAL_NOTE_PHRASES = [
  'Vi arbejdede med målet «{mål}». Det gik bedre end sidst.',
  'Arbejdede med målet «{mål}». {navn} klarede det meste selv.',
  'Målet «{mål}» var svært i dag; vi prøver igen på torsdag.',
  'Øvede målet «{mål}» sammen. {navn} var stolt bagefter.',
];

/** Danish letters in usernames: æ → ae, ø → oe, å → aa, é → e. */
export function asciiName(s: string): string {
  return s
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'oe')
    .replaceAll('å', 'aa')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}
