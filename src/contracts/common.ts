/**
 * The shared contract between server and web app: validation primitives with Danish field messages,
 * the enums both sides name, and the `{ data }` envelope. `src/contracts/<feature>.ts` build on it.
 * Only zod and src/domain here: no server or web imports, so both sides can import every contract.
 */
import { z } from 'zod';
import { isIsoDate } from '../domain/dates.js';

type Issue = Parameters<NonNullable<z.core.$ZodConfig['customError']>>[0];

const tooShortOrFew = (issue: Issue & { code: 'too_small' }) => {
  const n = Number(issue.minimum);
  if (issue.origin === 'string') return n <= 1 ? 'Feltet skal udfyldes.' : `Skriv mindst ${n} tegn.`;
  if (issue.origin === 'array' || issue.origin === 'set') return n <= 1 ? 'Vælg mindst én.' : `Vælg mindst ${n}.`;
  if (issue.origin === 'date') return 'Datoen er for tidlig.';
  return `Tallet skal være mindst ${n}.`;
};

const tooLongOrMany = (issue: Issue & { code: 'too_big' }) => {
  const n = Number(issue.maximum);
  if (issue.origin === 'string') return `Teksten er for lang (højst ${n} tegn).`;
  if (issue.origin === 'array' || issue.origin === 'set') return `Der er for mange (højst ${n}).`;
  if (issue.origin === 'date') return 'Datoen er for sen.';
  return `Tallet må højst være ${n}.`;
};

const WRONG_KIND: Record<string, string> = {
  string: 'Skriv en tekst.',
  number: 'Skriv et tal.',
  int: 'Skriv et helt tal.',
  boolean: 'Vælg ja eller nej.',
  array: 'Ugyldig liste.',
  date: 'Ugyldig dato.',
};

/**
 * Danish field messages a user understands, for every schema without its own message: zod's
 * Danish locale names types and lists raw codes (`forventede en af følgende "improved"|…`).
 * A message given on the schema itself still wins; refinements (`custom`) keep theirs.
 */
export function danishIssue(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Feltet skal udfyldes.';
      return WRONG_KIND[issue.expected] ?? 'Ugyldig værdi.';
    case 'invalid_value':
      return issue.values.length === 1 ? 'Ugyldig værdi.' : 'Vælg en af mulighederne.';
    case 'too_small':
      return tooShortOrFew(issue);
    case 'too_big':
      return tooLongOrMany(issue);
    case 'invalid_format':
      if (issue.format === 'uuid' || issue.format === 'guid') return 'Ukendt henvisning.';
      if (issue.format === 'email') return 'Skriv en gyldig e-mailadresse.';
      if (issue.format === 'date' || issue.format === 'datetime') return 'Ugyldig dato.';
      return 'Ugyldigt format.';
    case 'not_multiple_of':
      return 'Skriv et helt tal.';
    case 'unrecognized_keys':
      return 'Ukendt felt.';
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
      return 'Ugyldig værdi.';
    default:
      return undefined;
  }
}

// The Danish locale stays the fallback for anything danishIssue leaves out.
z.config({ ...z.locales.da(), customError: danishIssue });

/**
 * A date of care, YYYY-MM-DD, that exists in the calendar and lies in 1900–2199: an impossible
 * date such as 2026-02-30 is a 400 on its field, never a database error.
 */
export const CareDate = z
  .string('Skriv en dato (ÅÅÅÅ-MM-DD).')
  .refine((s) => isIsoDate(s) && s >= '1900-01-01' && s <= '2199-12-31', 'Ugyldig dato (ÅÅÅÅ-MM-DD).');

/** Optimistic-concurrency token: the `version` of the record the client read (a stale one answers 409). */
export const Version = z.int('Versionen skal være et heltal.').min(1, 'Ugyldig version.').max(2_147_483_647, 'Ugyldig version.');

/** Does an edit body change anything besides naming the version it read? */
export const hasChange = (body: Record<string, unknown>) => Object.keys(body).some((k) => k !== 'version' && body[k] !== undefined);

/** The refinement message for an edit that changes nothing, on `path` ('_': the body as a whole). */
export const nothingToChange = (path = '_') => ({ message: 'Der er intet at ændre.', path: [path] });

/** An edit body: the version the client read, the fields it may change, and at least one change. */
export const editOf = <S extends z.ZodRawShape>(fields: S) =>
  z.strictObject({ version: Version, ...fields }).refine(hasChange, nothingToChange());

/** A record's on/off switch in an edit: records are deactivated, never deleted; `effect` says what false does. */
export const activeSwitch = (effect: string) => z.boolean('Skal være sand eller falsk.').optional().describe(effect);

/** The roles a user can hold at a place in the organisation tree. */
export const roles = ['staff', 'unit_leader', 'facility_leader', 'center_manager', 'case_worker', 'consultant', 'admin'] as const;
export type Role = (typeof roles)[number];
export const RoleSchema = z.enum(roles);

/** The kinds of org unit, top down. The area level is optional (ARCHITECTURE.md "Organisation"). */
export const orgKinds = ['municipality', 'center', 'area', 'facility', 'unit'] as const;
export type OrgKind = (typeof orgKinds)[number];
export const OrgKindSchema = z.enum(orgKinds);

/** What an audit row says was done. */
export const auditActions = ['read', 'search', 'create', 'update', 'export', 'reveal_cpr', 'delete'] as const;
export type AuditAction = (typeof auditActions)[number];
export const AuditActionSchema = z.enum(auditActions);

/** Every answer carries its payload under `data`. */
export const dataOf = <T extends z.ZodType>(schema: T) => z.object({ data: schema });

/** A 204's response entry: no body (fastify sends none; OpenAPI shows the description). */
export const NoContent = z.null().describe('Intet indhold.');

/**
 * A download's success response (PDF, Excel): documented in OpenAPI as a binary file of
 * `contentType`. Fastify sends the Buffer as it is; the schema is never used to serialise it.
 */
export const fileResponse = (contentType: string, description: string) => ({
  description,
  content: { [contentType]: { schema: z.string().meta({ format: 'binary' }) } },
});

/** Something named by its id (a user, a unit, a municipality). */
export const Ref = z.object({ id: z.string(), name: z.string() });
export type Ref = z.infer<typeof Ref>;

/** Yes/no answers by name: the policy's abilities on a record, the menu entries a user sees. */
export const flags = <const K extends string>(...names: K[]) =>
  z.object(Object.fromEntries(names.map((name) => [name, z.boolean()])) as { [N in K]: z.ZodBoolean });
