/**
 * `npm run lint` (after Biome): no line of code over MAX_LINE_WIDTH characters in src/, test/ and
 * scripts/. Biome's formatter keeps code within its `lineWidth` (biome.json) but cannot break a long
 * string or comment; this catches those. JSON fixtures are left out: they hold payloads as published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The same width as Biome's `formatter.lineWidth` in biome.json. */
export const MAX_LINE_WIDTH = 120;
const FOLDERS = ['src', 'test', 'scripts'];
const CODE = /\.(ts|mts|cts|js|mjs|cjs)$/;

export interface OverlongLine {
  line: number;
  width: number;
}

/** Lines longer than `max`, counted in characters (code points), so 中文 counts as two, not six bytes. */
export function overlongLines(text: string, max = MAX_LINE_WIDTH): OverlongLine[] {
  const found: OverlongLine[] = [];
  text.split('\n').forEach((raw, index) => {
    const width = [...raw.replace(/\r$/, '')].length;
    if (width > max) found.push({ line: index + 1, width });
  });
  return found;
}

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : codeFiles(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

function main(): number {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let count = 0;
  for (const file of FOLDERS.flatMap((folder) => codeFiles(join(root, folder)))) {
    for (const { line, width } of overlongLines(readFileSync(file, 'utf8'))) {
      process.stdout.write(`${relative(root, file)}:${line}: ${width} characters (at most ${MAX_LINE_WIDTH})\n`);
      count++;
    }
  }
  if (count > 0) process.stdout.write(`${count} line(s) over ${MAX_LINE_WIDTH} characters; wrap them.\n`);
  return count === 0 ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main());
