import { expect } from 'vitest';

/**
 * What a validator message must not show a user: raw code lists and quotes, comparison signs,
 * type names (in English or zod's Danish locale) and zod's own wording.
 */
const RAW = /["'|<>]|\b(string|number|int|boolean|undefined|null|NaN|array|object|streng|forventede|input|UUID|ISO)\b/i;

/** Every field message in `fields` is plain Danish a user understands. */
export function expectPlainDanishFields(fields: Record<string, string> | undefined, label = ''): void {
  expect(fields, label).toBeTruthy();
  for (const [field, message] of Object.entries(fields ?? {})) expect(message, `${label} ${field}`).not.toMatch(RAW);
}
