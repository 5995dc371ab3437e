/**
 * Referrals (henvisninger, issue 14): the case worker's request for a stay with the § 141 action
 * plan, a functional assessment on FFB conditions rolled up to the six life areas, target groups,
 * flags, wishes and physical needs; their documents; the committee's transitions (read here; the
 * steps are the committee feature's); re-visitation reports from the facility; the citizen's
 * application status for the portal to come.
 */
import { z } from 'zod';
import { CareDate, dataOf, flags, Ref, Version } from './common.js';
import { REFERRAL_FLAGS } from '../domain/visitation/types.js';
import { REFERRAL_STATES } from '../domain/visitation/committee.js';

export const referralStates = REFERRAL_STATES;
export const urgencies = ['normal', 'urgent', 'acute'] as const;

/** The documents a referral may carry, by media type, and the most one may weigh (10 MB). */
export const DOCUMENT_MEDIA_TYPES = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/msword': 'doc',
  'application/vnd.oasis.opendocument.text': 'odt',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'text/plain': 'txt',
} as const;
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

const text = (max: number) => z.string().trim().max(max, `Teksten er for lang (højst ${max} tegn).`);
const required = (max: number, message: string) => z.string(message).trim().min(1, message).max(max, `Teksten er for lang (højst ${max} tegn).`);
const Code = z.string().trim().min(1, 'Vælg en værdi.').max(100, 'Ugyldig kode.');
const MunicipalityCode = z.string().regex(/^\d{3}$/, 'Vælg en kommune.').nullable().default(null);
const District = z.string().trim().min(1).max(100, 'Højst 100 tegn.').nullable().default(null);

export const ActionPlanInput = z.strictObject({
  purpose: required(5000, 'Skriv formålet med indsatsen (§ 141).'),
  interventionsNeeded: required(5000, 'Skriv hvilken indsats der er nødvendig (§ 141).'),
  expectedDuration: required(500, 'Skriv indsatsens forventede varighed (§ 141).'),
  otherMatters: z.strictObject({
    housing: text(2000).default(''),
    employment: text(2000).default(''),
    personalHelp: text(2000).default(''),
    treatment: text(2000).default(''),
    aids: text(2000).default(''),
  }),
});
export type ActionPlanInput = z.infer<typeof ActionPlanInput>;

export const AssessmentLineInput = z.strictObject({
  conditionCode: Code,
  levelCode: Code,
  note: text(2000).default(''),
});

export const ReferralInput = z.strictObject({
  /** 'new' or 'acute'; a re-visitation is one that names the report it answers. */
  typeCode: z.enum(['new', 'acute'], 'Vælg typen af henvisning.').default('new'),
  /** The re-visitation report this referral answers (type 'revisitation', linked to the old referral). */
  revisitationReportId: z.uuid('Ukendt revisitation.').nullable().default(null),
  urgency: z.enum(urgencies, 'Vælg hvor hastende henvisningen er.').default('normal'),
  /** The legal basis of a stay sought, e.g. '§107'. */
  legalBasis: z.string('Vælg paragraffen, der søges ophold efter.').min(1, 'Vælg paragraffen, der søges ophold efter.').max(20),
  /** Target groups in order: the first is the primary one. */
  targetGroups: z.array(Code).min(1, 'Vælg mindst én målgruppe; den første er den primære.').max(20, 'Højst 20 målgrupper.'),
  flags: z.array(z.enum(REFERRAL_FLAGS, 'Ukendt markering.')).max(REFERRAL_FLAGS.length).default([]),
  methodsWanted: z.array(Code).max(20, 'Højst 20 metoder.').default([]),
  /** The support need sought: an FFB 'Støttebehov' level. */
  supportNeedCode: Code.nullable().default(null),
  actionPlan: ActionPlanInput,
  assessment: z.array(AssessmentLineInput).max(40, 'Højst 40 tilstande.').default([]),
  wishes: z
    .strictObject({
      text: text(2000).default(''),
      municipalityCode: MunicipalityCode,
      district: District,
      familyMunicipalityCode: MunicipalityCode,
      familyDistrict: District,
      pets: z.boolean().default(false),
    })
    .default({ text: '', municipalityCode: null, district: null, familyMunicipalityCode: null, familyDistrict: null, pets: false }),
  needs: z
    .strictObject({
      ownBath: z.boolean().default(false),
      ownKitchen: z.boolean().default(false),
      minAreaM2: z.number('Skriv et antal m².').gt(0, 'Arealet er et antal m² over 0.').lt(1000, 'Arealet skal være under 1000 m².').nullable().default(null),
    })
    .default({ ownBath: false, ownKitchen: false, minAreaM2: null }),
  expectedMoveIn: CareDate.nullable().default(null),
});
export type ReferralInput = z.infer<typeof ReferralInput>;
export const CreateReferralBody = ReferralInput;
export const UpdateReferralBody = ReferralInput.extend({ version: Version });
export type UpdateReferralInput = z.infer<typeof UpdateReferralBody>;

