/**
 * Proves the production install works: a clean copy of the project, `npm ci --omit=dev` (no TypeScript,
 * no tsx), the `dist/` built beforehand with `npm run build`, then `npm start` on a free loopback port
 * with embedded PGlite and placeholder Slack settings, until `GET /healthz` answers 200.
 * Fails (exit 1) if any step does; every wait is bounded. Nothing leaves 127.0.0.1 but the npm install.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HEALTHY_WITHIN_MS = 60_000;
/** Packages only development needs; finding one installed means the check is not testing what it says. */
const DEV_ONLY = ['typescript', 'tsx', 'vitest', 'drizzle-kit', '@biomejs/biome'];

function step(text) {
  console.log(`production start: ${text}`);
}

function fail(text) {
  console.error(`production start: FAILED: ${text}`);
  process.exit(1);
}

/**
 * The tracked files as a deploy checks them out (with uncommitted edits to them: `git stash create`
 * makes a commit of the working tree without touching it), else the tree without its build output.
 */
function copyProject(dir) {
  try {
    const tree = execFileSync('git', ['stash', 'create'], { cwd: ROOT, encoding: 'utf8' }).trim() || 'HEAD';
    const archive = execFileSync('git', ['archive', '--format=tar', tree], { cwd: ROOT, maxBuffer: 1 << 30 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
  } catch {
    const skip = new Set(['node_modules', 'dist', '.data', '.git', 'coverage']);
    cpSync(ROOT, dir, { recursive: true, filter: (src) => !skip.has(src.slice(ROOT.length).split('/')[0]) });
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Signals npm's whole process group and waits (bounded) for npm to exit. */
async function stop(app, signal) {
  if (app.exitCode !== null || app.signalCode !== null) return;
  const exited = new Promise((resolve) => app.once('exit', resolve));
  try {
    process.kill(-app.pid, signal);
  } catch {
    return; // already gone
  }
  await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
}

async function waitHealthy(url, app) {
  const started = Date.now();
  while (Date.now() - started < HEALTHY_WITHIN_MS) {
    if (app.exitCode !== null) return `the app exited with ${app.exitCode} before answering`;
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return undefined;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return `no 200 from ${url} within ${HEALTHY_WITHIN_MS / 1000} s`;
}

/**
 * `npm run doctor` from the same install: with Slack out of reach it must run its checks and report
 * problems (exit 1), not fail to load (exit 2, or npm's own failure).
 */
function checkDoctor(dir, env) {
  step('npm run doctor');
  const run = spawnSync('npm', ['run', '--silent', 'doctor'], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
  const printed = `${run.stdout}${run.stderr}`;
  if (run.status !== 1 || !printed.includes('problem(s) to fix')) {
    fail(`npm run doctor exited with ${run.status} instead of reporting problems:\n${printed}`);
  }
  step(
    `npm run doctor ran its checks (exit 1, Slack being out of reach):\n  ${printed.trim().split('\n').join('\n  ')}`,
  );
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) fail('dist/index.js is missing; run `npm run build` first');
  const dir = mkdtempSync(join(tmpdir(), 'complaint-desk-production-'));
  let app;
  try {
    copyProject(dir);
    step(`npm ci --omit=dev in ${dir}`);
    execFileSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
    const present = DEV_ONLY.filter((name) => existsSync(join(dir, 'node_modules', name)));
    if (present.length > 0) fail(`development packages installed: ${present.join(', ')}`);
    cpSync(join(ROOT, 'dist'), join(dir, 'dist'), { recursive: true });

    const port = await freePort();
    // Placeholder Slack settings: the app starts without reaching Slack (its start-up checks only log).
    const closed = await freePort();
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      SLACK_BOT_TOKEN: 'xoxb-production-start-check',
      SLACK_SIGNING_SECRET: 'production-start-check',
      SLACK_API_URL: `http://127.0.0.1:${closed}/api/`,
      TRIAGE_CHANNEL_ID: 'C0PRODCHECK',
    };
    step(`npm start on 127.0.0.1:${port} (embedded PGlite in ${dir}/.data)`);
    const output = [];
    // Its own process group, so stopping it stops npm and the node process npm started.
    const started = Date.now();
    app = spawn('npm', ['start'], { cwd: dir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    app.stdout.on('data', (d) => output.push(d.toString()));
    app.stderr.on('data', (d) => output.push(d.toString()));
    const problem = await waitHealthy(`http://127.0.0.1:${port}/healthz`, app);
    if (problem) fail(`${problem}\n${output.join('')}`);
    step(`GET /healthz answered 200, ${((Date.now() - started) / 1000).toFixed(1)} s after npm start`);
    // Stopped before the doctor opens the same database folder.
    await stop(app, 'SIGTERM');
    checkDoctor(dir, env);
  } finally {
    if (app) await stop(app, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
