import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

/** A route's response entry as fastify hands it over: a zod schema, or a documentation-only object (file downloads). */
const zodSchemaOf = (schema: unknown): z.ZodType | undefined => {
  if (schema instanceof z.ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  return properties instanceof z.ZodType ? properties : undefined;
};

const isNull = (node: unknown) => (node as { type?: unknown } | null)?.type === 'null' && Object.keys(node as object).length === 1;

/**
 * The contract's JSON Schema as fast-json-stringify serialises it best:
 * - zod writes a nullable X as `anyOf: [X, {type: 'null'}]`, which fast-json-stringify can only
 *   serialise by validating the whole value against X with ajv first (a stored ranking's 125 kB:
 *   6 ms instead of under 1); as X with `nullable: true` it writes null or X directly;
 * - zod writes `additionalProperties: false` on every object of an output schema. fast-json-stringify
 *   drops unnamed fields anyway, but inside a remaining `anyOf` it validates the branch and an extra
 *   field would fail the request: so those markers go, and the allow-list is the serialiser's.
 */
function forSerialiser(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(forSerialiser);
  if (node === null || typeof node !== 'object') return node;
  const { anyOf, ...rest } = node as { anyOf?: unknown[] };
  if (Array.isArray(anyOf) && anyOf.length === 2 && Object.keys(rest).length === 0) {
    const [a, b] = anyOf;
    const other = isNull(b) ? a : isNull(a) ? b : undefined;
    const typed = other as { type?: unknown; anyOf?: unknown; oneOf?: unknown; allOf?: unknown } | undefined;
    if (typed && typeof typed.type === 'string' && !typed.anyOf && !typed.oneOf && !typed.allOf) {
      return { ...(forSerialiser(typed) as object), nullable: true };
    }
  }
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, forSerialiser(value)]),
  );
}

/**
 * Serialises each answer by its route's response contract, compiled once per route with
 * fast-json-stringify from the contract's JSON Schema: only the fields the contract names leave
 * the server (an allow-list, nested objects included), a missing required field fails the
 * request instead of sending half a record, and it is faster than encoding through zod and then
 * JSON.stringify (a 25-row Mine borgere page: 0.046 ms against 0.063 ms). File downloads send a
 * Buffer and are never serialised here.
 */
export const responseSerializer: FastifySerializerCompiler<unknown> = ({ schema }) => {
  const contract = zodSchemaOf(schema);
  if (!contract) return (data) => JSON.stringify(data);
  // An empty registry: every named schema inline, so the compiled document needs no $ref.
  const jsonSchema = z.toJSONSchema(contract, { target: 'draft-7', io: 'output', unrepresentable: 'any', metadata: z.registry() });
  return fastJson(forSerialiser(jsonSchema) as Parameters<typeof fastJson>[0]);
};
