import { cutPlain, untrustedMrkdwn } from '../slack/untrusted-text.js';

/** Slack shows this in each reader's own time zone; the fallback is for clients that cannot. */
export function slackDate(at: Date, format = '{date_short_pretty} {time}'): string {
  const fallback = `${at.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
  return `<!date^${Math.floor(at.getTime() / 1000)}^${format}|${fallback}>`;
}

/** Plain text cut to `max` characters with "…" (see cutPlain). */
export function truncate(text: string, max: number): string {
  return cutPlain(text, max);
}

/** Untrusted text as a mrkdwn block quote: escaped, cut to `max` characters before the quote marks. */
export function quote(text: string, max = 1200): string {
  return untrustedMrkdwn(text, max)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
