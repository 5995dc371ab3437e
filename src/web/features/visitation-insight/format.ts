const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const kroner = new Intl.NumberFormat('da-DK', { style: 'currency', currency: 'DKK', maximumFractionDigits: 0 });
const millions = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 });

export const fmt = (n: number | null | undefined) => (n === null || n === undefined ? '–' : number.format(n));
export const fmtWhole = (n: number | null | undefined) => (n === null || n === undefined ? '–' : whole.format(n));
export const fmtPct = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${number.format(n * 100)} %`);
export const fmtKr = (n: number) => kroner.format(n);
/** Millions of kroner, e.g. "12,3 mio. kr.". */
export const fmtMio = (n: number) => `${millions.format(n / 1e6)} mio. kr.`;
/** 'YYYY-MM-DD' as DD.MM.YYYY. */
export const fmtDate = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
/** 'YYYY-MM-DD' as month and year, e.g. "jan. 2027". */
export const fmtMonth = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('da-DK', { month: 'short', year: 'numeric', timeZone: 'UTC' });
