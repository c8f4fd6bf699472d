import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tickets } from '../../src/db/schema/index.js';
import { parseTextArray, textArrayLiteral } from '../../src/db/text-array.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

/** Values PostgreSQL prints bare, and values it must quote or escape. */
const AWKWARD = [
  'plain',
  'device=a,"b"\\c{d}',
  'two words',
  '',
  'NULL',
  'null',
  '视频卡顿',
  '🙂 emoji',
  'trailing\\',
  '{braces}',
  ' leading space',
  'tab\there',
  'line\nbreak',
];

describe('text[] in its text form', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase();
  });
  afterAll(() => t.drop());

  it('reads what PostgreSQL prints for each awkward value back unchanged', async () => {
    for (const value of AWKWARD) {
      const [row] = await t.database.rows<{ printed: string }>(
        sql`select (${textArrayLiteral([value, 'next'])}::text[])::text as printed`,
      );
      expect(parseTextArray(row!.printed)).toEqual([value, 'next']);
    }
  });

  it('tells an unquoted NULL (no value) from the text "NULL", and reads an empty array', () => {
    expect(parseTextArray('{NULL,"NULL",a}')).toEqual([null, 'NULL', 'a']);
    expect(parseTextArray('{}')).toEqual([]);
    expect(parseTextArray('{""}')).toEqual(['']);
  });

  it('stores and reads a column of awkward values whole, through drizzle, on this driver', async () => {
    const now = new Date('2026-11-20T10:00:00Z');
    const [stored] = await t.database.db
      .insert(tickets)
      .values({
        channelId: 'CTEXTARRAY',
        rootTs: '1700000000.000001',
        customerUserId: 'UTEXTARRAY',
        category: 'other',
        priority: 'medium',
        language: 'en',
        status: 'waiting_on_us',
        searchTerms: AWKWARD,
        createdAt: now,
        lastCustomerMessageAt: now,
      })
      .returning();
    expect(stored!.searchTerms).toEqual(AWKWARD);
    const [raw] = await t.database.rows<{ search_terms: string[] }>(
      sql`select search_terms from tickets where id = ${stored!.id}`,
    );
    expect(raw!.search_terms).toEqual(AWKWARD);
  });
});
