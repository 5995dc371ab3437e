/**
 * docs/API.md, written from the OpenAPI document the routes' schemas make (`npm run docs:api`), so
 * the overview can never say other than the server does. Its fixed header carries what the
 * document cannot: the conventions every route shares.
 */

/** The part of a JSON schema (OpenAPI 3.0 flavour) the overview reads. */
export interface JsonSchema {
  /** '#/components/schemas/<Name>': a named contract schema (`.meta({ id })`). */
  $ref?: string;
  type?: string | string[];
  format?: string;
  description?: string;
  nullable?: boolean;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  default?: unknown;
}

interface Parameter {
  in: string;
  name: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}

interface Response {
  description?: string;
  content?: Record<string, { schema?: JsonSchema }>;
}

interface Operation {
  tags?: string[];
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, Response>;
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface OperationEntry {
  method: string;
  path: string;
  tag: string;
  operation: Operation;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document, in path order, with its first tag ('other' without one). */
export function operations(doc: OpenApiDocument): OperationEntry[] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    METHODS.filter((m) => item[m]).map((method) => ({ method: method.toUpperCase(), path, tag: item[method].tags?.[0] ?? 'other', operation: item[method] })),
  );
}

/** The operation's success answer: its 2xx status and response, if it declares one. */
export function successResponse(op: Operation): { status: string; response: Response } | undefined {
  const status = Object.keys(op.responses ?? {}).find((s) => /^2\d\d$/.test(s));
  return status ? { status, response: op.responses![status] } : undefined;
}

/** Does the operation declare what it answers on success: a body schema, or 204 (no body)? */
export function declaresSuccess(op: Operation): boolean {
  const success = successResponse(op);
  if (!success) return false;
  if (success.status === '204') return true;
  return Object.values(success.response.content ?? {}).some((c) => c.schema !== undefined);
}

const variants = (s: JsonSchema) => s.anyOf ?? s.oneOf ?? s.allOf;
const refName = (ref: string) => ref.slice(ref.lastIndexOf('/') + 1);

/** A schema in a few words: `string`, `uuid`, `'a' | 'b'`, `integer`, `Goal[]`, with `| null` when nullable. */
function typeName(s: JsonSchema): string {
  const nullable = s.nullable ? ' | null' : '';
  if (s.$ref) return refName(s.$ref) + nullable;
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ') + nullable;
  const alts = variants(s);
  if (alts) return alts.map(typeName).join(' | ') + nullable;
  if (s.type === 'array') return `${s.items ? typeName(s.items) : 'unknown'}[]${nullable}`;
  if (s.type === 'object' || s.properties) return (s.properties ? 'object' : 'map') + nullable;
  const base = s.format && s.format !== 'binary' ? s.format : s.type === 'string' && s.format === 'binary' ? 'file' : String(s.type ?? 'any');
  return base + nullable;
}

/** A shape in one line: `{ id, title, ffbArea: { code, display }, subGoals: [{ id, text, done }], notes? }`. */
export function shape(s: JsonSchema, depth = 0): string {
  const nullable = s.nullable ? ' | null' : '';
  if (s.$ref) return refName(s.$ref) + nullable;
  const alts = variants(s);
  if (alts) return alts.map((a) => shape(a, depth)).join(' | ') + nullable;
  if (s.type === 'array' && s.items) return `[${shape(s.items, depth)}]`;
  if (!s.properties) {
    if (s.type === 'object' && typeof s.additionalProperties === 'object') return `{ [key]: ${typeName(s.additionalProperties)} }`;
    return typeName(s);
  }
  if (depth >= 3) return `{ … }${nullable}`;
  const required = new Set(s.required ?? []);
  const fields = Object.entries(s.properties).map(([name, p]) => {
    const named = p.$ref || variants(p)?.some((v) => v.$ref) || p.items?.$ref;
    const inner = named || p.properties || variants(p) || p.items?.properties ? `: ${shape(p, depth + 1)}` : '';
    return `${name}${required.has(name) ? '' : '?'}${inner}`;
  });
  return `{ ${fields.join(', ')} }${nullable}`;
}

/** Limits a field carries, in words: `1–300 chars`, `1–90`, `default 14`. */
function limits(s: JsonSchema): string {
  const out: string[] = [];
  const range = (lo?: number, hi?: number, unit = '') =>
    lo !== undefined && hi !== undefined ? `${lo}–${hi}${unit}` : lo !== undefined ? `≥ ${lo}${unit}` : hi !== undefined ? `≤ ${hi}${unit}` : '';
  const r = s.type === 'string' ? range(s.minLength, s.maxLength, ' chars') : range(s.minimum, s.maximum);
  if (r) out.push(r);
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`);
  return out.join(', ');
}

function fieldLine(name: string, s: JsonSchema, required: boolean): string {
  const facts = [typeName(s), required ? 'required' : 'optional', limits(s)].filter(Boolean).join(', ');
  return `  - \`${name}\` (${facts})${s.description ? ` — ${s.description}` : ''}`;
}

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

