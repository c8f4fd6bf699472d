import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { draftOutputSchema } from '../../src/drafting/drafter.js';
import {
  limitOf,
  limitsInWords,
  SchemaSubsetError,
  type StrictSchema,
  strictJsonSchema,
} from '../../src/drafting/model-schema.js';
import { openAiStrictProblem } from '../support/openai-stub-servers.js';

function walk(node: StrictSchema, visit: (n: StrictSchema) => void): void {
  visit(node);
  for (const child of Object.values((node.properties ?? {}) as Record<string, StrictSchema>)) walk(child, visit);
  if (node.items) walk(node.items as StrictSchema, visit);
  for (const branch of (node.anyOf ?? []) as StrictSchema[]) walk(branch, visit);
}

describe('the draft schema in the strict common subset', () => {
  const schema = strictJsonSchema(draftOutputSchema);

  it("passes OpenAI's strict-mode rules, where the plain zod export does not", () => {
    expect(openAiStrictProblem(schema)).toBeUndefined();
    const plain = z.toJSONSchema(draftOutputSchema, { target: 'draft-7' }) as StrictSchema;
    expect(openAiStrictProblem(plain)).toMatch(/'(minLength|maxLength)' is not permitted/);
  });

  it('has no $schema, no length, range or format keywords, and every object closed with every key required', () => {
    expect(schema.$schema).toBeUndefined();
    const text = JSON.stringify(schema);
    for (const keyword of ['minLength', 'maxLength', 'maxItems', 'minimum', 'maximum', 'format', 'pattern', 'default'])
      expect(text).not.toContain(`"${keyword}"`);
    let objects = 0;
    walk(schema, (node) => {
      if (node.type !== 'object') return;
      objects++;
      expect(node.additionalProperties).toBe(false);
      expect(node.required).toEqual(Object.keys(node.properties as object));
    });
    expect(objects).toBe(2);
  });

  it('turns an optional field into a required nullable one', () => {
    const strict = strictJsonSchema(
      z.object({ a: z.string().optional(), b: z.enum(['x', 'y']).optional(), c: z.number() }),
    );
    expect(strict.required).toEqual(['a', 'b', 'c']);
    const props = strict.properties as Record<string, StrictSchema>;
    expect(props.a!.type).toEqual(['string', 'null']);
    expect(props.b!.anyOf).toEqual([{ type: 'string', enum: ['x', 'y'] }, { type: 'null' }]);
    expect(props.c!.type).toBe('number');
  });

  it('refuses what the subset cannot express: deep nesting, a non-object root', () => {
    let deep: z.ZodType = z.object({ leaf: z.string() });
    for (let i = 0; i < 5; i++) deep = z.object({ inner: deep });
    expect(() => strictJsonSchema(deep)).toThrow(SchemaSubsetError);
    expect(() => strictJsonSchema(z.array(z.string()))).toThrow(/root must be an object/);
  });

  it('reads our own limits from the zod schema and says them in words for the prompt', () => {
    const reply = limitOf(draftOutputSchema, ['reply'], 'maxLength');
    expect(reply).toBe(draftOutputSchema.shape.reply.maxLength);
    expect(limitOf(draftOutputSchema, ['followUps'], 'maxItems')).toBeGreaterThan(0);
    expect(limitOf(draftOutputSchema, ['followUps', '[]'], 'maxLength')).toBeGreaterThan(0);
    const words = limitsInWords(draftOutputSchema);
    expect(words).toContain(`reply: at most ${reply} characters, not empty`);
    expect(words.some((w) => w.startsWith('confidence: between 0 and 1'))).toBe(true);
  });
});
