/** The lists the pages name (kept here, not from the contract: zod stays out of the bundle). */
export const referralStates = ['submitted', 'offered', 'accepted', 'accepted_on_condition', 'declined', 'waiting', 'placed', 'refused', 'withdrawn'] as const;
export const referralFlags = ['outwardReacting', 'substanceUse', 'somaticCare', 'dementia', 'wheelchair'] as const;
export const otherMatters = ['housing', 'employment', 'personalHelp', 'treatment', 'aids'] as const;
/** The document types the server takes, for the file picker. */
export const DOCUMENT_ACCEPT = '.pdf,.docx,.doc,.odt,.jpg,.jpeg,.png,.txt,application/pdf,image/jpeg,image/png,text/plain';
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
