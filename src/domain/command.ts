/** `/complaints …` parsed into what was asked; anything else is a usage error with a plain explanation. */
export type ComplaintsCommand =
  | { kind: 'link'; engineerUserId: string; enterprise: boolean }
  | { kind: 'report'; days: number }
  | { kind: 'export'; days: number }
  | { kind: 'settings' }
  | { kind: 'problems' }
  | { kind: 'help' }
  /** The triage channel's agents' language: shown without a code, set with one (checked by the service). */
  | { kind: 'language'; language?: string }
  | { kind: 'ask'; question: string }
  | { kind: 'invalid'; problem: string };

const MENTION = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/;

export function parseComplaintsCommand(text: string): ComplaintsCommand {
  // The question is everything after "ask", as it was typed (its length is checked where it is answered).
  const ask = /^\s*ask(?:\s+|$)/i.exec(text);
  if (ask) return { kind: 'ask', question: text.slice(ask[0].length).trim() };
  const words = text.trim().split(/\s+/).filter(Boolean);
  const [verb = 'help', ...rest] = words;
  switch (verb.toLowerCase()) {
    case 'help':
      return { kind: 'help' };
    case 'settings':
      return { kind: 'settings' };
    case 'problems':
      return { kind: 'problems' };
    case 'language':
      if (rest.length > 1)
        return {
          kind: 'invalid',
          problem: 'Give one language code, e.g. `/complaints language en` or `/complaints language zh`.',
        };
      return rest[0] ? { kind: 'language', language: rest[0] } : { kind: 'language' };
    case 'link': {
      const mention = rest[0]?.match(MENTION);
      if (!mention)
        return {
          kind: 'invalid',
          problem:
            'Name the engineer to pair with this customer, e.g. `/complaints link @dana` (add `enterprise` for ' +
            'an enterprise customer).',
        };
      const extra = rest.slice(1).map((w) => w.toLowerCase());
      const unknown = extra.find((w) => w !== 'enterprise' && w !== 'standard');
      if (unknown)
        return {
          kind: 'invalid',
          problem: `"${unknown}" is not an option of link; the only options are \`enterprise\` and \`standard\`.`,
        };
      return { kind: 'link', engineerUserId: mention[1]!, enterprise: extra.includes('enterprise') };
    }
    case 'report':
    case 'export': {
      const kind = verb.toLowerCase() as 'report' | 'export';
      if (rest.length === 0) return { kind, days: kind === 'report' ? 7 : 30 };
      const days = Number(rest[0]);
      if (!Number.isInteger(days) || days < 1 || days > 365 || rest.length > 1) {
        const what = kind === 'report' ? 'The report covers' : 'The export covers';
        return {
          kind: 'invalid',
          problem: `${what} a whole number of days from 1 to 365, e.g. \`/complaints ${kind} 30\`.`,
        };
      }
      return { kind, days };
    }
    default:
      return {
        kind: 'invalid',
        problem: `"${verb}" is not something \`/complaints\` knows. Try \`/complaints help\`.`,
      };
  }
}
