// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what PostgreSQL text cannot store
const UNSTORABLE = /[\u0000\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as PostgreSQL will take it: it refuses NUL characters, and JSON with half of a surrogate pair.
 * Slack passes both through from clients, so a customer can send them; they are dropped and replaced
 * (with U+FFFD) rather than have the whole message refused.
 */
export function storableText(text: string): string {
  if (!UNSTORABLE.test(text)) return text;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: see UNSTORABLE
  return text.replace(/\u0000/g, '').replace(LONE_SURROGATE, '\ufffd');
}
