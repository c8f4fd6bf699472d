import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assertPatchedDriver,
  DRIVER_PATCH_MARKS,
  driverProblem,
  installedDriver,
  PATCHED_DRIVER_VERSION,
  UnpatchedDriverError,
} from '../../src/db/driver-patch.js';

const [writeFix, staleErrorFix, rowCountFix] = DRIVER_PATCH_MARKS;
/** A build with an earlier patch: the write fix only. */
const halfPatched = `function nextWrite(fn) {\n    ${writeFix}\n    if (!socket) {`;
/** A build with the patch before the row count fix. */
const withoutRowCountFix = `${halfPatched}\n ... \n    ${staleErrorFix}\n    if (initial) {`;
const patched = `${withoutRowCountFix}\n ... \n    ${rowCountFix}\n    result = new Result()`;
const unpatched = 'function nextWrite(fn) {\n    const x = socket.write(chunk, fn)';
const driver = (esm: string | undefined, cjs: string | undefined, version = PATCHED_DRIVER_VERSION) => ({
  version,
  files: { 'src/connection.js': esm, 'cjs/src/connection.js': cjs },
});

describe('the PostgreSQL driver check', () => {
  it('accepts the pinned release with the fix in both builds', () => {
    expect(driverProblem(driver(patched, patched))).toBeUndefined();
    expect(() => assertPatchedDriver(driver(patched, patched))).not.toThrow();
  });

  it('names each build that lacks the fix, in one line that says how to repair it', () => {
    const problem = driverProblem(driver(unpatched, patched));
    expect(problem).toContain('postgres driver is not patched');
    expect(problem).toContain('postgres/src/connection.js');
    expect(problem).not.toContain('cjs/src/connection.js');
    expect(problem).toContain('npm ci');
    expect(problem).not.toContain('\n');
    expect(driverProblem(driver(patched, undefined))).toContain('postgres/cjs/src/connection.js');
    expect(driverProblem(driver(patched, halfPatched))).toContain('postgres/cjs/src/connection.js');
    expect(driverProblem(driver(withoutRowCountFix, patched))).toContain('postgres/src/connection.js');
  });

  it('refuses another release even if it carries the mark: the patch was made for one version', () => {
    expect(driverProblem(driver(patched, patched, '3.4.10'))).toContain('the postgres driver is 3.4.10');
  });

  it('throws a typed error for an unpatched driver', () => {
    expect(() => assertPatchedDriver(driver(unpatched, unpatched))).toThrow(UnpatchedDriverError);
  });

  it('finds the driver that is installed here, and it is the patched, pinned one', () => {
    const here = installedDriver();
    expect(here.version).toBe(PATCHED_DRIVER_VERSION);
    expect(driverProblem(here)).toBeUndefined();
    const pinned = JSON.parse(readFileSync('package.json', 'utf8')).dependencies.postgres;
    expect(pinned).toBe(PATCHED_DRIVER_VERSION);
  });
});
