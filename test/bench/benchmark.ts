/**
 * `npm run bench`: bounded, loopback-only figures for the README.
 *  1. Delivery: a burst of complaints to the real app (HTTP mode, separate process) with the Slack
 *     emulator adding latency and Slack's rate limit (about one post per second per channel, 429 with
 *     Retry-After): time to receipt and to triage card, drafted by a model stub on 127.0.0.1 that
 *     answers at once, then the same burst again with the model never answering.
 *  2. Acknowledgements: signed complaints from many channels at a set concurrency, to the real app and
 *     to a bare Bolt app with a no-op listener and to one that commits each event before acknowledging (the floor
 *     of a durable acknowledgement), in alternating rounds from a load generator of its own
 *     (test/bench/ack-load.ts): ack latency p50/p99 side by side.
 *  1b. An outage: 60 complaints about Jakarta from 40 channels in English and Chinese, three paired engineers,
 *     first-reply targets of seconds, nobody answering, on a fresh app and database: receipts, how soon each
 *     complaint is visible to agents, Web API calls per method, and how often each person is paged.
 *  3. Peak memory of the app process.
 *  4. The SLA sweep with a million tickets of which ten thousand are open: its plan and its cost.
 *  5. Similar-ticket search on the card with 100,000 resolved tickets: its cost and plans (test/bench/similar.ts).
 *  6. The outbox claim behind a backlog of 100,000 pending intakes, each lane (test/bench/claim.ts).
 *  7. Questions about the complaint data over 100,000 tickets: answer time and the slowest plan (test/bench/ask.ts).
 * Uses DATABASE_URL when set (a fresh database is created and dropped), PGlite otherwise.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { percentile } from '../../src/domain/report.js';
import { prepareToneReader } from '../../src/domain/tone-reader.js';
import { silentLog } from '../../src/logger.js';
import type { PeopleDirectory } from '../../src/services/people.js';
import { sweepOnce } from '../../src/services/sweep.js';
import { freePort } from '../support/child-app.js';
import { BOT_TOKEN, PEOPLE, SIGNING_SECRET } from '../support/harness.js';
import { OpenAIStub } from '../support/openai-stub.js';
import { SlackEmulator } from '../support/slack-emulator.js';
import { SlackSender } from '../support/slack-requests.js';
import {
  callsPerMethod,
  firstNamedAt,
  jakartaComplaint,
  pagesOf,
  ticketOfReceipt,
} from '../support/incident-scenario.js';
import type { AckRunRequest, AckRunResult } from './ack-load.js';
import { cpuDuring, pidsNamed } from './cpu.js';
import { benchChannel, benchComplaint } from './complaint.js';
import { benchAsk, printAsk } from './ask.js';
import { benchClaim, printClaim } from './claim.js';
import { benchSimilar, printSimilar, withBenchDatabase } from './similar.js';
import { measureClassify, printClassify } from './classify.js';
import { measureLanguageDetection, printLanguageDetection } from './language.js';
import {
  measureAfterCollections,
  measureTextWorstCases,
  printAfterCollections,
  printTextWorstCases,
} from './text-worst-case.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const SETTINGS = {
  burst: num('BENCH_BURST', 60),
  acks: num('BENCH_ACKS', 2000),
  rounds: num('BENCH_ROUNDS', 5),
  warmup: num('BENCH_WARMUP', 1000),
  roundWarmup: num('BENCH_ROUND_WARMUP', 200),
  concurrency: num('BENCH_CONCURRENCY', 50),
  channels: num('BENCH_CHANNELS', 50),
  latencyMs: num('BENCH_SLACK_LATENCY_MS', 40),
  sweepTickets: num('BENCH_SWEEP_TICKETS', 1_000_000),
  sweepOpen: num('BENCH_SWEEP_OPEN', 10_000),
  sweeps: num('BENCH_SWEEPS', 1000),
  similarTickets: num('BENCH_SIMILAR_TICKETS', 100_000),
  claimBacklog: num('BENCH_CLAIM_BACKLOG', 100_000),
  askTickets: num('BENCH_ASK_TICKETS', 100_000),
  askRounds: num('BENCH_ASK_ROUNDS', 5),
  // Slack sends an app at most 30,000 events an hour from one workspace, about 8 a second
  // (https://docs.slack.dev/reference/events/app_rate_limited); 200 a second is 24 times that.
  steadyRate: num('BENCH_STEADY_RATE', 200),
  steadyAcks: num('BENCH_STEADY_ACKS', 3000),
  steadyRounds: num('BENCH_STEADY_ROUNDS', 2),
  claims: num('BENCH_CLAIMS', 200),
  incidentComplaints: num('BENCH_INCIDENT_COMPLAINTS', 60),
  incidentChannels: num('BENCH_INCIDENT_CHANNELS', 40),
  deadlineMs: num('BENCH_DEADLINE_S', 600) * 1000,
  /** `outage` runs section 1b alone, on a database of its own. */
  only: process.env.BENCH_ONLY ?? '',
};
const started = Date.now();
const ms = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} ms`);
const seconds = (x: number | null) => (x === null ? '—' : `${(x / 1000).toFixed(2)} s`);
function checkDeadline(): void {
  if (Date.now() - started > SETTINGS.deadlineMs) throw new Error('benchmark deadline reached');
}

/** The Node flags of `npm start`, so the benchmark runs the app exactly as it is deployed. */
const START_FLAGS: string[] = (
  JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .split(/\s+/)
  .filter((arg) => arg.startsWith('--'));

async function startProcess(script: string, env: Record<string, string>, port: number): Promise<ChildProcess> {
  const args = script.endsWith('.ts') ? ['--import', 'tsx', script] : [...START_FLAGS, script];
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 300; i++) {
    if (proc.exitCode !== null) throw new Error(`${script} exited early`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return proc;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${script} did not start`);
}

