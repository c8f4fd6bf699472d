import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOCS = ['docs/architecture.md', 'CONTRIBUTING.md'];

/** The targets of the inline links in a Markdown text: `[text](target)`, outside code spans and fences. */
function linksOf(markdown: string): string[] {
  const found: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (line.trimStart().startsWith('```')) fenced = !fenced;
    if (fenced) continue;
    const text = line.replace(/`[^`]*`/g, '');
    for (let at = text.indexOf(']('); at >= 0; at = text.indexOf('](', at + 2)) {
      const end = text.indexOf(')', at + 2);
      if (end > at) found.push(text.slice(at + 2, end));
    }
  }
  return found;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsIn(path: string): Set<string> {
  const headings = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => /^#{1,6} /.test(l));
  return new Set(headings.map((h) => anchorOf(h.replace(/^#+ /, ''))));
}

describe('the links in the architecture and contributing docs', () => {
  for (const doc of DOCS) {
    it(`${doc}: every relative link names a file or folder that is there, and a heading that is`, () => {
      const path = join(ROOT, doc);
      const links = linksOf(readFileSync(path, 'utf8')).filter((l) => !/^[a-z]+:/.test(l));
      if (doc.startsWith('docs/')) expect(links.length).toBeGreaterThan(30);
      const broken = links.filter((link) => {
        const [file, anchor] = link.split('#');
        const target = file ? resolve(dirname(path), file) : path;
        if (!existsSync(target)) return true;
        return anchor !== undefined && statSync(target).isFile() && !anchorsIn(target).has(anchor);
      });
      expect(broken).toEqual([]);
    });
  }

  it('notices a link to a file that is not there', () => {
    expect(linksOf('See [the worker](../src/jobs/wroker.ts) and `[not](a-link)`.')).toEqual(['../src/jobs/wroker.ts']);
    expect(existsSync(resolve(ROOT, 'docs', '../src/jobs/wroker.ts'))).toBe(false);
  });
});
