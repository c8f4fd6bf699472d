import { z } from 'zod';

/**
 * JSON Schema inside the strictest subset that OpenAI-compatible servers accept for structured output.
 *
 * OpenAI's Structured Outputs guide, "Supported schemas"
 * (https://platform.openai.com/docs/guides/structured-outputs#supported-schemas): the root is an object,
 * not anyOf; every property is listed in `required` (optional fields are expressed as a union with
 * null); `additionalProperties: false` on every object; at most 100 properties and 5 levels of nesting;
 * and, with `strict: true`, "Notable keywords not supported include: for strings minLength, maxLength,
 * pattern, format; for numbers minimum, maximum, multipleOf; for objects patternProperties,
 * unevaluatedProperties, propertyNames, minProperties, maxProperties; for arrays unevaluatedItems,
 * contains, minContains, maxContains, minItems, maxItems, uniqueItems" — "you will receive an error".
 * Later revisions of the page accept some of these except on fine-tuned models, so the common subset
 * leaves them all out, and `default` too (refused: "'default' is not permitted", dottxt-ai/outlines#1254).
 * `$schema` says nothing a model needs, so it goes as well. Ollama turns the schema into a grammar
 * (ollama/ollama openai/openai.go: `json_schema` → `format`), vLLM into xgrammar/guidance
 * (vllm-project/vllm docs/features/structured_outputs.md); both accept this subset.
 * Our own limits are enforced afterwards with zod (model-output.ts) and described in the prompt.
 */
export type StrictSchema = Record<string, unknown>;

/** The only keywords a node of the subset may carry. */
const KEPT = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'anyOf',
  'description',
]);
const TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
export const MAX_NESTING = 5;
export const MAX_PROPERTIES = 100;

export class SchemaSubsetError extends Error {}

function typesOf(node: StrictSchema): string[] {
  const type = node.type;
  if (type === undefined) return [];
  return Array.isArray(type) ? (type as string[]) : [type as string];
}

function nullable(node: StrictSchema): StrictSchema {
  if (typesOf(node).includes('null') || (node.anyOf as StrictSchema[] | undefined)?.some((n) => n.type === 'null'))
    return node;
  if (node.enum || node.anyOf) return { anyOf: [node, { type: 'null' }] };
  return { ...node, type: [...typesOf(node), 'null'] };
}

function strictNode(node: StrictSchema, path: string, depth: number): StrictSchema {
  const out: StrictSchema = {};
  for (const [key, value] of Object.entries(node)) if (KEPT.has(key)) out[key] = value;
  const types = typesOf(out);
  if (types.length === 0 && !out.anyOf && !out.enum) throw new SchemaSubsetError(`${path}: every node needs a type`);
  for (const type of types) if (!TYPES.has(type)) throw new SchemaSubsetError(`${path}: type ${type} is not supported`);
  if (out.anyOf) out.anyOf = (out.anyOf as StrictSchema[]).map((n, i) => strictNode(n, `${path}.anyOf[${i}]`, depth));
  if (types.includes('array')) {
    if (!out.items) throw new SchemaSubsetError(`${path}: an array needs items`);
    out.items = strictNode(out.items as StrictSchema, `${path}[]`, depth);
  }
  if (types.includes('object')) {
    if (depth > MAX_NESTING) throw new SchemaSubsetError(`${path}: more than ${MAX_NESTING} levels of nesting`);
    const properties = (out.properties ?? {}) as Record<string, StrictSchema>;
    const required = new Set((out.required as string[] | undefined) ?? []);
    out.properties = Object.fromEntries(
      Object.entries(properties).map(([name, child]) => {
        const strict = strictNode(child, `${path}.${name}`, depth + 1);
        // Every property is required; one that was optional may be null instead.
        return [name, required.has(name) ? strict : nullable(strict)];
      }),
    );
    out.required = Object.keys(properties);
    out.additionalProperties = false;
  }
  return out;
}

function countProperties(node: StrictSchema): number {
  const own = Object.values((node.properties ?? {}) as Record<string, StrictSchema>);
  const nested = [
    ...own,
    ...((node.anyOf as StrictSchema[]) ?? []),
    ...(node.items ? [node.items as StrictSchema] : []),
  ];
  return own.length + nested.reduce((n, child) => n + countProperties(child), 0);
}

/** The zod schema as JSON Schema inside the common subset; throws when it cannot be expressed there. */
export function strictJsonSchema(schema: z.ZodType): StrictSchema {
  const full = z.toJSONSchema(schema, { target: 'draft-7' }) as StrictSchema;
  if (full.type !== 'object') throw new SchemaSubsetError('the root must be an object');
  const strict = strictNode(full, 'root', 1);
  if (countProperties(strict) > MAX_PROPERTIES)
    throw new SchemaSubsetError(`more than ${MAX_PROPERTIES} properties in all`);
  return strict;
}

/** The limits the subset cannot carry (lengths, item counts, ranges), in words for the prompt. */
export function limitsInWords(schema: z.ZodType): string[] {
  const full = z.toJSONSchema(schema, { target: 'draft-7' }) as StrictSchema;
  const lines: string[] = [];
  const visit = (node: StrictSchema, path: string) => {
    const parts: string[] = [];
    if (typeof node.maxLength === 'number') parts.push(`at most ${node.maxLength} characters`);
    if (typeof node.minLength === 'number' && node.minLength > 0) parts.push('not empty');
    if (typeof node.maxItems === 'number') parts.push(`at most ${node.maxItems} items`);
    if (typeof node.minimum === 'number' && typeof node.maximum === 'number')
      parts.push(`between ${node.minimum} and ${node.maximum}`);
    if (parts.length) lines.push(`${path}: ${parts.join(', ')}`);
    for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, StrictSchema>))
      visit(child, path ? `${path}.${name}` : name);
    if (node.items) visit(node.items as StrictSchema, `${path}[]`);
  };
  visit(full, '');
  return lines;
}

/** Our own limits, read from the zod schema, so the fitting code and the prompt never drift from it. */
export function limitOf(schema: z.ZodType, path: string[], keyword: 'maxLength' | 'maxItems'): number | undefined {
  let node = z.toJSONSchema(schema, { target: 'draft-7' }) as StrictSchema | undefined;
  for (const step of path)
    node =
      step === '[]'
        ? (node?.items as StrictSchema | undefined)
        : ((node?.properties as Record<string, StrictSchema> | undefined)?.[step] ?? undefined);
  const value = node?.[keyword];
  return typeof value === 'number' ? value : undefined;
}
