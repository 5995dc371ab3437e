import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify/types/schema.js';
import { z } from 'zod';

/** A route's response entry as fastify hands it over: a zod schema, or a documentation-only object (file downloads). */
const zodSchemaOf = (schema: unknown): z.ZodType | undefined => {
  if (schema instanceof z.ZodType) return schema;
  const properties = (schema as { properties?: unknown } | null)?.properties;
  return properties instanceof z.ZodType ? properties : undefined;
};

/**
 * zod writes `additionalProperties: false` on every object of an output schema. fast-json-stringify
 * drops unnamed fields anyway, but inside `anyOf` (a nullable object) it validates the branch and an
 * extra field would fail the request: so those markers go, and the allow-list is the serialiser's.
 */
function withoutClosedObjects(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutClosedObjects);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key, value]) => !(key === 'additionalProperties' && value === false))
      .map(([key, value]) => [key, withoutClosedObjects(value)]),
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
  return fastJson(withoutClosedObjects(jsonSchema) as Parameters<typeof fastJson>[0]);
};