function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

/** The load generator's process (test/bench/ack-load.ts), kept warm across runs. */
class LoadGenerator {
  private readonly proc = spawn(process.execPath, ['--import', 'tsx', 'test/bench/ack-load.ts'], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });

  run(url: string, teamId: string, count: number, label: string, ratePerSecond?: number): Promise<number[]> {
    const request: AckRunRequest = {
      ratePerSecond,
      url,
      signingSecret: SIGNING_SECRET,
      teamId,
      customerTeam: PEOPLE.customerTeam,
      count,
      concurrency: SETTINGS.concurrency,
      channels: SETTINGS.channels,
      label,
    };
    return new Promise((resolve, reject) => {
      this.proc.once('message', (m: AckRunResult) => (m.error ? reject(new Error(m.error)) : resolve(m.latencies)));
      this.proc.send(request);
    });
  }

  get pid(): number {
    return this.proc.pid!;
  }

  stop(): void {
    this.proc.kill('SIGKILL');
  }
}

/** Who is measured: the bare Bolt app, the bare app that commits each event first, or ours. */
type Target = 'bare' | 'commit' | 'app';

/** One measured run of acknowledgements: each latency, and the CPU milliseconds each side used. */
interface Measured {
  latencies: number[];
  cpu: Record<'app' | 'database' | 'load', number | null>;
}

function isLoopback(url: string): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(url).hostname);
}

/**
 * Slack: "chat.postMessage generally allows posting one message per second per channel"; "Posting
 * messages: 1 per second. Short bursts >1 allowed. If you attempt bursts, there is no guarantee that
 * messages will be stored or displayed to users" (https://docs.slack.dev/apis/web-api/rate-limits, Web
 * API Special Tier and "Posting messages"). How big a burst may be is not published, so the emulator
 * allows the least the words promise, two at once, then one a second, else 429 with Retry-After; the
 * burst is also run once with no burst allowed at all, the strictest reading.
 */
const SLACK_POSTS_PER_CHANNEL_PER_SECOND = 1;
const SLACK_POST_BURST = 2;

interface BurstResult {
  toReceipt: number[];
  /** Receipts of the first complaint in each channel, and of the ones after it (Slack's 1/s applies). */
  firstInChannel: number[];
  laterInChannel: number[];
  toCard: number[];
  /** Until the complaint's ticket is first named in the triage channel (its card, or the incident card). */
  toVisible: number[];
  rateLimited: number;
  /** Web API calls per method while the burst was handled. */
  perMethod: Array<[string, number]>;
}