export const ReferralParams = z.strictObject({ referralId: z.uuid('Ukendt henvisning.') });
export const DocumentParams = z.strictObject({ referralId: z.uuid('Ukendt henvisning.'), documentId: z.uuid('Ukendt dokument.') });
export const UploadQuery = z.strictObject({
  fileName: z.string('Angiv filens navn.').trim().min(1, 'Angiv filens navn.').max(200, 'Filnavnet er for langt (højst 200 tegn).'),
});
export const ReferralListQuery = z.strictObject({ state: z.enum(REFERRAL_STATES, 'Ukendt status.').optional() });

const CodeName = z.object({ code: z.string(), name: z.string() });

export const Transition = z.object({
  seq: z.number(),
  action: z.string(),
  actionLabel: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  toStateLabel: z.string(),
  orgUnit: Ref.nullable(),
  placeId: z.string().nullable(),
  reason: z.string().nullable(),
  condition: z.string().nullable(),
  actor: Ref,
  at: z.string(),
});

export const ReferralDocument = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number(),
  uploadedBy: Ref,
  uploadedAt: z.string(),
});
export type ReferralDocument = z.infer<typeof ReferralDocument>;

export const ReferralSummary = z.object({
  id: z.string(),
  citizen: Ref,
  type: CodeName,
  state: z.enum(REFERRAL_STATES),
  stateLabel: z.string(),
  urgency: z.enum(urgencies),
  legalBasis: z.string(),
  primaryTargetGroup: CodeName.nullable(),
  flags: z.array(z.enum(REFERRAL_FLAGS)),
  receivedOn: z.string(),
  offeredTo: Ref.nullable(),
  caseWorker: Ref,
  /** Since when the referral has had its state (its last transition). */
  stateSince: z.string(),
});
export type ReferralSummary = z.infer<typeof ReferralSummary>;

export const Referral = ReferralSummary.extend({
  previousReferralId: z.string().nullable(),
  revisitationReportId: z.string().nullable(),
  targetGroups: z.array(CodeName.extend({ position: z.number() })),
  methodsWanted: z.array(CodeName),
  supportNeed: CodeName.nullable(),
  actionPlan: z.object({
    purpose: z.string(),
    interventionsNeeded: z.string(),
    expectedDuration: z.string(),
    otherMatters: z.object({ housing: z.string(), employment: z.string(), personalHelp: z.string(), treatment: z.string(), aids: z.string() }),
  }),
  assessment: z.array(z.object({ condition: CodeName, area: CodeName, level: CodeName, note: z.string() })),
  /** The assessment rolled up to the six activity-and-participation areas: the worst level per area, 0–4 (null: not assessed). */
  areas: z.array(z.object({ area: CodeName, level: z.number().nullable() })),
  wishes: z.object({
    text: z.string(),
    municipality: CodeName.nullable(),
    district: z.string().nullable(),
    familyMunicipality: CodeName.nullable(),
    familyDistrict: z.string().nullable(),
    pets: z.boolean(),
  }),
  needs: z.object({ ownBath: z.boolean(), ownKitchen: z.boolean(), minAreaM2: z.number().nullable() }),
  expectedMoveIn: z.string().nullable(),
  decidedAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
  transitions: z.array(Transition),
  documents: z.array(ReferralDocument),
  abilities: flags('edit', 'upload'),
});
export type Referral = z.infer<typeof Referral>;
export const ReferralResponse = dataOf(Referral);
export const ReferralList = dataOf(z.array(ReferralSummary));
export const DocumentResponse = dataOf(ReferralDocument);

/** What the referral form picks from, besides the shared catalogue (/catalogue). */
export const ReferralCatalogue = dataOf(
  z.object({
    methods: z.array(CodeName.extend({ kind: z.enum(['method', 'specialisation']) })),
    types: z.array(CodeName.extend({ deadlineDays: z.number() })),
    /** FFB conditions under the six life areas. */
    conditions: z.array(z.object({ code: z.string(), display: z.string(), area: z.object({ code: z.string(), display: z.string() }) })),
  }),
);

export const RevisitationReportBody = z.strictObject({
  whatChanged: required(5000, 'Skriv hvad der har ændret sig i borgerens behov.'),
});
export const RevisitationReport = z.object({
  id: z.string(),
  citizen: Ref,
  unit: Ref,
  whatChanged: z.string(),
  reportedBy: Ref,
  reportedAt: z.string(),
  /** The referral the citizen came on (the one a new referral follows and is prefilled from). */
  previousReferralId: z.string().nullable(),
  /** The referral opened in answer, once there is one. */
  answeredByReferralId: z.string().nullable(),
  /** The case workers assigned to the citizen, who see the report in their list (none: no one is told yet). */
  caseWorkers: z.array(Ref),
});
export type RevisitationReport = z.infer<typeof RevisitationReport>;
export const RevisitationReportResponse = dataOf(RevisitationReport);
export const RevisitationReportList = dataOf(z.array(RevisitationReport));

/** A citizen's applications in plain Danish: state, since when, and what happens next. */
export const ApplicationStatus = dataOf(
  z.object({
    citizen: Ref,
    applications: z.array(
      z.object({
        referralId: z.string(),
        type: z.string(),
        state: z.enum(REFERRAL_STATES),
        status: z.string(),
        since: z.string(),
        nextStep: z.string(),
        receivedOn: z.string(),
      }),
    ),
  }),
);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;
