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
  concurrency: number;
  channels: number;
  /** Goes into each message's text and user id, so runs do not collide. */
  label: string;
}

export interface AckRunResult {
  latencies: number[];
  error?: string;
}

let seq = 0;

async function run(req: AckRunRequest): Promise<number[]> {
  const slack = new SlackSender(req.url, req.signingSecret, req.teamId);
  const latencies: number[] = [];
  let next = 0;
  const workers = Array.from({ length: req.concurrency }, async () => {
    while (next < req.count) {
      const i = next++;
      seq += 1;
      const { event } = benchComplaint({
        channel: benchChannel(i % req.channels),
        seq,
        label: req.label,
        customerTeam: req.customerTeam,
      });
      const res = await slack.event(event, { shared: true });
      if (res.status !== 200) throw new Error(`${req.label}: HTTP ${res.status}`);
      latencies.push(res.ms);
    }
  });
  await Promise.all(workers);
  return latencies;
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
