/**
 * The one rule for untrusted text (customer words, model output, extracted facts, anything an outside service
 * returns) in whatever the app posts to Slack: escape it, then fit it.
 *
 * Slack reads `<…>` in message text and mrkdwn as its own markup: `<!channel>`, `<!here>`, `<!everyone>`,
 * `<@U…>`, `<!subteam^…>`, `<#C…>`, `<!date…>` and labelled links `<https://…|label>`. Slack's formatting
 * reference says to escape exactly three characters so they show as typed: `&` → `&amp;`, `<` → `&lt;`,
 * `>` → `&gt;` ("How to escape characters", https://api.slack.com/docs/message-formatting). Escaped, none of
 * those can mention anyone or hide a link; a bare URL is still linked by Slack ("URL detection is performed by
 * the server", https://api.slack.com/docs/formatting) and shows itself, so nothing is disguised. The words @channel /
 * @here /
 * @everyone without brackets get a zero-width space after the `@`, so no client or parse mode can turn them into
 * a mention either. Lone surrogates (not text, and not valid in Slack's JSON) become U+FFFD.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const BROADCAST_WORD = /@(channel|here|everyone)/gi;

/** Text without lone surrogates (each becomes U+FFFD), so it is valid UTF-8 on its way to Slack. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

/** Untrusted text made safe to place in mrkdwn or a message's `text`: it shows as written and pings no one. */
export function escapeUntrusted(text: string): string {
  return wellFormed(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BROADCAST_WORD, '@\u200b$1');
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The last grapheme boundary at or before `at`, so a cut never splits an emoji ZWJ sequence, a letter from its
 * combining marks, or a surrogate pair. Only a window around the cut is segmented: cost stays small on 40 KB.
 */
function boundaryAtOrBefore(text: string, at: number): number {
  if (at >= text.length) return text.length;
  if (at <= 0) return 0;
  const from = Math.max(0, at - 64);
  let boundary = from;
  for (const { index } of graphemes.segment(text.slice(from, at + 64))) {
    if (from + index > at) break;
    boundary = from + index;
  }
  const code = text.charCodeAt(boundary - 1);
  return code >= 0xd800 && code <= 0xdbff ? boundary - 1 : boundary;
}

/**
 * Plain text (plain_text objects, headers, input values: Slack shows these as they are, no markup) made well-formed
 * and cut to at most `max` characters, with a visible note.
 */
export function cutPlain(text: string, max: number, note = '…'): string {
  const head = wellFormed(text.length > max ? text.slice(0, max + 1) : text);
  if (head.length <= max && head.length === text.length) return head;
  return `${head.slice(0, boundaryAtOrBefore(head, Math.max(0, max - note.length))).trimEnd()}${note}`;
}

/**
 * mrkdwn cut to at most `max` characters, never inside an entity (`&amp;`), never inside the app's own markup
 * (`<@U…>`, `<url|label>`, `<!date…>`: after escaping, every `<` left is markup) and never inside a grapheme.
 */
export function cutMrkdwn(text: string, max: number, note = '…'): string {
  if (text.length <= max) return text;
  let at = boundaryAtOrBefore(text, Math.max(0, max - note.length));
  const open = text.lastIndexOf('<', at - 1);
  if (open >= 0 && open > text.lastIndexOf('>', at - 1)) at = open;
  const amp = text.lastIndexOf('&', at - 1);
  if (amp >= 0 && amp > text.lastIndexOf(';', at - 1) && at - amp < 8) at = amp;
  return `${text.slice(0, at).trimEnd()}${note}`;
}

/**
 * Untrusted text escaped and fitted into `max` characters of mrkdwn. Only as much of the raw text as can show is
 * escaped (escaping never shortens), so a 40 KB message costs no more than a short one.
 */
export function untrustedMrkdwn(text: string, max: number, note = '…'): string {
  const head = text.length > max ? text.slice(0, max + 1) : text;
  const escaped = escapeUntrusted(head);
  return escaped.length > max || head.length < text.length ? cutMrkdwn(escaped, max, note) : escaped;
}
