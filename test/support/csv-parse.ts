/**
 * A strict RFC 4180 reader for tests (https://datatracker.ietf.org/doc/rfc4180, section 2): quoted fields may hold
 * commas, CR, LF and doubled quotes; anything else malformed throws instead of being guessed at.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i += 1;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r')
          throw new Error(`text after a closing quote at ${i}`);
      } else {
        field += c;
        i += 1;
      }
      continue;
    }
    if (c === '"') {
      if (fieldStarted) throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
      i += 1;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`a CR without LF outside quotes at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      fieldStarted = false;
      i += 2;
    } else if (c === '\n') {
      throw new Error(`a bare LF outside quotes at ${i}`);
    } else {
      field += c;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw new Error('the file ends inside a quoted field');
  if (fieldStarted || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
