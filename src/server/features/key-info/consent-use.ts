import type { Queryable } from '../../db/index.js';
import type { VisibleCitizen } from '../../access/gate.js';
import { AppError, notFound } from '../../errors.js';
import { todayInCopenhagen } from '../../../domain/dates.js';
import type { ConsentScope } from '../../../contracts/key-info.js';
import { getConsent } from './queries.js';

/** The audit detail of a read or export made under a consent: the consent and its recipient. */
export interface ConsentUse {
  consentId: string;
  consentRecipient: string;
}

/**
 * The consent a read or export of the citizen's `scope` is made under, checked: one of the
 * citizen's (else 404), standing today (not withdrawn, given, not expired) and covering `scope`
 * (else 400 on `consentId`). Its answer goes into the audit row's detail, so each use is logged
 * against the consent (the consent register counts them). No consent asked: nothing to log.
 */
export async function underConsent(tx: Queryable, citizen: VisibleCitizen, consentId: string | undefined, scope: ConsentScope): Promise<ConsentUse | undefined> {
  if (!consentId) return undefined;
  const consent = await getConsent(tx, citizen, consentId, todayInCopenhagen());
  if (!consent) throw notFound('Samtykket');
  const refuse = (message: string) => new AppError(400, 'invalid_input', message, { consentId: message });
  if (!consent.active) throw refuse('Samtykket gælder ikke i dag (trukket tilbage, udløbet eller endnu ikke givet).');
  if (!consent.scopes.includes(scope)) throw refuse('Samtykket omfatter ikke det, der skal deles.');
  return { consentId: consent.id, consentRecipient: consent.recipient_name };
}
