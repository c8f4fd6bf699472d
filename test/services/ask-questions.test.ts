import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskAnswer } from '../../src/domain/ask/answer.js';
import type { AskDimension, AskQuery } from '../../src/domain/ask/query.js';
import type { QueryWriter } from '../../src/drafting/ask-model.js';
import { askQuestion } from '../../src/services/ask.js';
import { type AskQuestion, ASK_QUESTIONS } from '../fixtures/ask/questions.js';
import { ASK_AGENTS, ASK_CUSTOMERS, ASK_NOW, ASK_TICKETS } from '../fixtures/ask/tickets.js';
import { insertNeutralTickets } from '../support/ask-data.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { serviceDeps } from '../support/service-deps.js';
import { MODEL_QUERIES } from './ask-model-queries.js';

const NOW = new Date(ASK_NOW);
const TRIAGE = 'CTRIAGE';

/** Rounding half away from zero, as the question set rounds. */
function round(value: number, places: number): number {
  const f = 10 ** places;
  return (Math.sign(value) * Math.round(Math.abs(value) * f)) / f;
}

function inUnit(value: number | null, unit: string | undefined): number | null {
  if (value === null) return null;
  if (unit === 'minutes') return round(value / 60_000, 1);
  if (unit === 'hours') return round(value / 3_600_000, 1);
  if (unit === 'percent') return round(value, 1);
  if (unit === 'rating') return round(value, 2);
  return value;
}

/** The schema calls the record's "customer_integration" side customer_config; networks are spelled as read. */
const normal = (key: string) =>
  key.toLowerCase().replace(/[\s-]/g, '').replace('customer_config', 'customer_integration');

/** A row's key as the question set writes it: names for customers and facts, ids for the fixed values. */
function keyOf(dimension: AskDimension, key: string, label: string): string {
  switch (dimension) {
    case 'customer':
    case 'region':
    case 'device':
    case 'os':
    case 'network':
    case 'root_cause':
    case 'known_problem':
      return label;
    case 'ticket':
      return `#${key}`;
    default:
      return key;
  }
}

type Outcome = { outcome: 'right' } | { outcome: 'unread' } | { outcome: 'wrong'; got: unknown };

function judge(question: AskQuestion, answer: AskAnswer): Outcome {
  if (answer.kind === 'unread') return { outcome: 'unread' };
  if (answer.kind !== 'answer') return { outcome: 'wrong', got: answer.kind };
  const expected = question.expected;
  if (expected.kind === 'figure') {
    const got = inUnit(answer.value, expected.unit);
    return got === expected.value && !answer.rows ? { outcome: 'right' } : { outcome: 'wrong', got };
  }
  const groups = answer.query.groupBy ?? [];
  const rows = (answer.rows ?? []).map((r) => ({
    key: groups.map((g, i) => keyOf(g, r.keys[i] ?? '', r.labels[i] ?? '')).join(' | '),
    value: inUnit(answer.query.rising ? (r.value ?? 0) - (r.previous ?? 0) : r.value, expected.unit),
  }));
  const same =
    rows.length === expected.rows.length &&
    rows.every((r, i) => normal(r.key) === normal(expected.rows[i]!.key) && r.value === expected.rows[i]!.value);
  return same ? { outcome: 'right' } : { outcome: 'wrong', got: rows };
}

describe('the question set: 225 tickets, 30 questions with worked answers', () => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase();
    await insertNeutralTickets(test.database.db, { customers: ASK_CUSTOMERS, tickets: ASK_TICKETS, now: NOW });
  }, 60_000);
  afterAll(async () => test?.drop());

  const deps = (writer?: QueryWriter) => ({
    ...serviceDeps(test.database.db, { triage: TRIAGE, agents: [...ASK_AGENTS] }),
    now: () => new Date(NOW),
    writer,
  });

  it('the built-in reader answers at least 25 right and says it cannot read the rest: no wrong figure', async () => {
    const results: Array<{ id: string; result: Outcome }> = [];
    for (const q of ASK_QUESTIONS) {
      const answer = await askQuestion(deps(), { question: q.question, askedBy: ASK_AGENTS[0] });
      results.push({ id: q.id, result: judge(q, answer) });
    }
    const count = (o: Outcome['outcome']) => results.filter((r) => r.result.outcome === o).length;
    console.log(
      `built-in reader: ${count('right')} right, ${count('unread')} unread, ${count('wrong')} wrong\n` +
        results
          .map((r) => `  ${r.id} ${r.result.outcome}${'got' in r.result ? ` ${JSON.stringify(r.result.got)}` : ''}`)
          .join('\n'),
    );
    expect(results.filter((r) => r.result.outcome === 'wrong')).toEqual([]);
    expect(count('right')).toBeGreaterThanOrEqual(25);
  });

  it('with the model writing the typed query (a stub), all 30 are right', async () => {
    const byQuestion = new Map(ASK_QUESTIONS.map((q) => [q.question, MODEL_QUERIES[q.id]]));
    const asked: string[] = [];
    const writer: QueryWriter = {
      async write(question) {
        asked.push(question);
        const query = byQuestion.get(question);
        return query ? { query: query as AskQuery } : { failed: 'not a question of the set' };
      },
    };
    const wrong: Array<{ id: string; result: Outcome }> = [];
    for (const q of ASK_QUESTIONS) {
      const answer = await askQuestion(deps(writer), { question: q.question, askedBy: ASK_AGENTS[1] });
      expect(answer.kind === 'answer' && answer.readBy).toBe('model');
      const result = judge(q, answer);
      if (result.outcome !== 'right') wrong.push({ id: q.id, result });
    }
    expect(asked).toHaveLength(30);
    expect(wrong).toEqual([]);
  });
});
