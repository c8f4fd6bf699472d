/**
 * `npm run lint`: the source reads top down. Each folder of src/ (and each file at its top) stands on a
 * floor; a file may import from its own folder or from a lower floor, never from a higher one nor from
 * another folder on its own floor. Also refused: a few imports the floors allow but the layers do not
 * (REFUSED), any circle between folders, and any circle of value imports between files (a module that
 * needs itself while it loads). docs/architecture.md describes the floors.
 *
 * Imports are read with one linear pass over each file's tokens: `import … from '…'`, `import '…'`,
 * `import('…')` and `export … from '…'`; comments, strings and templates are skipped, so a specifier
 * quoted in a comment counts for nothing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The floors, lowest first. A unit is a folder of src/ or a file at its top. */
export const FLOORS: readonly (readonly string[])[] = [
  ['domain'],
  ['ids.ts', 'errors.ts', 'logger.ts', 'metrics.ts', 'config.ts'],
  ['db', 'slack'],
  ['queue'],
  ['views'],
  ['drafting'],
  ['services'],
  ['jobs', 'listeners', 'http', 'doctor'],
  ['app.ts'],
  ['index.ts'],
];

/** Units that may import only these (path prefixes under src/), whatever their floor. */
export const ONLY: Readonly<Record<string, readonly string[]>> = {
  // Contracts: zod, pure rules and the outbox queries, so anything may queue work without a circle.
  queue: ['domain/', 'db/'],
};

/**
 * Imports the floors allow but the layers refuse, as path prefixes under src/: every import, or only those
 * that bring in code (a type from a query's module may still name what a view is given).
 */
export const REFUSED: readonly { from: string; to: string; values?: true; except?: string[]; why: string }[] = [
  { from: 'listeners/', to: 'db/', why: 'a listener calls a service; it reads and writes nothing itself' },
  { from: 'views/', to: 'db/queries/', values: true, why: 'a view is a pure function of what it is given' },
  {
    from: 'jobs/',
    to: 'db/queries/',
    values: true,
    except: ['jobs/worker.ts'],
    why: 'a handler reads and records through a service (the worker alone claims and settles outbox rows)',
  },
];

export interface ImportRef {
  specifier: string;
  /** Only types cross: the import is erased when the file is compiled, so it runs nothing at load. */
  typeOnly: boolean;
}

type Token = { kind: 'word' | 'string' | 'punct'; text: string };

/** The file's tokens that matter to imports: words, string literals (their contents) and punctuation. */
function tokens(source: string): Token[] {
  const found: Token[] = [];
  const n = source.length;
  let i = 0;
  const skipQuoted = (quote: string): number => {
    let j = i + 1;
    while (j < n && source[j] !== quote && source[j] !== '\n') j += source[j] === '\\' ? 2 : 1;
    return j;
  };
  // From a template literal's backtick: the index after its end, skipping each ${…} (and templates within).
  const skipTemplate = (from: number): number => {
    // One entry per template open: the braces open inside its current ${…}, or -1 while in its text.
    const open: number[] = [-1];
    let j = from + 1;
    while (j < n && open.length > 0) {
      const c = source[j];
      const top = open.length - 1;
      if (c === '\\') j += 2;
      else if (open[top] === -1) {
        if (c === '`') open.pop();
        else if (c === '$' && source[j + 1] === '{') {
          open[top] = 0;
          j += 1;
        }
        j += 1;
      } else {
        if (c === '`') open.push(-1);
        else if (c === '{') open[top]! += 1;
        else if (c === '}') open[top] = open[top] === 0 ? -1 : open[top]! - 1;
        j += 1;
      }
    }
    return j;
  };
  while (i < n) {
    const c = source[i]!;
    if (c === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end < 0 ? n : end;
    } else if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? n : end + 2;
    } else if (c === "'" || c === '"') {
      const end = skipQuoted(c);
      found.push({ kind: 'string', text: source.slice(i + 1, end) });
      i = end + 1;
    } else if (c === '`') {
      i = skipTemplate(i);
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      while (j < n && /[\w$]/.test(source[j]!)) j += 1;
      found.push({ kind: 'word', text: source.slice(i, j) });
      i = j;
    } else if (/\s/.test(c)) {
      i += 1;
    } else {
      found.push({ kind: 'punct', text: c });
      i += 1;
    }
  }
  return found;
}

/** What a file imports: each specifier once per statement, with whether only types cross. */
export function importsOf(source: string): ImportRef[] {
  const list = tokens(source);
  const found: ImportRef[] = [];
  for (let i = 0; i < list.length; i++) {
    const t = list[i]!;
    if (t.kind !== 'word' || (t.text !== 'import' && t.text !== 'export')) continue;
    const prev = list[i - 1];
    if (prev && prev.kind === 'punct' && prev.text === '.') continue; // a property named import
    const next = list[i + 1];
    if (!next) break;
    if (t.text === 'import' && next.kind === 'string') {
      found.push({ specifier: next.text, typeOnly: false });
      continue;
    }
    if (t.text === 'import' && next.text === '(') {
      const arg = list[i + 2];
      if (arg?.kind === 'string') found.push({ specifier: arg.text, typeOnly: false });
      continue;
    }
    if (t.text === 'import' && next.text === '.') continue; // import.meta
    if (t.text === 'export' && !['{', '*', 'type'].includes(next.text)) continue; // export const …
    // The clause up to `from '…'`: `type` first, or before every name inside the braces, makes it type-only.
    let j = i + 1;
    let names = 0;
    let typedNames = 0;
    let inBraces = false;
    let expectName = false;
    for (; j < list.length; j++) {
      const u = list[j]!;
      if ((u.kind === 'punct' && u.text === ';') || u.kind === 'string') break;
      if (u.kind === 'word' && u.text === 'from' && list[j + 1]?.kind === 'string') break;
      // The next statement, or braces that close without `from`: a local export, or not an import at all.
      if (u.kind === 'word' && (u.text === 'import' || u.text === 'export')) break;
      if (u.text === '}' && list[j + 1]?.text !== 'from') break;
      if (u.text === '{') {
        inBraces = true;
        expectName = true;
      } else if (u.text === '}') inBraces = false;
      else if (u.text === ',') expectName = inBraces;
      else if (inBraces && expectName && u.kind === 'word') {
        names += 1;
        if (u.text === 'type' && list[j + 1]?.kind === 'word' && list[j + 1]!.text !== 'as') typedNames += 1;
        expectName = false;
      }
    }
    const from = list[j]?.text === 'from' ? list[j + 1] : undefined;
    // Each token is read by one clause at most, so the whole pass stays linear.
    if (from?.kind !== 'string') {
      i = j - 1;
      continue;
    }
    const typeOnly = next.text === 'type' || (names > 0 && typedNames === names && !hasDefaultBinding(list, i + 1, j));
    found.push({ specifier: from.text, typeOnly });
    i = j + 1;
  }
  return found;
}

