/**
 * Danish CPR numbers (DDMMYY-SSSS). The century follows from digit 7 and the year; the date must
 * exist. Modulus-11 is deliberately not checked: numbers without it have been issued since 2007.
 */
export type CprResult = { ok: true; cpr: string; birthDate: string; sex: 'male' | 'female' } | { ok: false; reason: string };

/** Four-digit birth year from the two-digit year and the 7th digit, per the CPR office's table. */
export function cprCentury(yy: number, digit7: number): number {
  if (digit7 <= 3) return 1900 + yy;
  if (digit7 === 4 || digit7 === 9) return yy <= 36 ? 2000 + yy : 1900 + yy;
  return yy <= 57 ? 2000 + yy : 1800 + yy;
}

/** Accepts '0101901234' or '010190-1234' (spaces allowed around the dash). */
export function parseCpr(input: string): CprResult {
  const compact = input.trim().replace(/\s*-\s*/, '');
  if (!/^\d{10}$/.test(compact)) return { ok: false, reason: 'CPR-nummeret skal have 10 cifre (DDMMÅÅ-XXXX).' };
  const dd = Number(compact.slice(0, 2));
  const mm = Number(compact.slice(2, 4));
  const yy = Number(compact.slice(4, 6));
  const year = cprCentury(yy, Number(compact[6]));
  const date = new Date(Date.UTC(year, mm - 1, dd));
  if (mm < 1 || mm > 12 || date.getUTCFullYear() !== year || date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== dd) {
    return { ok: false, reason: 'CPR-nummeret indeholder en dato der ikke findes.' };
  }
  const birthDate = `${String(year).padStart(4, '0')}-${compact.slice(2, 4)}-${compact.slice(0, 2)}`;
  return { ok: true, cpr: compact, birthDate, sex: Number(compact[9]) % 2 === 1 ? 'male' : 'female' };
}

/** DDMMYY-xxxx: the birth date stays readable, the serial never leaves the server unasked. */
export const maskCpr = (cpr: string) => `${cpr.slice(0, 6)}-xxxx`;

/** Six digits, then (with an optional dash or space) one to four more: a CPR number, whole or being typed. */
const CPR_IN_TEXT = /(\d{6})[ ]?-?[ ]?\d{1,4}/g;

/** Does the text hold a whole CPR number (DDMMYY-SSSS, dash and spaces optional)? */
export const containsCpr = (text: string) => /\d{6}[ ]?-?[ ]?\d{4}/.test(text);

/** The text with every CPR number in it, whole or begun, masked as `maskCpr` does (a bare DDMMYY stays). */
export const maskCprsIn = (text: string) => text.replace(CPR_IN_TEXT, (_, birth: string) => maskCpr(birth));

/** The full number as people write it. */
export const formatCpr = (cpr: string) => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;
