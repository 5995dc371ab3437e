/**
 * The demo's prescriptions by target group: realistic lines a doctor writes for residents of
 * social-psychiatric, substance-use, autism, brain-injury and disability homes, at the rounds'
 * usual times (08, 12, 17, 22). A palette, not advice.
 */
export interface DemoDrug {
  generic: string;
  trade: string;
  atc: string;
  form: string;
  strength: string;
  unit: string;
  /** Fixed: the dose at each time. PN: the single dose and the most per 24 hours. */
  times?: Array<[string, number]>;
  pn?: { dose: number; max: number };
  indication: string;
  instructions?: string;
  /** Where the doctor is: the GP ('gp') or a hospital department. */
  prescriber: 'gp' | 'psychiatry' | 'neurology';
}

const f = (generic: string, trade: string, atc: string, form: string, strength: string, times: Array<[string, number]>, indication: string, prescriber: DemoDrug['prescriber'] = 'gp', instructions = '', unit = 'stk'): DemoDrug =>
  ({ generic, trade, atc, form, strength, unit, times, indication, instructions, prescriber });
const pn = (generic: string, trade: string, atc: string, form: string, strength: string, dose: number, max: number, indication: string, prescriber: DemoDrug['prescriber'] = 'gp', instructions = '', unit = 'stk'): DemoDrug =>
  ({ generic, trade, atc, form, strength, unit, pn: { dose, max }, indication, instructions, prescriber });

const PARACETAMOL_PN = pn('paracetamol', 'Pamol', 'N02BE01', 'tablet', '500 mg', 2, 8, 'mod hovedpine og muskelsmerter', 'gp', 'Mindst 4 timer mellem doserne.');
const DIAZEPAM_RECTAL = pn('diazepam', 'Stesolid', 'N05BA01', 'rektalvæske', '10 mg', 1, 2, 'ved epileptisk krampeanfald, der varer over 5 minutter', 'neurology', 'Ring 112, hvis anfaldet ikke stopper 10 minutter efter.');
const LAKTULOSE_PN = pn('laktulose', 'Lactulose Meda', 'A06AD11', 'oral opløsning', '667 mg/ml', 15, 30, 'mod forstoppelse, når der ikke har været afføring i 2 døgn', 'gp', '', 'ml');
const MELATONIN = f('melatonin', 'Circadin', 'N05CH01', 'depottablet', '2 mg', [['22:00', 1]], 'mod indsovningsbesvær', 'gp', 'Gives 1 time før sengetid. Må ikke knuses.');
const MACROGOL = f('macrogol', 'Movicol', 'A06AD15', 'pulver til oral opløsning', '13,8 g', [['08:00', 1]], 'mod forstoppelse som bivirkning af anden medicin', 'gp', 'Opløses i et glas vand.', 'brev');
const OMEPRAZOL = f('omeprazol', 'Losec', 'A02BC01', 'enterokapsel', '20 mg', [['08:00', 1]], 'mod mavesår og halsbrand (mavebeskyttelse)', 'gp', 'Tages en halv time før morgenmaden.');

/**
 * Pain relief around the clock, every six hours (00, 06, 12, 18), so the night round has doses to
 * give: two residents of the staff login's unit have it besides their palette's lines.
 */
export const PARACETAMOL_AROUND_THE_CLOCK = f('paracetamol', 'Panodil', 'N02BE01', 'tablet', '500 mg', [['00:00', 2], ['06:00', 2], ['12:00', 2], ['18:00', 2]],
  'mod kroniske smerter i ryg og knæ', 'gp', 'Hver 6. time døgnet rundt, også om natten.');

