import type { BvcItem, BvcLevel, ConsentScope, ProfessionalKind } from '../../../contracts/key-info';

// The contract's lists, repeated as types only (the contract's values would bring zod into the bundle).
export const PROFESSIONAL_KINDS: readonly ProfessionalKind[] = ['gp', 'psychiatry', 'substance_treatment', 'probation', 'dentist', 'other'];
export const SEVERITIES = ['mild', 'moderate', 'severe'] as const;
export const BVC_ITEMS: readonly BvcItem[] = ['confused', 'irritable', 'boisterous', 'verbalThreats', 'physicalThreats', 'attackingObjects'];
export const CONSENT_SCOPES: readonly ConsentScope[] = ['plan', 'journal_summary', 'health', 'key_information', 'finances', 'housing'];

/** The Danish reading of a BVC total, as the server gives it: 0 low, 1–2 moderate, ≥ 3 high. */
export const bvcLevelOf = (total: number): BvcLevel => (total === 0 ? 'low' : total <= 2 ? 'moderate' : 'high');

