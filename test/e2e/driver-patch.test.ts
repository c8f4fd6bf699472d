import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRIVER_PATCH_MARKS } from '../../src/db/driver-patch.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PATCH_PACKAGE = join(ROOT, 'node_modules', 'patch-package', 'index.js');

/**
 * The app as installed with `npm ci --ignore-scripts`: its own files and every package, but a driver
 * the patch was never applied to. Files are copied (not linked) where Node must resolve `postgres` from
 * the copy: it resolves a linked file from where the link points.
 */
function installWithDriverCopy(dir: string): void {
  for (const entry of ['src', 'drizzle', 'patches', 'assets', 'package.json', 'manifest.yml']) {
    cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (name !== 'postgres') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  cpSync(join(ROOT, 'node_modules', 'postgres'), join(dir, 'node_modules', 'postgres'), { recursive: true });
}

/** patch-package in the copy: `--reverse` takes the fix out again, as if the install step never ran. */
function patchPackage(dir: string, ...args: string[]): void {
  const run = spawnSync(process.execPath, [PATCH_PACKAGE, ...args], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`patch-package ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
}

/** `npm start` against a PostgreSQL URL nothing listens on: the driver check comes before any connection. */
async function startApp(dir: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      SLACK_BOT_TOKEN: 'xoxb-not-a-real-token',
      SLACK_SIGNING_SECRET: 'not-a-real-secret',
      SLACK_API_URL: 'http://127.0.0.1:9/api/',
      TRIAGE_CHANNEL_ID: 'C0TRIAGE',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:9/nothing',
      PORT: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(timer);
  return { code, stderr };
}

describe('starting on PostgreSQL with the driver as installed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'complaint-desk-driver-'));
  const connection = join(dir, 'node_modules', 'postgres', 'src', 'connection.js');
  beforeAll(() => installWithDriverCopy(dir));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses an unpatched driver with one clear line and a non-zero exit', async () => {
    patchPackage(dir, '--reverse');
    for (const mark of DRIVER_PATCH_MARKS) expect(readFileSync(connection, 'utf8')).not.toContain(mark);

    const { code, stderr } = await startApp(dir);
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^Complaint Desk failed to start: the postgres driver is not patched \(.*npm ci/),
    ]);
  }, 90_000);

  it('gets past the check once patch-package has applied the fix (and fails only on the missing server)', async () => {
    patchPackage(dir);
    for (const mark of DRIVER_PATCH_MARKS) expect(readFileSync(connection, 'utf8')).toContain(mark);

    const { code, stderr } = await startApp(dir);
    expect(code).toBe(1);
    expect(stderr).not.toContain('not patched');
    expect(stderr).toContain('ECONNREFUSED');
  }, 90_000);
});
