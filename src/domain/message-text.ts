/**
 * Slack keeps at most 40,000 characters of a message's text and truncates the rest
 * (https://api.slack.com/changelog/2018-04-truncating-really-long-messages). Text that claims to be
 * longer did not come from a Slack client as it is; we keep the same amount, never more.
 */
export const SLACK_MESSAGE_TEXT_LIMIT = 40_000;

/**
 * The longest reply any drafter may produce or an agent may send: the Edit modal shows the reply in a plain-text
 * input, which holds at most 3000 characters
 * (https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element),
 * so every draft must fit there to be editable.
 */
export const MAX_REPLY_LENGTH = 3000;

function cutNote(dropped: number): string {
  return `\n\n[Message cut here: ${dropped.toLocaleString('en-US')} more characters were not kept.]`;
}

/**
 * The text as we store it: whole when it is within Slack's limit; otherwise its beginning, followed by
 * a visible note of how much was left out, all within the limit. A surrogate pair is never split.
 */
export function capMessageText(text: string, limit = SLACK_MESSAGE_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  // The note's own length depends on the number it shows; the widest number is the whole text's length.
  let keep = limit - cutNote(text.length).length;
  const last = text.charCodeAt(keep - 1);
  if (last >= 0xd800 && last <= 0xdbff) keep -= 1;
  return text.slice(0, keep) + cutNote(text.length - keep);
}
