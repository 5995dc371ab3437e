import type { Queryable } from '../../db/index.js';
import type { VisibleCitizen } from '../../access/gate.js';
import { badRequest } from '../../errors.js';
import type { ReferralInput } from '../../../contracts/referrals.js';
import { FFB_GROUPS } from '../../../domain/ffb.js';
import { checkReferral } from '../../../domain/visitation/referral.js';
import { checkAssessment } from '../../../domain/visitation/assessment.js';
import { rollUpSupportNeed } from '../../../domain/visitation/support-need.js';
import { loadConcepts } from '../plans/queries.js';
import { citizenAge, ffbAreas, referralCatalogues } from './queries.js';

/**
 * Checks a referral against the rules (domain/visitation: the § 141 plan's parts, a stay's legal
 * basis, known target groups and flags, an adult citizen, the support need on FFB's scale) and the
 * catalogues (FFB conditions and levels, methods, municipalities): 400 with every field's message.
 */
export async function assertValidReferral(tx: Queryable, citizen: VisibleCitizen, b: ReferralInput, today: string): Promise<void> {
  const catalogues = await referralCatalogues(tx);
  const codes = [...b.assessment.flatMap((a) => [a.conditionCode, a.levelCode]), ...(b.supportNeedCode ? [b.supportNeedCode] : [])];
  const concepts = codes.length ? await loadConcepts(tx, codes) : new Map();
  const areas = new Set((await ffbAreas(tx, FFB_GROUPS.activityAndParticipation)).map((a) => a.code));
  const age = await citizenAge(tx, citizen, b.expectedMoveIn ?? today);
  const errors: Record<string, string> = {
    ...checkReferral(
      {
        id: '',
        legalBasis: b.legalBasis,
        targetGroups: b.targetGroups,
        flags: b.flags,
        age,
        needs: b.needs,
        methodsWanted: b.methodsWanted,
        wishes: { area: null, nearFamily: null, pets: b.wishes.pets },
        supportNeed: rollUpSupportNeed(b.assessment, concepts),
        urgency: b.urgency,
      },
      b.actionPlan,
      { stayLegalBases: catalogues.stayLegalBases, targetGroups: catalogues.targetGroups, areas },
    ),
    ...checkAssessment(b.assessment, concepts),
  };
  if (new Set(b.targetGroups).size !== b.targetGroups.length) errors.targetGroups = 'Vælg hver målgruppe én gang.';
  if (b.methodsWanted.some((m) => !catalogues.methods.has(m))) errors.methodsWanted = 'Ukendt metode eller specialisering.';
  if (b.supportNeedCode && concepts.get(b.supportNeedCode)?.parentCode !== FFB_GROUPS.supportNeedLevel) {
    errors.supportNeedCode = "Vælg et støttebehov på FFB's skala.";
  }
  if (b.wishes.municipalityCode && !catalogues.municipalities.has(b.wishes.municipalityCode)) errors['wishes.municipalityCode'] = 'Ukendt kommune.';
  if (b.wishes.familyMunicipalityCode && !catalogues.municipalities.has(b.wishes.familyMunicipalityCode)) errors['wishes.familyMunicipalityCode'] = 'Ukendt kommune.';
  if (b.expectedMoveIn && b.expectedMoveIn < today) errors.expectedMoveIn = 'Forventet indflytning kan ikke ligge i fortiden.';
  if (Object.keys(errors).length) throw badRequest('Henvisningen er ikke udfyldt korrekt.', errors);
}
