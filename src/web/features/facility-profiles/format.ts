import { REFERRAL_FLAGS } from '../../../domain/visitation/types.js';

/** The referral flags a facility can exclude, in their order. */
export const FLAGS = REFERRAL_FLAGS;

/** FFB's support-need levels 0–4 (ingen, let, moderat, omfattende, fuldstændig), as i18n keys. */
export const LEVELS = ['none', 'light', 'moderate', 'extensive', 'complete'] as const;

/** Copenhagen's districts (bydele): suggestions when the area is Københavns Kommune. */
export const COPENHAGEN_DISTRICTS = [
  'Amager Vest', 'Amager Øst', 'Bispebjerg', 'Brønshøj-Husum', 'Indre By', 'Nørrebro', 'Valby', 'Vanløse', 'Vesterbro/Kongens Enghave', 'Østerbro',
];

const kroner = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 });

/** '2.450 kr. pr. døgn'. */
export const formatRate = (dkk: number) => `${kroner.format(dkk)} kr. pr. døgn`;

/**
 * An amount as a Dane types it: '2450', '2.450', '2 450', '2450,50' or '2.450,50'; null when it is
 * not one (the server then names the error).
 */
export function parseAmount(typed: string): number | null {
  let s = typed.replace(/\s|kr\.?/gi, '');
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : null;
}
