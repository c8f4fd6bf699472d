import { describe, expect, it } from 'vitest';
import { checkImports, circles, importsOf, resolveSpecifier } from '../../scripts/check-imports.js';

/** A tiny tree in the shape of src/: paths relative to it, each file's source. */
function tree(files: Record<string, string>): Map<string, string> {
  return new Map(Object.entries(files));
}

describe('reading the imports of a file', () => {
  it('finds every form, and which bring in only types', () => {
    const source = [
      "import { a } from './a.js';",
      "import type { B } from '../b.js';",
      "import { type C, type D } from './c.js';",
      "import { type E, f } from './e.js';",
      "import g, { type H } from './g.js';",
      "import * as ns from './ns.js';",
      "import './side-effect.js';",
      "export { x } from './x.js';",
      "export type { Y } from './y.js';",
      "export * from './all.js';",
      'export const local = 1;',
      "const later = await import('./later.js');",
      'const here = import.meta.url;',
    ].join('\n');
    expect(importsOf(source)).toEqual([
      { specifier: './a.js', typeOnly: false },
      { specifier: '../b.js', typeOnly: true },
      { specifier: './c.js', typeOnly: true },
      { specifier: './e.js', typeOnly: false },
      { specifier: './g.js', typeOnly: false },
      { specifier: './ns.js', typeOnly: false },
      { specifier: './side-effect.js', typeOnly: false },
      { specifier: './x.js', typeOnly: false },
      { specifier: './y.js', typeOnly: true },
      { specifier: './all.js', typeOnly: false },
      { specifier: './later.js', typeOnly: false },
    ]);
  });

  it('reads an import spread over lines, and nothing in comments, strings or templates', () => {
    const source = [
      '// import { no } from "./comment.js";',
      "/* export * from './block.js'; */",
      'const s = "import { no } from \'./string.js\'";',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the text of a template literal, read as source
      'const t = `import { no } from "./template.js" ${"x"}`;',
      'export { local }',
      'import {',
      '  one,',
      '  type Two,',
      "} from './multi.js';",
    ].join('\n');
    expect(importsOf(source)).toEqual([{ specifier: './multi.js', typeOnly: false }]);
  });

  it('stays linear on a long file of hostile text', () => {
    const hostile = `${'import { '.repeat(20_000)}${'`${'.repeat(5_000)}${"'".repeat(10_000)}`;
    const started = performance.now();
    importsOf(hostile);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('resolving a specifier', () => {
  const files = new Set(['services/a.ts', 'db/index.ts', 'app.ts']);
  it('maps .js to .ts, a folder to its index, and leaves packages alone', () => {
    expect(resolveSpecifier('services/b.ts', './a.js', files)).toBe('services/a.ts');
    expect(resolveSpecifier('services/b.ts', '../db', files)).toBe('db/index.ts');
    expect(resolveSpecifier('index.ts', './app.js', files)).toBe('app.ts');
    expect(resolveSpecifier('services/b.ts', 'zod', files)).toBeUndefined();
  });
});

describe('finding circles', () => {
  it('names each group that reaches itself, and a node importing itself', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['d'])],
      ['e', new Set(['a'])],
    ]);
    expect(circles(graph)).toEqual([['a', 'b', 'c'], ['d']]);
  });
});

describe('checking a tree against the floors', () => {
  const clean = {
    'domain/sla.ts': 'export const due = 1;',
    'db/queries/outbox.ts': "import { due } from '../../domain/sla.js';",
    'queue/jobs.ts': "import { enqueue } from '../db/queries/outbox.js';",
    'services/drafts.ts': "import { sendReplyJob } from '../queue/jobs.js';",
    'jobs/send-reply.ts': "import { markReplySent } from '../services/drafts.js';",
    'jobs/registry.ts': "import { sendReply } from './send-reply.js';",
    'app.ts': "import { HANDLERS } from './jobs/registry.js';",
  };

  it('passes a tree where every import points down', () => {
    expect(checkImports(tree(clean))).toEqual([]);
  });

  it('refuses an import up a floor, and the circle between folders it makes', () => {
    const problems = checkImports(
      tree({ ...clean, 'services/drafts.ts': "import { sendReply } from '../jobs/send-reply.js';" }),
    );
    expect(problems).toContain(
      'src/services/drafts.ts imports src/jobs/send-reply.ts: services (floor 6) may not import jobs (floor 7, higher)',
    );
    expect(problems).toContain('a circle between folders: jobs ↔ services');
    expect(problems).toContain(
      'a circle of value imports (one loads before the other is ready): ' +
        'src/jobs/send-reply.ts ↔ src/services/drafts.ts',
    );
  });

  it('refuses a type import up a floor too, but counts no type-only circle as one that runs at load', () => {
    const problems = checkImports(
      tree({ ...clean, 'queue/jobs.ts': "import type { Handler } from '../jobs/registry.js';" }),
    );
    expect(problems).toContain(
      'src/queue/jobs.ts imports src/jobs/registry.ts: queue (floor 3) may not import jobs (floor 7, higher)',
    );
    expect(problems.filter((p) => p.startsWith('a circle of value imports'))).toEqual([]);
  });

  it('refuses an import between folders on one floor', () => {
    const problems = checkImports(
      tree({ ...clean, 'listeners/approve.ts': "import { sendReply } from '../jobs/send-reply.js';" }),
    );
    expect(problems).toEqual([
      'src/listeners/approve.ts imports src/jobs/send-reply.ts: ' +
        'listeners (floor 7) may not import jobs (floor 7, the same floor)',
    ]);
  });

  it('refuses what the layers forbid though the floors allow it', () => {
    const problems = checkImports(
      tree({
        ...clean,
        'listeners/approve.ts': "import type { Draft } from '../db/schema/index.js';",
        'db/schema/index.ts': 'export type Draft = { id: number };',
        'views/card.ts': "import type { Similar } from '../db/queries/outbox.js';",
      }),
    );
    expect(problems).toEqual([
      'src/listeners/approve.ts imports src/db/schema/index.ts: ' +
        'a listener calls a service; it reads and writes nothing itself',
    ]);
    expect(
      checkImports(tree({ ...clean, 'views/card.ts': "import { claim } from '../db/queries/outbox.js';" })),
    ).toEqual(['src/views/card.ts imports src/db/queries/outbox.ts: a view is a pure function of what it is given']);
    expect(checkImports(tree({ ...clean, 'queue/jobs.ts': "import { IDS } from '../ids.js';", 'ids.ts': '' }))).toEqual(
      ['src/queue/jobs.ts imports src/ids.ts: queue may import only domain/, db/'],
    );
  });

  it('refuses a circle of value imports inside one folder, a folder on no floor, and a missing file', () => {
    const problems = checkImports(
      tree({
        ...clean,
        'services/a.ts': "import { b } from './b.js';",
        'services/b.ts': "import { a } from './a.js';",
        'services/c.ts': "import type { D } from './d.js';",
        'services/d.ts': "import type { C } from './c.js';",
        'scratch/x.ts': "import { due } from '../domain/sla.js';",
        'domain/tone.ts': "import { gone } from './gone.js';",
      }),
    );
    expect(problems).toEqual([
      "src/domain/tone.ts: './gone.js' names no file in src/",
      'src/scratch/x.ts: scratch stands on no floor (add it to FLOORS in scripts/check-imports.ts)',
      'a circle of value imports (one loads before the other is ready): src/services/a.ts ↔ src/services/b.ts',
    ]);
  });
});
