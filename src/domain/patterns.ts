/**
 * One pattern made of several alternatives, each written as its own regular expression literal so long
 * keyword lists stay readable. Every part is wrapped in a non-capturing group; the flags of the parts are
 * ignored in favour of `flags`.
 */
export function anyOf(flags: string, ...parts: RegExp[]): RegExp {
  return new RegExp(parts.map((p) => `(?:${p.source})`).join('|'), flags);
}
