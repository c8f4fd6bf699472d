import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every variable the configuration reads (the zod schema in src/config.ts) is in .env.example and in the README's
 * configuration table, and neither lists one the app does not read.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

const inSchema = [...read('src/config.ts').matchAll(/^ {2}([A-Z][A-Z0-9_]+): /gm)].map((m) => m[1] ?? '');
const inExample = [...read('.env.example').matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((m) => m[1] ?? '');
const inReadme = [...read('README.md').matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1] ?? '');

describe('configuration docs', () => {
  it('reads the schema', () => {
    expect(inSchema).toContain('SLACK_BOT_TOKEN');
    expect(inSchema.length).toBeGreaterThan(30);
  });

  it('.env.example lists exactly the variables the app reads', () => {
    expect([...new Set(inExample)].sort()).toEqual([...new Set(inSchema)].sort());
  });

  it("the README's configuration table lists exactly the variables the app reads", () => {
    expect([...new Set(inReadme)].sort()).toEqual([...new Set(inSchema)].sort());
  });
});