export const FIXED: Record<string, DemoDrug[]> = {
  social_psychiatry: [
    f('quetiapin', 'Seroquel Prolong', 'N05AH04', 'depottablet', '200 mg', [['22:00', 2]], 'mod psykotiske symptomer ved skizofreni', 'psychiatry', 'Må ikke knuses.'),
    f('olanzapin', 'Zyprexa', 'N05AH03', 'tablet', '10 mg', [['22:00', 1]], 'mod psykotiske symptomer ved skizofreni', 'psychiatry'),
    f('aripiprazol', 'Abilify', 'N05AX12', 'tablet', '15 mg', [['08:00', 1]], 'mod psykotiske symptomer ved skizofreni', 'psychiatry'),
    f('clozapin', 'Leponex', 'N05AH02', 'tablet', '100 mg', [['08:00', 1], ['22:00', 2]], 'mod behandlingsresistent skizofreni', 'psychiatry', 'Blodprøve (leukocytter) hver måned.'),
    f('sertralin', 'Zoloft', 'N06AB06', 'tablet', '50 mg', [['08:00', 1]], 'mod depression', 'psychiatry'),
    f('escitalopram', 'Cipralex', 'N06AB10', 'tablet', '10 mg', [['08:00', 1]], 'mod angst og depression', 'psychiatry'),
    f('mirtazapin', 'Remeron', 'N06AX11', 'tablet', '30 mg', [['22:00', 1]], 'mod depression med søvnbesvær', 'psychiatry'),
    f('lithium', 'Litarex', 'N05AN01', 'depottablet', '6 mmol', [['08:00', 1], ['22:00', 1]], 'forebyggende mod maniske og depressive episoder ved bipolar lidelse', 'psychiatry', 'Lithiumkoncentration i blodet hver 3. måned.'),
    f('metformin', 'Glucophage', 'A10BA02', 'tablet', '500 mg', [['08:00', 1], ['17:00', 1]], 'mod type 2-diabetes', 'gp', 'Tages med mad.'),
    MELATONIN, OMEPRAZOL,
  ],
  substance_use: [
    f('naltrexon', 'Naltrexon Accord', 'N07BB04', 'tablet', '50 mg', [['08:00', 1]], 'mod alkoholtrang (forebyggelse af tilbagefald)'),
    f('disulfiram', 'Antabus', 'N07BB01', 'brusetablet', '200 mg', [['08:00', 1]], 'mod alkoholindtag (aftalt antabusbehandling)', 'gp', 'Opløses i vand. Gives under opsyn.'),
    f('escitalopram', 'Cipralex', 'N06AB10', 'tablet', '10 mg', [['08:00', 1]], 'mod angst og depression', 'psychiatry'),
    f('mirtazapin', 'Remeron', 'N06AX11', 'tablet', '15 mg', [['22:00', 1]], 'mod depression med søvnbesvær', 'psychiatry'),
    OMEPRAZOL,
  ],
  autism: [
    f('risperidon', 'Risperdal', 'N05AX08', 'tablet', '1 mg', [['08:00', 1], ['22:00', 1]], 'mod udadreagerende adfærd og svær irritabilitet ved autisme', 'psychiatry'),
    f('methylphenidat', 'Concerta', 'N06BA04', 'depottablet', '36 mg', [['08:00', 1]], 'mod ADHD: uro og koncentrationsbesvær', 'psychiatry', 'Må ikke knuses eller tygges.'),
    f('sertralin', 'Zoloft', 'N06AB06', 'tablet', '50 mg', [['08:00', 1]], 'mod angst og tvangstanker', 'psychiatry'),
    MELATONIN, MACROGOL,
  ],
  developmental_disability: [
    f('valproat', 'Orfiril Retard', 'N03AG01', 'depottablet', '500 mg', [['08:00', 1], ['22:00', 1]], 'mod epilepsi (generaliserede anfald)', 'neurology'),
    f('lamotrigin', 'Lamictal', 'N03AX09', 'tablet', '100 mg', [['08:00', 1], ['22:00', 1]], 'mod epilepsi (fokale anfald)', 'neurology'),
    f('levothyroxin', 'Eltroxin', 'H03AA01', 'tablet', '50 mikrogram', [['08:00', 1]], 'mod lavt stofskifte', 'gp', 'Tages fastende en halv time før morgenmaden.'),
    f('risperidon', 'Risperdal', 'N05AX08', 'tablet', '0,5 mg', [['08:00', 1], ['22:00', 1]], 'mod selvskadende adfærd og svær uro ved udviklingshæmning', 'psychiatry'),
    MACROGOL, MELATONIN,
  ],
  acquired_brain_injury: [
    f('baclofen', 'Baclofen Sandoz', 'M03BX01', 'tablet', '10 mg', [['08:00', 1], ['12:00', 1], ['17:00', 1]], 'mod spasticitet i arme og ben efter hjerneskade', 'neurology'),
    f('levetiracetam', 'Keppra', 'N03AX14', 'tablet', '500 mg', [['08:00', 1], ['22:00', 1]], 'mod epilepsi efter hjerneskade', 'neurology'),
    f('simvastatin', 'Zocor', 'C10AA01', 'tablet', '40 mg', [['22:00', 1]], 'mod forhøjet kolesterol (forebyggelse af ny blodprop)'),
    f('amlodipin', 'Norvasc', 'C08CA01', 'tablet', '5 mg', [['08:00', 1]], 'mod forhøjet blodtryk'),
    f('escitalopram', 'Cipralex', 'N06AB10', 'tablet', '10 mg', [['08:00', 1]], 'mod depression efter hjerneskade', 'psychiatry'),
    f('pantoprazol', 'Pantoloc', 'A02BC02', 'enterotablet', '40 mg', [['08:00', 1]], 'mod halsbrand og sure opstød'),
    MACROGOL,
  ],
  multiple_disabilities: [
    f('paracetamol', 'Panodil', 'N02BE01', 'tablet', '500 mg', [['08:00', 2], ['12:00', 2], ['17:00', 2], ['22:00', 2]], 'mod gigtsmerter i knæ og hofter'),
    f('amlodipin', 'Norvasc', 'C08CA01', 'tablet', '5 mg', [['08:00', 1]], 'mod forhøjet blodtryk'),
    f('levothyroxin', 'Eltroxin', 'H03AA01', 'tablet', '50 mikrogram', [['08:00', 1]], 'mod lavt stofskifte', 'gp', 'Tages fastende en halv time før morgenmaden.'),
    f('valproat', 'Orfiril Retard', 'N03AG01', 'depottablet', '300 mg', [['08:00', 1], ['22:00', 1]], 'mod epilepsi (generaliserede anfald)', 'neurology'),
    MACROGOL, OMEPRAZOL,
  ],
  visual_impairment: [
    f('metformin', 'Glucophage', 'A10BA02', 'tablet', '500 mg', [['08:00', 1], ['17:00', 1]], 'mod type 2-diabetes', 'gp', 'Tages med mad.'),
    f('atorvastatin', 'Lipitor', 'C10AA05', 'tablet', '20 mg', [['22:00', 1]], 'mod forhøjet kolesterol'),
    f('amlodipin', 'Norvasc', 'C08CA01', 'tablet', '5 mg', [['08:00', 1]], 'mod forhøjet blodtryk'),
    OMEPRAZOL,
  ],
};