/** Sends a burst of complaints at once; waits for every receipt and card. */
async function runBurst(slack: SlackSender, emulator: SlackEmulator, label: string): Promise<BurstResult> {
  const callsBefore = emulator.calls.length;
  const burst = Array.from({ length: SETTINGS.burst }, (_, i) => {
    const c = benchComplaint({
      channel: benchChannel(i % SETTINGS.channels),
      seq: i + 1,
      label,
      customerTeam: PEOPLE.customerTeam,
    });
    return { ...c, first: i < SETTINGS.channels, send: () => slack.event(c.event, { shared: true }) };
  });
  const sentAt = new Map<string, number>();
  await Promise.all(
    burst.map(async (c) => {
      sentAt.set(c.ts, Date.now());
      const res = await c.send();
      if (res.status !== 200) throw new Error(`delivery: HTTP ${res.status}`);
    }),
  );
  const posted = (pred: (args: Record<string, unknown>) => boolean) =>
    emulator.calls.filter((x) => x.method === 'chat.postMessage' && x.status === 200 && pred(x.args));
  const receiptOf = (c: (typeof burst)[number]) => posted((a) => a.channel === c.event.channel && a.thread_ts === c.ts);
  await emulator.waitFor(
    () =>
      burst.every((c) => receiptOf(c).length > 0) &&
      burst.every((c) => posted((a) => String(a.text).includes(c.label)).length > 0),
    Math.max(30_000, SETTINGS.burst * 2500),
    'every receipt and card',
  );
  const receipt = (c: (typeof burst)[number]) => receiptOf(c)[0]!.at - sentAt.get(c.ts)!;
  const visible = (c: (typeof burst)[number]) => {
    const ticket = ticketOfReceipt(String(receiptOf(c)[0]!.args.text));
    const at = ticket === undefined ? undefined : firstNamedAt(emulator.calls, PEOPLE.triage, ticket);
    return (at ?? posted((a) => String(a.text).includes(c.label))[0]!.at) - sentAt.get(c.ts)!;
  };
  return {
    toVisible: burst.map(visible),
    perMethod: callsPerMethod(emulator.calls.slice(callsBefore)),
    toReceipt: burst.map(receipt),
    firstInChannel: burst.filter((c) => c.first).map(receipt),
    laterInChannel: burst.filter((c) => !c.first).map(receipt),
    toCard: burst.map((c) => posted((a) => String(a.text).includes(c.label))[0]!.at - sentAt.get(c.ts)!),
    rateLimited: emulator.calls.slice(callsBefore).filter((x) => x.status === 429).length,
  };
}

