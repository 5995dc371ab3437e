/** Input hygiene before anything reaches SQL or a security decision. */

/** PostgreSQL text cannot hold a NUL byte: input carrying one is refused before it reaches SQL. */
export const NUL_MESSAGE = 'Må ikke indeholde tegnet NUL (\\u0000).';

/**
 * Every place in parsed input (body, query or params) whose text holds a NUL byte, as the field
 * path the validation errors use (`a.b.0`), each with the Danish message.
 */
export function nulFields(value: unknown, path = ''): Record<string, string> {
  const found: Record<string, string> = {};
  const visit = (v: unknown, at: string) => {
    if (typeof v === 'string') {
      if (v.includes('\0')) found[at || '_'] = NUL_MESSAGE;
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => visit(item, at ? `${at}.${i}` : String(i)));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const next = at ? `${at}.${key}` : key;
        if (key.includes('\0')) found[next] = NUL_MESSAGE;
        visit(item, next);
      }
    }
  };
  visit(value, path);
  return found;
}

/**
 * Whether an `Origin` header names the host the request was sent to. A malformed origin (`null`
 * from a sandboxed page, `http://[::1`) is not the same origin: the caller refuses it, never throws.
 */
export function isSameOrigin(origin: string, host: string | undefined): boolean {
  if (!URL.canParse(origin)) return false;
  return new URL(origin).host === host;
}
