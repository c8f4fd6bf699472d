import { cutPlain, untrustedMrkdwn } from '../slack/untrusted-text.js';

/** A time to the minute in UTC, "2026-12-06 09:30 UTC": what clients that cannot read a date token show. */
export function utcMinute(at: Date): string {
  return `${at.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
}

/** Slack shows this in each reader's own time zone; the fallback is for clients that cannot. */
export function slackDate(at: Date, format = '{date_short_pretty} {time}'): string {
  return `<!date^${Math.floor(at.getTime() / 1000)}^${format}|${utcMinute(at)}>`;
}

// Fixed-width digits only: linear on any input.
const UTC_MINUTE = /\b(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}) UTC\b/g;

/**
 * An escaped message text with each "2026-12-06 09:30 UTC" turned into a date token, so every reader sees it in
 * their own time zone. Used for texts drafted with such a time (an incident's next update), which are stored and
 * shown on the card as plain text. A string that is not a real time stays as written; the token carries no link.
 */
export function withReaderDates(escaped: string): string {
  return escaped.replace(UTC_MINUTE, (whole, y: string, mo: string, d: string, h: string, mi: string) => {
    const at = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
    return Number.isNaN(at.getTime()) || utcMinute(at) !== whole ? whole : slackDate(at);
  });
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