async function benchApps(database: { url?: string; pgliteDir?: string }) {
  const emulator = new SlackEmulator({
    token: BOT_TOKEN,
    latencyMs: SETTINGS.latencyMs,
    postsPerChannelPerSecond: SLACK_POSTS_PER_CHANNEL_PER_SECOND,
    postBurst: SLACK_POST_BURST,
  });
  await emulator.start();
  emulator.setMembers(PEOPLE.triage, [PEOPLE.agent, emulator.botUserId]);
  emulator.addUser(PEOPLE.engineer);
  const model = new OpenAIStub({ server: 'openai' });
  await model.start();
  const env: Record<string, string> = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: emulator.url,
    TRIAGE_CHANNEL_ID: PEOPLE.triage,
    LOG_LEVEL: 'error',
    OUTBOX_POLL_INTERVAL: '200ms',
    ...(database.url ? { DATABASE_URL: database.url } : { PGLITE_DIR: database.pgliteDir! }),
  };
  const load = new LoadGenerator();
  const barePort = await freePort();
  const bare = await startProcess('test/bench/bare-bolt.ts', env, barePort);
  const commitPort = await freePort();
  const commitDir = database.url ? undefined : mkdtempSync(join(tmpdir(), 'complaint-desk-bare-'));
  const commit = await startProcess(
    'test/bench/bare-bolt-commit.ts',
    { ...env, ...(commitDir ? { BARE_PGLITE_DIR: commitDir } : {}) },
    commitPort,
  );
  const appPort = await freePort();
  // The app runs as `npm start` runs it: compiled JavaScript (built in main()) and the same flags.
  const appEnv = { ...env, OPENAI_API_KEY: 'sk-bench-not-real', OPENAI_BASE_URL: model.url };
  const app = await startProcess('dist/index.js', appEnv, appPort);
  const idleMemory = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${app.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  try {
    const slack = new SlackSender(`http://127.0.0.1:${appPort}`, SIGNING_SECRET, emulator.teamId);
    for (let c = 0; c < SETTINGS.channels; c++) {
      const res = await slack.command({
        text: `link <@${PEOPLE.engineer}>`,
        userId: PEOPLE.agent,
        channelId: benchChannel(c),
      });
      if (!res.text.includes('Linked')) throw new Error(`link failed: ${res.text}`);
    }

    // 1. Delivery under Slack's rate limits, with a model that answers, then with one that never does.
    model.mode = 'good';
    const healthy = await runBurst(slack, emulator, 'd');
    const healthyDrafts = model.draftRequests().length;
    checkDeadline();
    emulator.setPostBurst(1);
    const noBurst = await runBurst(slack, emulator, 's');
    emulator.setPostBurst(SLACK_POST_BURST);
    const noBurstDrafts = model.draftRequests().length - healthyDrafts;
    checkDeadline();
    model.mode = 'hang';
    const hanging = await runBurst(slack, emulator, 'h');
    const hangingDrafts = model.draftRequests().length - healthyDrafts - noBurstDrafts;
    model.mode = 'good';
    checkDeadline();

    // 2. Acknowledgements: the bare app and ours take turns, so both meet the same machine. While the
    // bare app is measured ours is stopped (SIGSTOP), or its background work would slow the baseline.
    const bareUrl = `http://127.0.0.1:${barePort}`;
    const appUrl = `http://127.0.0.1:${appPort}`;
    const commitUrl = `http://127.0.0.1:${commitPort}`;
    const measure = async (target: Target, count: number, ratePerSecond?: number) => {
      if (target !== 'app') app.kill('SIGSTOP');
      const url = target === 'bare' ? bareUrl : target === 'commit' ? commitUrl : appUrl;
      try {
        // Each round starts with a few unmeasured requests, so neither app is timed coming out of a pause.
        await load.run(url, emulator.teamId, SETTINGS.roundWarmup, 'w');
        const measured = target === 'bare' ? bare : target === 'commit' ? commit : app;
        const { result, ms } = await cpuDuring(
          {
            app: () => [measured.pid!],
            // Only a server on this machine is seen; PGlite runs inside the app and is counted there.
            database: () => (database.url && isLoopback(database.url) ? pidsNamed('postgres') : []),
            load: () => [load.pid],
          },
          () => load.run(url, emulator.teamId, count, target === 'app' ? 'a' : target[0]!, ratePerSecond),
        );
        return { latencies: result, cpu: ms };
      } finally {
        if (target !== 'app') {
          app.kill('SIGCONT');
          // Its timers all fell due while it was stopped: let them fire, as they would have, spread out.
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
    };
    await measure('bare', SETTINGS.warmup);
    await measure('commit', SETTINGS.warmup);
    await measure('app', SETTINGS.warmup);
    const rounds: Array<Record<Target, Measured>> = [];
    for (let r = 0; r < SETTINGS.rounds; r++) {
      rounds.push({
        bare: await measure('bare', SETTINGS.acks),
        commit: await measure('commit', SETTINGS.acks),
        app: await measure('app', SETTINGS.acks),
      });
      checkDeadline();
    }
    const steady: Array<Record<Target, Measured>> = [];
    for (let r = 0; r < SETTINGS.steadyRounds; r++) {
      steady.push({
        bare: await measure('bare', SETTINGS.steadyAcks, SETTINGS.steadyRate),
        commit: await measure('commit', SETTINGS.steadyAcks, SETTINGS.steadyRate),
        app: await measure('app', SETTINGS.steadyAcks, SETTINGS.steadyRate),
      });
      checkDeadline();
    }
    const memory = peakRssMb(app.pid!);
    return {
      healthy,
      healthyDrafts,
      noBurst,
      noBurstDrafts,
      hanging,
      hangingDrafts,
      rounds,
      steady,
      memory,
      idleMemory,
    };
  } finally {
    load.stop();
    bare.kill('SIGKILL');
    commit.kill('SIGKILL');
    if (commitDir) rmSync(commitDir, { recursive: true, force: true });
    app.kill('SIGCONT');
    app.kill('SIGKILL');
    await emulator.stop();
    await model.stop();
  }
}

interface IncidentResult {
  toReceipt: number[];
  toVisible: number[];
  perMethod: Array<[string, number]>;
  pages: Record<string, { dms: number; mentions: number }>;
  incidents: number;
  rateLimited: number;
  /** CPU milliseconds until every complaint was visible: the app (PGlite inside it) and a local server. */
  cpu: { app: number | null; database: number | null };
}

const INCIDENT_ENGINEERS = ['UENGJ0001', 'UENGJ0002', 'UENGJ0003'];
const INCIDENT_LEAD = 'ULEADJ001';

/**
 * 1b. The outage: a fresh app and database, Slack's per-channel limit, complaints about Jakarta from many channels
 * in English and Chinese, seconds-long first-reply targets, nobody answering. Waits for every receipt, for every
 * complaint to be named in the triage channel, and for the lead's page; then counts.
 */
async function benchIncident(database: { url?: string; pgliteDir?: string }): Promise<IncidentResult> {
  const emulator = new SlackEmulator({
    token: BOT_TOKEN,
    latencyMs: SETTINGS.latencyMs,
    postsPerChannelPerSecond: SLACK_POSTS_PER_CHANNEL_PER_SECOND,
    postBurst: SLACK_POST_BURST,
  });
  await emulator.start();
  emulator.setMembers(PEOPLE.triage, [PEOPLE.agent, emulator.botUserId]);
  for (const person of [...INCIDENT_ENGINEERS, INCIDENT_LEAD]) emulator.addUser(person);
  const port = await freePort();
  const app = await startProcess(
    'dist/index.js',
    {
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: emulator.url,
      TRIAGE_CHANNEL_ID: PEOPLE.triage,
      SUPPORT_LEAD_USER_ID: INCIDENT_LEAD,
      LOG_LEVEL: 'error',
      OUTBOX_POLL_INTERVAL: '200ms',
      SWEEP_INTERVAL: '200ms',
      SLA_FIRST_RESPONSE: 'urgent=4s,high=4s,medium_high=4s,medium=4s,medium_low=4s',
      ESCALATION_LEAD_AFTER: '2s',
      ...(database.url ? { DATABASE_URL: database.url } : { PGLITE_DIR: database.pgliteDir! }),
    },
    port,
  );
  try {
    const slack = new SlackSender(`http://127.0.0.1:${port}`, SIGNING_SECRET, emulator.teamId);
    const channel = (i: number) => `CJKT${String(i % SETTINGS.incidentChannels).padStart(4, '0')}`;
    for (let c = 0; c < SETTINGS.incidentChannels; c++) {
      const engineer = INCIDENT_ENGINEERS[c % INCIDENT_ENGINEERS.length];
      const res = await slack.command({ text: `link <@${engineer}>`, userId: PEOPLE.agent, channelId: channel(c) });
      if (!res.text.includes('Linked')) throw new Error(`link failed: ${res.text}`);
    }
    const callsBefore = emulator.calls.length;
    const sent = Array.from({ length: SETTINGS.incidentComplaints }, (_, i) => {
      const label = `[j${i + 1}]`;
      const ts = `${Math.floor(Date.now() / 1000)}.${String(900_000 + i).padStart(6, '0')}`;
      return { i, ts, channel: channel(i), label, text: jakartaComplaint(i, label), at: 0 };
    });
    // Within 5 s: a third at once, the rest spread over the seconds after.
    const atOnce = Math.ceil(sent.length / 3);
    const spacing = 4000 / Math.max(1, sent.length - atOnce);
    const deliver = () =>
      Promise.all(
        sent.map(async (c) => {
          await new Promise((r) => setTimeout(r, c.i < atOnce ? 0 : (c.i - atOnce) * spacing));
          c.at = Date.now();
          const event = {
            type: 'message',
            channel: c.channel,
            user: `UJKT${c.i}`,
            user_team: PEOPLE.customerTeam,
            team: PEOPLE.customerTeam,
            text: c.text,
            ts: c.ts,
          };
          const res = await slack.event(event, { shared: true });
          if (res.status !== 200) throw new Error(`delivery: HTTP ${res.status}`);
        }),
      );
    const receiptOf = (c: (typeof sent)[number]) =>
      emulator.calls.find(
        (x) =>
          x.method === 'chat.postMessage' &&
          x.status === 200 &&
          x.args.channel === c.channel &&
          x.args.thread_ts === c.ts &&
          ticketOfReceipt(String(x.args.text)) !== undefined,
      );
    const ticketOf = (c: (typeof sent)[number]) => ticketOfReceipt(String(receiptOf(c)!.args.text))!;
    // The CPU the flood costs, from the first complaint until every one is visible: latency under a load moves
    // with whatever else the machine does, the work it is made of far less.
    const { ms: cpu } = await cpuDuring(
      {
        app: () => [app.pid!],
        database: () => (database.url && isLoopback(database.url) ? pidsNamed('postgres') : []),
      },
      async () => {
        await deliver();
        await emulator.waitFor(() => sent.every((c) => receiptOf(c)), 60_000, 'every receipt');
        await emulator.waitFor(
          () => sent.every((c) => firstNamedAt(emulator.calls, PEOPLE.triage, ticketOf(c)) !== undefined),
          60_000,
          'every complaint visible',
        );
      },
    );
    const people = [...INCIDENT_ENGINEERS, INCIDENT_LEAD];
    await emulator
      .waitFor(() => pagesOf(emulator.calls, [INCIDENT_LEAD], PEOPLE.triage)[INCIDENT_LEAD]!.dms > 0, 30_000, 'lead')
      .catch(() => undefined);
    await new Promise((r) => setTimeout(r, 3000));
    const calls = emulator.calls.slice(callsBefore);
    const incidentCards = calls.filter(
      (x) => x.method === 'chat.postMessage' && x.status === 200 && String(x.args.text).includes('Possible incident'),
    );
    return {
      toReceipt: sent.map((c) => receiptOf(c)!.at - c.at),
      toVisible: sent.map((c) => firstNamedAt(emulator.calls, PEOPLE.triage, ticketOf(c))! - c.at),
      perMethod: callsPerMethod(calls),
      pages: pagesOf(calls, people, PEOPLE.triage),
      incidents: incidentCards.length,
      rateLimited: calls.filter((x) => x.status === 429).length,
      cpu,
    };
  } finally {
    app.kill('SIGKILL');
    await emulator.stop();
  }
}

function printIncident(r: IncidentResult): void {
  const p = (xs: number[], q: number) => seconds(percentile(xs, q));
  console.log(
    `\n1b. An outage: ${SETTINGS.incidentComplaints} complaints about Jakarta (English and Chinese) from ` +
      `${SETTINGS.incidentChannels} channels within 5 s, 3 paired engineers, 4 s first-reply targets, nobody ` +
      `answering; ${r.incidents} incident card(s) posted; 429 answers seen: ${r.rateLimited}`,
  );
  console.log(`   time to receipt: p50 ${p(r.toReceipt, 0.5)}, p99 ${p(r.toReceipt, 0.99)}`);
  const within5 = r.toVisible.filter((x) => x <= 5000).length;
  console.log(
    `   time until visible to agents: p50 ${p(r.toVisible, 0.5)}, p99 ${p(r.toVisible, 0.99)}; ${within5} of ` +
      `${r.toVisible.length} within 5 s`,
  );
  console.log(
    `   pages: ${Object.entries(r.pages)
      .map(([who, x]) => `${who} ${x.dms} DM, ${x.mentions} mention${x.mentions === 1 ? '' : 's'}`)
      .join('; ')}`,
  );
  console.log(`   Web API calls: ${r.perMethod.map(([m, n]) => `${m} ${n}`).join(', ')}`);
  const cpu = (x: number | null) => (x === null ? '—' : `${(x / 1000).toFixed(2)} s`);
  console.log(
    `   CPU until every complaint was visible: app ${cpu(r.cpu.app)}, database server ${cpu(r.cpu.database)}`,
  );
}

async function benchSweep(database: Database) {
  const open = SETTINGS.sweepOpen;
  const total = SETTINGS.sweepTickets;
  const due = 50;
  // Closed tickets with met clocks, then open ones whose next step is in the future, and a few due now.
  await database.db.execute(
    sql.raw(`insert into tickets (channel_id, root_ts, customer_user_id, category, priority, language, status,
      created_at, last_customer_message_at)
      select 'CSWEEP', g::text || '.000000', 'U' || g, 'connectivity', 'high', 'en', case
        when g <= ${open} then 'waiting_on_us' else 'resolved' end, now() - interval '1 day', now() - interval '1 day'
      from generate_series(1, ${total}) g`),
  );
  await database.db.execute(
    sql.raw(`insert into sla_clocks (ticket_id, kind, cycle, state, started_at, target_ms, elapsed_ms,
      running_since, due_at, next_fire_at, stopped_at)
      select t.id, 'first_response', 0,
        case when s.g <= ${open} then 'running' else 'met' end,
        now() - interval '1 day', 900000, 0,
        case when s.g <= ${due} then now() - interval '14 minutes'
          when s.g <= ${open} then now() - interval '1 minute' else null end,
        case when s.g <= ${due} then now() + interval '1 minute'
          when s.g <= ${open} then now() + interval '14 minutes' else null end,
        case when s.g <= ${due} then now() - interval '1 second'
          when s.g <= ${open} then now() + interval '10 minutes' + (s.g || ' seconds')::interval else null end,
        case when s.g <= ${open} then null else now() - interval '23 hours' end
      from tickets t cross join lateral (select split_part(t.root_ts, '.', 1)::int as g) s
      where t.channel_id = 'CSWEEP'`),
  );
  // As autovacuum and the checkpointer would have done by the time a table got this big: statistics,
  // the visibility map, and the bulk load's dirty pages written out (CHECKPOINT needs a superuser).
  await database.db.execute(sql`vacuum analyze sla_clocks`);
  await database.db.execute(sql`vacuum analyze tickets`);
  await database.db.execute(sql`checkpoint`).catch(() => {});
  const plan = await database.rows<{ 'QUERY PLAN': string }>(
    sql`explain analyze select * from sla_clocks where state = 'running' and next_fire_at is not null
      and next_fire_at <= now() order by next_fire_at limit 200 for update skip locked`,
  );
  const config = loadConfig({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    TRIAGE_CHANNEL_ID: PEOPLE.triage,
    DIGEST_SCHEDULE: 'off',
  });
  const deps = {
    db: database.db,
    config,
    log: silentLog,
    people: {} as PeopleDirectory,
    now: () => new Date(),
    wake: () => {},
  };
  const firstStart = performance.now();
  const fired = await sweepOnce(deps, { now: new Date() });
  const withDue = performance.now() - firstStart;
  const idle: number[] = [];
  for (let i = 0; i < SETTINGS.sweeps; i++) {
    const t = performance.now();
    await sweepOnce(deps, { now: new Date() });
    idle.push(performance.now() - t);
  }
  return {
    plan: plan.map((r) => r['QUERY PLAN']),
    fired,
    withDue,
    idleP50: percentile(idle, 0.5)!,
    idleP99: percentile(idle, 0.99)!,
  };
}

function printBurst(title: string, r: BurstResult): void {
  const p = (xs: number[], q: number) => seconds(percentile(xs, q));
  console.log(`   ${title}; 429 answers seen: ${r.rateLimited}`);
  console.log(`     time to receipt: p50 ${p(r.toReceipt, 0.5)}, p99 ${p(r.toReceipt, 0.99)}`);
  console.log(
    `       first complaint in its channel (${r.firstInChannel.length}): p50 ${p(r.firstInChannel, 0.5)}, p99 ` +
      `${p(r.firstInChannel, 0.99)}`,
  );
  if (r.laterInChannel.length)
    console.log(
      `       second complaint in the same channel (${r.laterInChannel.length}): ` +
        `min ${p(r.laterInChannel, 0)}, p50 ${p(r.laterInChannel, 0.5)}`,
    );
  console.log(
    `     time to card:    p50 ${p(r.toCard, 0.5)}, p99 ${p(r.toCard, 0.99)} (all cards share the triage ` +
      `channel's 1/s limit)`,
  );
  const within5 = r.toVisible.filter((x) => x <= 5000).length;
  console.log(
    `     time until visible to agents (its card or the incident card): p50 ${p(r.toVisible, 0.5)}, p99 ` +
      `${p(r.toVisible, 0.99)}; ${within5} of ${r.toVisible.length} within 5 s`,
  );
  console.log(`     Web API calls: ${r.perMethod.map(([m, n]) => `${m} ${n}`).join(', ')}`);
}

/** Latency of each app's acknowledgements over all rounds, side by side, and the CPU they cost. */
function printAcks(rounds: Array<Record<Target, Measured>>): void {
  const p = (xs: number[], q: number) => percentile(xs, q);
  const all = (target: Target) => rounds.flatMap((r) => r[target].latencies);
  const perRound = (target: Target) => rounds.map((r) => p(r[target].latencies, 0.99)!.toFixed(1)).join(', ');
  const bareP99 = p(all('bare'), 0.99)!;
  const appP99 = p(all('app'), 0.99)!;
  console.log(
    `   bare Bolt (no-op listener): p50 ${ms(p(all('bare'), 0.5))}, p99 ${ms(bareP99)}  (p99 by round: ` +
      `${perRound('bare')} ms)`,
  );
  const commitP99 = p(all('commit'), 0.99)!;
  console.log(
    `   bare Bolt + commit:         p50 ${ms(p(all('commit'), 0.5))}, p99 ${ms(commitP99)}  (p99 by round: ` +
      `${perRound('commit')} ms)`,
  );
  console.log(
    `   Complaint Desk:             p50 ${ms(p(all('app'), 0.5))}, p99 ${ms(appP99)}  (p99 by round: ` +
      `${perRound('app')} ms)`,
  );
  console.log(
    `   → ${(appP99 / bareP99).toFixed(2)}× the bare p99 (target ≤ 1.2×); ${(appP99 / commitP99).toFixed(2)}× the ` +
      'p99 of a bare app that commits each event first',
  );
  printCpuPerAck(rounds);
}

/** CPU per acknowledgement over all measured rounds, for each side: the cost the latency is made of. */
function printCpuPerAck(rounds: Array<Record<Target, Measured>>): void {
  const perAck = (target: Target, side: keyof Measured['cpu']) => {
    const used = rounds.map((r) => r[target].cpu[side]);
    if (used.some((x) => x === null)) return null;
    const acks = rounds.reduce((n, r) => n + r[target].latencies.length, 0);
    return (used as number[]).reduce((a, b) => a + b, 0) / acks;
  };
  const show = (x: number | null) => (x === null ? '—' : `${x.toFixed(3)} ms`);
  console.log('   CPU per acknowledgement (/proc, all measured rounds):');
  for (const target of ['bare', 'commit', 'app'] as const) {
    const app = perAck(target, 'app');
    const database = perAck(target, 'database');
    const label = { bare: 'bare Bolt     ', commit: 'bare + commit ', app: 'Complaint Desk' }[target];
    console.log(
      `     ${label}  app ${show(app)}, database server ` +
        `${show(database)}, load generator ${show(perAck(target, 'load'))}` +
        (app !== null && database !== null ? `; app + database ${show(app + database)}` : ''),
    );
  }
}

/** A database of its own: a new one on the server of DATABASE_URL, or a new PGlite directory. */
async function freshDatabase(adminUrl: string | undefined, prefix = 'cd_bench') {
  if (adminUrl) {
    const name = `${prefix}_${Date.now()}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    return {
      database: { url: url.toString() } as { url?: string; pgliteDir?: string },
      cleanup: async () => {
        await admin.unsafe(`drop database if exists ${name} with (force)`);
        await admin.end();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  return {
    database: { pgliteDir: dir } as { url?: string; pgliteDir?: string },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Section 1b alone: what changes to the outage's receipts and visibility are measured with. */
async function outageOnly(adminUrl: string | undefined): Promise<void> {
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  console.log(`Complaint Desk benchmark, section 1b only — ${adminUrl ? 'PostgreSQL' : 'PGlite'}`);
  const incidentDb = await freshDatabase(adminUrl);
  try {
    printIncident(await benchIncident(incidentDb.database));
  } finally {
    await incidentDb.cleanup();
  }
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (SETTINGS.only === 'outage') return outageOnly(adminUrl);
  if (SETTINGS.only) throw new Error(`BENCH_ONLY: only "outage" is known, not "${SETTINGS.only}"`);
  let database: { url?: string; pgliteDir?: string };
  let cleanup: () => Promise<void>;
  if (adminUrl) {
    const name = `cd_bench_${Date.now()}`;
    const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    database = { url: url.toString() };
    cleanup = async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'complaint-desk-bench-'));
    database = { pgliteDir: dir };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
    console.log(
      `Complaint Desk benchmark — ${adminUrl ? 'PostgreSQL' : 'PGlite'}, settings ${JSON.stringify(SETTINGS)}`,
    );
    await prepareToneReader();
    printTextWorstCases(measureTextWorstCases());
    printAfterCollections(measureAfterCollections());
    printLanguageDetection(await measureLanguageDetection());
    printClassify(measureClassify());
    const apps = await benchApps(database);
    console.log(
      `\n1. Delivery of a burst of ${SETTINGS.burst} complaints ` +
        `from ${Math.min(SETTINGS.burst, SETTINGS.channels)} channels (Slack ` +
        `emulator: ${SETTINGS.latencyMs} ms latency, ${SLACK_POSTS_PER_CHANNEL_PER_SECOND} post/s per channel ` +
        `after a burst of ${SLACK_POST_BURST}, 429 + Retry-After)`,
    );
    printBurst(`model answering (${apps.healthyDrafts} drafts asked)`, apps.healthy);
    printBurst(`model answering, Slack allowing no burst at all (${apps.noBurstDrafts} drafts asked)`, apps.noBurst);
    printBurst(`model never answering (${apps.hangingDrafts} drafts asked, each waits DRAFT_TIMEOUT)`, apps.hanging);
    const incidentDb = await freshDatabase(adminUrl);
    try {
      printIncident(await benchIncident(incidentDb.database));
    } finally {
      await incidentDb.cleanup();
    }
    console.log(
      `\n2. Acknowledgement latency: ${SETTINGS.rounds} rounds of ${SETTINGS.acks} signed complaints ` +
        `at ${SETTINGS.concurrency} concurrent, the two apps taking turns ` +
        `(after ${SETTINGS.warmup} each to warm up, and ${SETTINGS.roundWarmup} unmeasured before each round)`,
    );
    printAcks(apps.rounds);
    console.log(
      `\n2b. The same at a steady ${SETTINGS.steadyRate} complaints a second (an open loop: each sent on ` +
        `time, answered or not, its latency counted from then): ${SETTINGS.steadyRounds} rounds of ` +
        `${SETTINGS.steadyAcks}`,
    );
    printAcks(apps.steady);
    console.log(
      `\n3. Memory of the app process: ${apps.idleMemory.toFixed(0)} MB after start, peak (RSS high-water ` +
        `mark) ${apps.memory.toFixed(0)} MB (target < 250 MB)`,
    );

    const db = await openDatabase(database);
    await migrate(db);
    const sweep = await benchSweep(db);
    const claim = await benchClaim(db, SETTINGS.claimBacklog, SETTINGS.claims);
    await db.close();
    console.log(
      `\n4. SLA sweep, ${SETTINGS.sweepTickets.toLocaleString('en')} tickets of ` +
        `which ${SETTINGS.sweepOpen.toLocaleString('en')} open`,
    );
    console.log(`   first sweep with 50 due steps: ${ms(sweep.withDue)} (fired ${sweep.fired})`);
    console.log(
      `   ${SETTINGS.sweeps} sweeps with nothing due: p50 ${ms(sweep.idleP50)}, p99 ` +
        `${ms(sweep.idleP99)} (target < 5 ms)`,
    );
    console.log('   plan of the claim query:');
    for (const line of sweep.plan) console.log(`     ${line}`);
    checkDeadline();
    printSimilar(await withBenchDatabase((similarDb) => benchSimilar(similarDb, SETTINGS.similarTickets)));
    printClaim(claim);
    checkDeadline();
    printAsk(await withBenchDatabase((askDb) => benchAsk(askDb, SETTINGS.askTickets, SETTINGS.askRounds)));
    console.log(`\nTotal run time ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  } finally {
    await cleanup();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