function renderOperation({ method, path, operation: op }: OperationEntry): string {
  const lines = [`### \`${method} ${path.replace(/^\/api/, '')}\``];
  if (op.summary) lines.push('', op.summary);
  if (op.description) lines.push('', op.description.trim());
  const query = (op.parameters ?? []).filter((p) => p.in === 'query');
  if (query.length) {
    lines.push('', 'Query:');
    for (const p of query) lines.push(fieldLine(p.name, { ...p.schema, description: p.description ?? p.schema?.description }, p.required === true));
  }
  const body = op.requestBody?.content?.['application/json']?.schema;
  if (body?.properties) {
    lines.push('', 'Body:');
    const required = new Set(body.required ?? []);
    for (const [name, s] of Object.entries(body.properties)) lines.push(fieldLine(name, s, required.has(name)));
  }
  const success = declaresSuccess(op) ? successResponse(op) : undefined;
  if (success) {
    const [[contentType, content] = []] = Object.entries(success.response.content ?? {});
    const answer = !content?.schema
      ? 'no body'
      : contentType === 'application/json'
        ? `\`${shape(content.schema)}\``
        : `${contentType} file${success.response.description ? ` — ${oneLine(success.response.description)}` : ''}`;
    lines.push('', `Answers ${success.status}: ${answer}`);
  } else {
    lines.push('', 'Answers: not declared.');
  }
  return lines.join('\n');
}

/** docs/API.md for `doc`: the fixed header, then per tag (in order of first appearance) its operations. */
export function renderApiDocs(doc: OpenApiDocument): string {
  const byTag = new Map<string, OperationEntry[]>();
  for (const entry of operations(doc)) byTag.set(entry.tag, [...(byTag.get(entry.tag) ?? []), entry]);
  const sections = [...byTag].map(([tag, entries]) => [`## ${tag}`, ...entries.map(renderOperation)].join('\n\n'));
  // Each named schema appears twice, as read (`<Name>Input`) and as answered: the answers are the shapes a client reads.
  const named = Object.entries(doc.components?.schemas ?? {}).filter(([name]) => !name.endsWith('Input'));
  const shapes = named.map(([name, s]) => `- \`${name}\` = \`${shape(s)}\`${s.description ? ` — ${oneLine(s.description)}` : ''}`);
  return `${API_DOCS_HEADER}\n${sections.join('\n\n')}\n\n## Shapes\n\n${shapes.join('\n')}\n`;
}

export const API_DOCS_HEADER = `# Mestring API

<!-- Generated by \`npm run docs:api\` (src/server/openapi-docs.ts) from the OpenAPI document: do not edit by hand.
     A test fails when this file and the routes' schemas disagree. -->

JSON under \`/api\`. The OpenAPI 3 document at \`/api/openapi.json\` is generated from the zod schemas that validate
each request and encode each answer (\`src/contracts/*\`, which the web app imports too); this page is its overview.
An answer carries only the fields its response schema names.

## Conventions
- Session cookie \`mestring_session\` (httpOnly, SameSite=Strict). Every non-GET request except login sends header
  \`X-CSRF-Token\` with the \`csrfToken\` from login or \`GET /api/auth/session\`.
- Errors: \`{ "error": { "code", "message", "fields"?: { "path": "message" } } }\`. 400 invalid input (field errors,
  Danish), 401 not signed in, 403 visible but not allowed, 404 unknown or outside your scope, 409 conflict
  (\`error.current\` holds the record as it is now), 413 body over 1 MB, 429 too many attempts.
- Edits name the \`version\` they read; a stale version answers 409 with the current record.
- Dates of care are \`YYYY-MM-DD\` (local, Europe/Copenhagen); timestamps ISO 8601.
- Records come with \`abilities\` (what the signed-in user may do with them) so the UI shows only those.
- Every read or write of a citizen's data is written to the audit log in the same transaction (who, what, which
  citizens); the citizen's leaders read it in the citizen's access log.
- Downloads (PDF, Excel) are audited as exports; file names carry no name or CPR number.

Shapes below: \`field?\` may be absent; \`[…]\` is a list.
`;
