/**
 * Writes test/fixtures/tone-first-contact.json: for every row of the held-out tables from the eighth on, the
 * pitfalls the rules alone found in it as they stood when that table was first run (its first contact). These are
 * the rules' answers on text they had not seen, which the reader's thresholds are chosen against (docs/tone.md).
 * Each table's rules are taken from the commit it was first measured at, so this needs the repository's history:
 * `npx tsx scripts/tone-first-contact.ts`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIRST_CONTACT_TABLES } from '../test/fixtures/tone-first-contact-tables.js';

const ROOT = new URL('..', import.meta.url).pathname;
const TARGET = join(ROOT, 'test/fixtures/tone-first-contact.json');

interface Finding {
  rule: string;
}
type CheckTone = (text: string, context: undefined, options: { reader: null }) => Finding[];

async function rulesAt(commit: string, into: string): Promise<CheckTone> {
  const archive = execFileSync('git', ['archive', commit, 'src'], { cwd: ROOT, maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', into], { input: archive });
  symlinkSync(join(ROOT, 'node_modules'), join(into, 'node_modules'));
  const tone = (await import(join(into, 'src/domain/tone.ts'))) as { checkTone: CheckTone };
  return tone.checkTone;
}

const answers: Record<string, string[]> = {};
for (const table of FIRST_CONTACT_TABLES) {
  const dir = mkdtempSync(join(tmpdir(), 'tone-first-contact-'));
  try {
    const checkTone = await rulesAt(table.commit, dir);
    for (const row of table.rows)
      answers[row.id] = [...new Set(checkTone(row.text, undefined, { reader: null }).map((f) => f.rule))].sort();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const lines = Object.entries(answers).map(
  ([id, rules]) => `  ${JSON.stringify(id)}: [${rules.map((r) => JSON.stringify(r)).join(', ')}]`,
);
writeFileSync(TARGET, `{\n${lines.join(',\n')}\n}\n`);
console.log(`${Object.keys(answers).length} rows written to ${TARGET}`);
