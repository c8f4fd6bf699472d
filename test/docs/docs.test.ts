import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The docs are part of the product: every relative link resolves (to a file, and to a heading when it names
 * one), every `npm run` script they name exists, and every source path they cite is there. A file moved or
 * renamed without its docs fails here.
 */
const ROOT = resolve(import.meta.dirname, '../..');

function markdownFiles(): string[] {
  const top = ['README.md', 'CONTRIBUTING.md'].map((f) => join(ROOT, f));
  const docs = join(ROOT, 'docs');
  const inDocs = existsSync(docs)
    ? readdirSync(docs, { recursive: true })
        .map(String)
        .filter((f) => f.endsWith('.md'))
        .map((f) => join(docs, f))
    : [];
  return [...top, ...inDocs];
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function slugOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  let inFence = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = inFence ? null : /^#{1,6} (.+)$/.exec(line);
    if (heading?.[1]) anchors.add(slugOf(heading[1]));
  }
  return anchors;
}

/** Markdown text outside fenced blocks' language markers; code spans stay (paths are cited in them). */
function linksOf(text: string): string[] {
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
}

/** What a reader would type: code spans and fenced blocks, where commands are written. */
function codeOf(text: string): string {
  const fenced = [...text.matchAll(/^```[^\n]*\n([\s\S]*?)^```/gm)].map((m) => m[1] ?? '');
  const spans = [...text.matchAll(/`([^`\n]+)`/g)].map((m) => m[1] ?? '');
  return [...fenced, ...spans].join('\n');
}

const SCRIPTS = Object.keys(
  (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts,
);
const NPM_BUILTINS = new Set(['ci', 'install', 'test', 'start', 'ls', 'view', 'pack']);

const files = markdownFiles();

describe('docs', () => {
  it('finds the docs it checks', () => {
    expect(files.map((f) => relative(ROOT, f))).toEqual(
      expect.arrayContaining(['README.md', 'CONTRIBUTING.md', 'docs/architecture.md', 'docs/operations.md']),
    );
  });

  it('keeps the README short enough to read in one sitting', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n').length).toBeLessThanOrEqual(250);
  });

  for (const file of files) {
    const name = relative(ROOT, file);
    const text = readFileSync(file, 'utf8');

    it(`${name}: every relative link resolves`, () => {
      const broken: string[] = [];
      for (const link of linksOf(text)) {
        if (/^[a-z]+:/i.test(link)) continue; // https:, mailto:
        const [path = '', anchor] = link.split('#');
        const target = path === '' ? file : resolve(dirname(file), path);
        if (!existsSync(target)) {
          broken.push(`${link} (no such file)`);
          continue;
        }
        if (anchor && target.endsWith('.md') && !anchorsOf(target).has(anchor))
          broken.push(`${link} (no such heading)`);
      }
      expect(broken).toEqual([]);
    });

    it(`${name}: every npm script it names exists`, () => {
      const code = codeOf(text);
      const named = [...code.matchAll(/\bnpm run ([a-z][\w:-]*)/g)].map((m) => m[1] ?? '');
      const plain = [...code.matchAll(/\bnpm ([a-z][\w:-]*)/g)].map((m) => m[1] ?? '');
      const missing = [
        ...named.filter((s) => !SCRIPTS.includes(s)),
        ...plain.filter((s) => s !== 'run' && !NPM_BUILTINS.has(s) && !SCRIPTS.includes(s)),
      ];
      expect(missing).toEqual([]);
    });

    it(`${name}: every source path it cites exists`, () => {
      const cited = [...text.matchAll(/`((?:src|test|scripts|drizzle|patches|docs)\/[^`\s]*)`/g)]
        .map((m) => (m[1] ?? '').replace(/[:#].*$/, ''))
        .filter((p) => !/[{}*<>…]/.test(p));
      const missing = cited.filter((p) => !existsSync(join(ROOT, p)));
      expect(missing).toEqual([]);
    });
  }

  it('finds files named in commands (npx tsx …)', () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/npx tsx ([\w./-]+\.ts)/g)) {
        const path = m[1] ?? '';
        if (!existsSync(join(ROOT, path)) || !statSync(join(ROOT, path)).isFile()) missing.push(`${file}: ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
