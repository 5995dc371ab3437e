import { bvcLevel, type Aid, type Allergy, type Consent, type CrisisPlan, type Professional, type Representative, type RiskAssessment } from '../../../contracts/key-info.js';
import type { ConsentRow, CrisisPlanRow, ItemRow, RepresentativeRow, RiskRow } from './queries.js';

// The plain lists' rows carry exactly their contract's fields (the answer's encoding keeps only those).
export const presentProfessional = (r: ItemRow) => r as unknown as Professional;
export const presentAllergy = (r: ItemRow) => r as unknown as Allergy;
export const presentAid = (r: ItemRow) => r as unknown as Aid;

export function presentRisk(r: RiskRow): RiskAssessment {
  const scores = {
    confused: r.confused,
    irritable: r.irritable,
    boisterous: r.boisterous,
    verbalThreats: r.verbal_threats,
    physicalThreats: r.physical_threats,
    attackingObjects: r.attacking_objects,
  };
  const total = Object.values(scores).reduce((a, b) => a + b, 0);
  return { id: r.id, assessedOn: r.assessed_on, scores, total, level: bvcLevel(total), note: r.note, assessedBy: r.assessed_by_name };
}

export const presentCrisisPlan = (r: CrisisPlanRow): CrisisPlan => ({
  signs: r.signs,
  whatHelps: r.what_helps,
  whoToCall: r.who_to_call,
  version: r.version,
  updatedBy: r.updated_by_name,
  updatedAt: new Date(r.updated_at).toISOString(),
});

export const presentRepresentative = (r: RepresentativeRow): Representative => ({
  id: r.id,
  kind: r.kind,
  name: r.name,
  phone: r.phone,
  scope: r.scope,
  validFrom: r.valid_from,
  validTo: r.valid_to,
  note: r.note,
  active: r.active,
});

export const presentConsent = (r: ConsentRow): Consent => ({
  id: r.id,
  recipientKind: r.recipient_kind,
  relativeId: r.relative_id,
  recipientName: r.recipient_name,
  scopes: r.scopes,
  givenOn: r.given_on,
  validUntil: r.valid_until,
  note: r.note,
  withdrawnOn: r.withdrawn_on,
  withdrawnBy: r.withdrawn_by_name,
  active: r.active,
  uses: r.uses,
  lastUsedAt: r.last_used_at ? new Date(r.last_used_at).toISOString() : null,
});
