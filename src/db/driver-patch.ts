import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * postgres.js 3.4.9 can throw out of a timer, crashing the process, when PostgreSQL drops a connection
 * while a small write is buffered (porsager/postgres#1066, #1154, #1208); and when the server ends a
 * connection in the middle of a query, the reconnected connection's first query fails with that old
 * error (porsager/postgres#1223); and after a result cut off by an error or a dropped connection, the next
 * query's rows come after as many holes as rows were read (porsager/postgres#1119, #1181). No release fixes these yet.
 * patches/postgres+3.4.9.patch fixes all three and `npm install`/`npm ci` apply it (patch-package). An install
 * with `--ignore-scripts`, or a driver of another version, would run without the fix and only fail
 * the day a connection drops; so the app checks the driver it loads before it opens a pool.
 */
export const PATCHED_DRIVER_VERSION = '3.4.9';
/** The first line of each fix the patch adds to each build of the driver. */
export const DRIVER_PATCH_MARKS = [
  '/* complaint-desk: null-socket write fix */',
  '/* complaint-desk: stale error fix */',
  '/* complaint-desk: row count reset fix */',
] as const;
const PATCH_FILE = `patches/postgres+${PATCHED_DRIVER_VERSION}.patch`;
/** Both builds: the app imports the ESM one, anything that `require`s the driver gets the CJS one. */
const PATCHED_FILES = ['src/connection.js', 'cjs/src/connection.js'] as const;

export interface InstalledDriver {
  version: string;
  /** Driver files by their path inside the package; undefined when the file is missing. */
  files: Record<string, string | undefined>;
}

/** What is wrong with this driver, in one line, or undefined when it is the patched release. */
export function driverProblem(driver: InstalledDriver): string | undefined {
  if (driver.version !== PATCHED_DRIVER_VERSION) {
    return (
      `the postgres driver is ${driver.version} but ${PATCH_FILE} was made for ${PATCHED_DRIVER_VERSION}; ` +
      `install the pinned version with \`npm ci\``
    );
  }
  const unpatched = PATCHED_FILES.filter((file) =>
    DRIVER_PATCH_MARKS.some((mark) => !driver.files[file]?.includes(mark)),
  );
  if (unpatched.length === 0) return undefined;
  return (
    `the postgres driver is not patched (${PATCH_FILE} missing from ` +
    `${unpatched.map((f) => `postgres/${f}`).join(', ')}); ` +
    'reinstall without --ignore-scripts (`npm ci`) or run `npx patch-package`'
  );
}

/** Reads the driver this module would load, from wherever Node resolves it. */
export function installedDriver(): InstalledDriver {
  const require = createRequire(import.meta.url);
  const root = packageRoot(require.resolve('postgres'));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  const files: InstalledDriver['files'] = {};
  for (const file of PATCHED_FILES) files[file] = readOrUndefined(join(root, file));
  return { version, files };
}

export class UnpatchedDriverError extends Error {
  constructor(problem: string) {
    super(problem);
    this.name = 'UnpatchedDriverError';
  }
}

let installed: InstalledDriver | undefined;

/** The installed driver, read from disk the first time only: a pool is opened more than once. */
function installedOnce(): InstalledDriver {
  installed ??= installedDriver();
  return installed;
}

/** Throws UnpatchedDriverError unless the driver (by default the installed one) has the fix. */
export function assertPatchedDriver(driver: InstalledDriver = installedOnce()): void {
  const problem = driverProblem(driver);
  if (problem) throw new UnpatchedDriverError(problem);
}

function packageRoot(entry: string): string {
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = readOrUndefined(join(dir, 'package.json'));
    if (manifest && (JSON.parse(manifest) as { name?: string }).name === 'postgres') return dir;
  }
  throw new UnpatchedDriverError(`the postgres driver's package.json was not found above ${entry}`);
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
