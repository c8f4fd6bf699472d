import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { BOT_TOKEN, PEOPLE, SIGNING_SECRET } from './harness.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/** The real app as `npm start` runs it, in its own process, so a test can kill it without warning. */
export class ChildApp {
  private proc: ChildProcess | undefined;
  readonly output: string[] = [];

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get pid(): number | undefined {
    return this.proc?.pid;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** A cold start compiles the TypeScript with tsx: seconds when quiet, far longer on a loaded 2-core machine. */
  async start(timeoutMs = 90_000): Promise<void> {
    this.proc = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...this.env, PORT: String(this.port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.proc.stdout!.on('data', (d: Buffer) => this.output.push(d.toString()));
    this.proc.stderr!.on('data', (d: Buffer) => this.output.push(d.toString()));
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      if (this.proc.exitCode !== null) throw new Error(`app exited early:\n${this.output.join('')}`);
      try {
        const res = await fetch(`${this.baseUrl}/healthz`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`app did not become healthy:\n${this.output.join('')}`);
  }

  /** SIGKILL: no shutdown hooks, no flushing, as a crash or an OOM kill. */
  async kill(): Promise<void> {
    if (!this.proc || this.proc.exitCode !== null) return;
    const exited = new Promise((r) => this.proc!.once('exit', r));
    this.proc.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    if (!this.proc || this.proc.exitCode !== null) return;
    const exited = new Promise((r) => this.proc!.once('exit', r));
    this.proc.kill('SIGTERM');
    await exited;
  }
}

/** The environment of the real app talking to an emulator, with a short lease so a restart takes over quickly. */
export function childAppEnv(slackApiUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackApiUrl,
    TRIAGE_CHANNEL_ID: PEOPLE.triage,
    OUTBOX_POLL_INTERVAL: '100ms',
    OUTBOX_LEASE: '2s',
    LOG_LEVEL: 'error',
    ...extra,
  };
}
