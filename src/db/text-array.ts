/**
 * PostgreSQL's text[] in its text form, both ways. The postgres.js pool runs without `fetch_types` (see client.ts),
 * so it leaves array values as literals; these are what it is given for text[], the one array type the schema has.
 * Format: https://www.postgresql.org/docs/current/arrays.html#ARRAYS-IO (an element is double-quoted when it is
 * empty, is NULL as text, or holds braces, commas, quotes, backslashes or white space; inside quotes `\` escapes).
 */

/** A one-dimensional text[] literal, each element quoted, so any value (commas, quotes, braces) stays one element. */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/** The elements of a one-dimensional text[] as PostgreSQL prints it; an unquoted NULL is a null element. */
export function parseTextArray(literal: string): (string | null)[] {
  const body = literal.slice(literal.indexOf('{') + 1, literal.lastIndexOf('}'));
  const elements: (string | null)[] = [];
  let at = 0;
  while (at < body.length) {
    if (body[at] === '"') {
      let value = '';
      for (at++; at < body.length && body[at] !== '"'; at++) value += body[body[at] === '\\' ? ++at : at];
      elements.push(value);
      at += 2; // the closing quote and the comma
    } else {
      const comma = body.indexOf(',', at);
      const end = comma === -1 ? body.length : comma;
      const raw = body.slice(at, end);
      elements.push(raw === 'NULL' ? null : raw);
      at = end + 1;
    }
  }
  return elements;
}