export const PN: Record<string, DemoDrug[]> = {
  social_psychiatry: [
    pn('oxazepam', 'Oxapax', 'N05BA04', 'tablet', '15 mg', 1, 3, 'mod svær angst og indre uro, når samtale og skærmning ikke har hjulpet', 'psychiatry'),
    pn('quetiapin', 'Seroquel', 'N05AH04', 'tablet', '25 mg', 1, 4, 'mod svær uro og søvnløshed ved forværring af psykotiske symptomer', 'psychiatry'),
    pn('zopiclon', 'Imovane', 'N05CF01', 'tablet', '7,5 mg', 1, 1, 'mod indsovningsbesvær, højst 3 nætter i træk', 'psychiatry'),
    PARACETAMOL_PN,
  ],
  substance_use: [
    pn('diazepam', 'Stesolid', 'N05BA01', 'tablet', '5 mg', 1, 4, 'mod abstinenssymptomer (rysten, sved, uro) efter CIWA-skema', 'gp', 'Vurdér abstinenser med CIWA før hver dosis.'),
    pn('nikotin', 'Nicorette', 'N07BA01', 'sugetablet', '2 mg', 1, 15, 'mod nikotintrang på røgfrie dage'),
    PARACETAMOL_PN,
  ],
  autism: [
    DIAZEPAM_RECTAL,
    pn('oxazepam', 'Oxapax', 'N05BA04', 'tablet', '15 mg', 1, 2, 'mod svær angst ved skift og uforudsete ændringer, når piktogrammer og skærmning ikke har hjulpet', 'psychiatry'),
    PARACETAMOL_PN,
  ],
  developmental_disability: [
    DIAZEPAM_RECTAL,
    LAKTULOSE_PN,
    PARACETAMOL_PN,
  ],
  acquired_brain_injury: [
    LAKTULOSE_PN,
    pn('oxazepam', 'Oxapax', 'N05BA04', 'tablet', '15 mg', 1, 2, 'mod svær uro og angst om aftenen efter hjerneskaden', 'neurology'),
    PARACETAMOL_PN,
  ],
  multiple_disabilities: [
    pn('ibuprofen', 'Ipren', 'M01AE01', 'tablet', '400 mg', 1, 3, 'mod tandpine og menstruationssmerter', 'gp', 'Tages med mad.'),
    LAKTULOSE_PN,
    PARACETAMOL_PN,
  ],
  visual_impairment: [
    pn('cetirizin', 'Zyrtec', 'R06AE07', 'tablet', '10 mg', 1, 1, 'mod høfeber (kløende øjne, løbende næse)'),
    PARACETAMOL_PN,
  ],
};

