const number = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 3 });

/** "1 stk", "0,5 stk", "2,5 ml". */
export const doseText = (dose: number, unit: string) => `${number.format(dose)} ${unit}`;

/**
 * A fresh id (UUID v4) for one tap: a retry of the same registration sends it again. Built from
 * getRandomValues, as randomUUID exists only on https and localhost.
 */
export function newClientId(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