/** `import a, { type B } from …` or `import * as a from …`: a binding outside the braces. */
function hasDefaultBinding(list: Token[], from: number, to: number): boolean {
  let inBraces = false;
  for (let k = from; k < to; k++) {
    const u = list[k]!;
    if (u.text === '{') inBraces = true;
    else if (u.text === '}') inBraces = false;
    else if (!inBraces && (u.text === '*' || (u.kind === 'word' && u.text !== 'type'))) return true;
  }
  return false;
}

/** The unit a path under src/ belongs to: its top folder, or the file itself at the top. */
export function unitOf(path: string): string {
  const [first, ...rest] = path.split('/');
  return rest.length > 0 ? first! : path;
}

export function floorOf(unit: string): number | undefined {
  const index = FLOORS.findIndex((floor) => floor.includes(unit));
  return index < 0 ? undefined : index;
}

/**
 * Resolves a relative specifier of `from` (both relative to src/, with '/') to a file in `files`: `x.js` is
 * `x.ts`, a folder is its index.ts. Undefined for a package, or a file that is not there.
 */
export function resolveSpecifier(from: string, specifier: string, files: ReadonlySet<string>): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const joined = normalize(join(dirname(from), specifier))
    .split(sep)
    .join('/');
  const candidates = [joined.replace(/\.js$/, '.ts'), joined, `${joined}.ts`, `${joined}/index.ts`];
  return candidates.find((c) => files.has(c));
}

/** Strongly connected groups of more than one node (or a node that reaches itself), by Tarjan's algorithm. */
export function circles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || graph.get(v)?.has(v)) found.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return found;
}

/** Everything wrong with a tree of sources (paths relative to src/, with '/'), one sentence each. */
export function checkImports(sources: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const files = new Set(sources.keys());
  const folders = new Map<string, Set<string>>();
  const values = new Map<string, Set<string>>();
  for (const [path, source] of [...sources].sort(([a], [b]) => a.localeCompare(b))) {
    const unit = unitOf(path);
    const floor = floorOf(unit);
    if (floor === undefined) {
      problems.push(`src/${path}: ${unit} stands on no floor (add it to FLOORS in scripts/check-imports.ts)`);
      continue;
    }
    for (const ref of importsOf(source)) {
      const target = resolveSpecifier(path, ref.specifier, files);
      if (!target) {
        if (ref.specifier.startsWith('.')) problems.push(`src/${path}: '${ref.specifier}' names no file in src/`);
        continue;
      }
      if (!ref.typeOnly) values.set(path, (values.get(path) ?? new Set()).add(target));
      const to = unitOf(target);
      if (to === unit) continue;
      folders.set(unit, (folders.get(unit) ?? new Set()).add(to));
      const toFloor = floorOf(to);
      if (toFloor === undefined) continue; // reported for the file itself
      if (toFloor >= floor)
        problems.push(
          `src/${path} imports src/${target}: ${unit} (floor ${floor}) may not import ${to} (floor ${toFloor}` +
            `${toFloor === floor ? ', the same floor' : ', higher'})`,
        );
      const only = ONLY[unit];
      if (only && !only.some((prefix) => target.startsWith(prefix)))
        problems.push(`src/${path} imports src/${target}: ${unit} may import only ${only.join(', ')}`);
      for (const rule of REFUSED)
        if (
          path.startsWith(rule.from) &&
          target.startsWith(rule.to) &&
          !(rule.values && ref.typeOnly) &&
          !rule.except?.includes(path)
        )
          problems.push(`src/${path} imports src/${target}: ${rule.why}`);
    }
  }
  for (const group of circles(folders)) problems.push(`a circle between folders: ${group.join(' ↔ ')}`);
  for (const group of circles(values))
    problems.push(
      `a circle of value imports (one loads before the other is ready): ${group.map((f) => `src/${f}`).join(' ↔ ')}`,
    );
  return problems;
}

/** Every .ts file under a folder, keyed by its path relative to that folder, with '/'. */
export function readTree(root: string): Map<string, string> {
  const sources = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir).sort()) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.ts'))
        sources.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
    }
  };
  walk(root);
  return sources;
}

function main(): number {
  const src = process.argv[2] ?? fileURLToPath(new URL('../src', import.meta.url));
  if (!existsSync(src)) throw new Error(`no src/ at ${src}`);
  const problems = checkImports(readTree(src));
  for (const problem of problems) console.error(problem);
  if (problems.length > 0)
    console.error(`${problems.length} import problem(s); the floors are in docs/architecture.md`);
  return problems.length > 0 ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main();
