import type { RecordedCall } from './slack-emulator.js';

/**
 * The outage both the end-to-end test and the benchmark play: calls dropping in Jakarta, reported by many customers
 * at once in English and Chinese, naming the place in several ways (and some not classified at all).
 */
const JAKARTA = [
  (l: string) => `${l} Calls keep dropping for our users in Jakarta since a few minutes ago`,
  (l: string) => `${l} 雅加达的用户通话一直掉线，连不上`,
  (l: string) => `${l} 印尼这边的用户视频通话断开了`,
  (l: string) => `${l} Our users in Indonesia cannot connect to calls right now`,
  (l: string) => `${l} jakarta: the call disconnects after a few seconds`,
  (l: string) => `${l} Something is off with the service for our Jakarta users`,
];

export function jakartaComplaint(index: number, label: string): string {
  return JAKARTA[index % JAKARTA.length]!(label);
}

const posted = (c: RecordedCall) => c.status === 200 && (c.method === 'chat.postMessage' || c.method === 'chat.update');

/**
 * A call's text and blocks as one string, made once per call: waiting for every complaint to be named reads each
 * call again for each ticket after every call, and serialising an incident card's blocks each time would stall the
 * emulator, which answers the app from the same thread.
 */
const wordsOfCall = new WeakMap<RecordedCall, string>();
function wordsOf(call: RecordedCall): string {
  let words = wordsOfCall.get(call);
  if (words === undefined) {
    words = `${String(call.args.text ?? '')}\n${JSON.stringify(call.args.blocks ?? '')}`;
    wordsOfCall.set(call, words);
  }
  return words;
}

/** Does this call's message (text or blocks) name ticket #N (and not #N0…)? */
export function namesTicket(call: RecordedCall, ticketId: number): boolean {
  return new RegExp(`#${ticketId}(?![0-9])`).test(wordsOf(call));
}

/** When ticket #N was first named in the triage channel, by its card, the incident card or an update of either. */
export function firstNamedAt(calls: readonly RecordedCall[], triage: string, ticketId: number): number | undefined {
  return calls.find((c) => posted(c) && c.args.channel === triage && namesTicket(c, ticketId))?.at;
}

/** The ticket number a receipt names ("ticket *#12*", "工单 *#12*"). */
export function ticketOfReceipt(text: string): number | undefined {
  const m = /#(\d+)/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Web API calls per method (answered or refused), most first. */
export function callsPerMethod(calls: readonly RecordedCall[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const c of calls) counts.set(c.method, (counts.get(c.method) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

/**
 * How often each person was paged: direct messages posted to them (a DM is addressed by user id), and messages in
 * the triage channel that mention them. Updates of a message already posted are not new pages.
 */
export function pagesOf(
  calls: readonly RecordedCall[],
  people: readonly string[],
  triage: string,
): Record<string, { dms: number; mentions: number }> {
  const result: Record<string, { dms: number; mentions: number }> = {};
  for (const person of people) {
    const posts = calls.filter((c) => c.method === 'chat.postMessage' && c.status === 200);
    result[person] = {
      dms: posts.filter((c) => c.args.channel === person).length,
      mentions: posts.filter(
        (c) =>
          c.args.channel === triage &&
          (String(c.args.text ?? '').includes(`<@${person}>`) ||
            JSON.stringify(c.args.blocks ?? '').includes(`<@${person}>`)),
      ).length,
    };
  }
  return result;
}
