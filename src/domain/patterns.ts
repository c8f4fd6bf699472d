/**
 * One pattern made of several alternatives, each written as its own regular expression literal so long
 * keyword lists stay readable. Every part is wrapped in a non-capturing group; the flags of the parts are
 * ignored in favour of `flags`.
 */
export function anyOf(flags: string, ...parts: RegExp[]): RegExp {
  return new RegExp(parts.map((p) => `(?:${p.source})`).join('|'), flags);
}

/**
 * Every match of a global pattern, in order, like `text.matchAll(re)` but run by `re` itself. matchAll
 * runs a copy of the pattern (the spec's species constructor), and a copy's compiled code comes from
 * V8's compilation cache, which drops it after a few full garbage collections: in a long-running process
 * every call then compiles the pattern again, which for the tone check's patterns blocked the process
 * for 20–40 ms per draft. `re` keeps its own compiled code. Lazy and safe to interleave: the position is
 * kept here, not in `re.lastIndex`, which is left at 0.
 */
export function* matchesOf(re: RegExp, text: string): Generator<RegExpExecArray, void, undefined> {
  if (!re.global) throw new TypeError(`matchesOf needs a global pattern: /${re.source}/${re.flags}`);
  const unicode = re.flags.includes('u') || re.flags.includes('v');
  let from = 0;
  while (from <= text.length) {
    re.lastIndex = from;
    const match = re.exec(text);
    if (!match) break;
    // An empty match must not be found again at the same place (AdvanceStringIndex in the spec).
    from = match[0] === '' ? nextIndex(text, re.lastIndex, unicode) : re.lastIndex;
    re.lastIndex = 0;
    yield match;
  }
  re.lastIndex = 0;
}

function nextIndex(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff ? index + 2 : index + 1;
}