export const PRESCRIBERS = {
  gp: ['Læge Anne Friis, Lægerne i Vestergade', 'Læge Peter Holm, Lægehuset Søndertorv', 'Læge Mette Kjær, Lægerne på Torvet', 'Læge Søren Toft, Lægehuset Engvej'],
  psychiatry: ['Psykiatrisk Center København, ambulatoriet', 'Distriktspsykiatrien Vest', 'Overlæge Jens Lund, Psykiatrisk Center Amager'],
  neurology: ['Neurologisk afdeling, Rigshospitalet', 'Epilepsiklinikken, Filadelfia'],
};

export const EFFECTS = ['Faldt til ro efter ca. 30 minutter.', 'Sov efter en times tid.', 'Smerterne aftog, kunne deltage i aftensmaden.', 'Ingen synlig virkning efter en time; tilbudt gåtur i stedet.', 'Mindre rysten efter 45 minutter.'];
export const SIDE_EFFECTS: Record<'mild' | 'moderate' | 'serious', string[]> = {
  mild: ['Træt og sløv om formiddagen.', 'Mundtørhed, drikker meget vand.', 'Let kvalme efter morgenmedicinen.'],
  moderate: ['Rysten på hænderne ved morgenmaden.', 'Svimmel, når hun rejser sig hurtigt.', 'Har taget 4 kg på på en måned.'],
  serious: ['Besvimede ved morgenmaden, kom til sig selv efter et minut.', 'Kraftigt rødt udslæt på arme og mave.', 'Meget langsom puls (44) og bleg.'],
};
export const DOCTOR_NOTES = ['Lægen halverer dosis fra i morgen og ser borgeren på fredag.', 'Vagtlægen: observér, kontakt igen ved forværring. Blodtryk måles i morgen.', 'Lægen seponerer præparatet og ordinerer et andet.'];
export const CHANGE_REASONS = ['Lægen øgede dosis efter samtale.', 'Ny ordination efter medicingennemgang.', 'Dosis nedsat på grund af træthed.'];
export const PAUSE_REASONS = ['Indlagt på hospitalet, pauset efter aftale med lægen.', 'Pauset af lægen på grund af bivirkninger, ny vurdering om 14 dage.'];
export const STOP_REASONS = ['Seponeret af lægen: ikke længere behov.', 'Seponeret på grund af bivirkninger (vægtøgning).', 'Skiftet til andet præparat ved medicingennemgang.'];
