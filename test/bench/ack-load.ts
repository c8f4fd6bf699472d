/**
 * The benchmark's load generator, in a process of its own so that nothing else (the Slack emulator
 * answering the app's calls) runs on the event loop that times the acknowledgements. Driven over IPC:
 * each message asks for one run against one app and is answered with the latencies it measured.
 */
import { SlackSender } from '../support/slack-requests.js';
import { benchChannel, benchComplaint } from './complaint.js';

export interface AckRunRequest {
  url: string;
  signingSecret: string;
  teamId: string;
  customerTeam: string;
  count: number;
  /** Requests in flight at once, each sent as soon as the one before it is answered (a closed loop)… */
  concurrency: number;
  /** …or, when set, requests sent at this steady rate whatever the answers (an open loop). */
  ratePerSecond?: number;
  channels: number;
  /** Goes into each message's text and user id, so runs do not collide. */
  label: string;
}

export interface AckRunResult {
  latencies: number[];
  error?: string;
}

let seq = 0;

async function send(slack: SlackSender, req: AckRunRequest, i: number): Promise<number> {
  seq += 1;
  const { event } = benchComplaint({
    channel: benchChannel(i % req.channels),
    seq,
    label: req.label,
    customerTeam: req.customerTeam,
  });
  const res = await slack.event(event, { shared: true });
  if (res.status !== 200) throw new Error(`${req.label}: HTTP ${res.status}`);
  return res.ms;
}

async function closedLoop(slack: SlackSender, req: AckRunRequest): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const workers = Array.from({ length: req.concurrency }, async () => {
    while (next < req.count) latencies.push(await send(slack, req, next++));
  });
  await Promise.all(workers);
  return latencies;
}

/**
 * Request i goes out at i / rate seconds, answered or not. Each latency runs from that planned moment,
 * so time a request spent waiting to be sent behind a slow answer counts too.
 */
async function openLoop(slack: SlackSender, req: AckRunRequest, rate: number): Promise<number[]> {
  const started = performance.now();
  const pending: Array<Promise<number>> = [];
  for (let i = 0; i < req.count; i++) {
    const planned = started + (i * 1000) / rate;
    const wait = planned - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    const late = performance.now() - planned;
    pending.push(send(slack, req, i).then((ms) => ms + Math.max(0, late)));
  }
  return Promise.all(pending);
}

function run(req: AckRunRequest): Promise<number[]> {
  const slack = new SlackSender(req.url, req.signingSecret, req.teamId);
  return req.ratePerSecond ? openLoop(slack, req, req.ratePerSecond) : closedLoop(slack, req);
}

process.on('message', (req: AckRunRequest) => {
  run(req).then(
    (latencies) => process.send!({ latencies } satisfies AckRunResult),
    (error: unknown) =>
      process.send!({
        latencies: [],
        error: error instanceof Error ? error.message : String(error),
      } satisfies AckRunResult),
  );
});
