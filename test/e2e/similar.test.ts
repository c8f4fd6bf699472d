import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages, tickets } from '../../src/db/schema/index.js';
import { extractFacts } from '../../src/domain/facts.js';
import { ticketTerms } from '../../src/domain/similarity.js';
import { PEOPLE, startHarness, type Harness } from '../support/harness.js';
import { GOOD_CLASSIFICATION, OpenAIStub } from '../support/openai-stub.js';
import { cardWithDraft, ticketFor } from './drafting-support.js';

/** Another customer's complaint, with names and numbers that must never leave for the model. */
const PAST_WORDS = 'Calls keep dropping on 4G in Jakarta. Call Budi Santoso at PT Maju Jaya, +62 812 5550 1234';
const PAST_CAUSE = 'Operator backbone upgrade in Jakarta';
const PAST_FIX = 'Advised Wi-Fi until the operator finished';

describe('similar past tickets on the card and for the model', () => {
  const stub = new OpenAIStub();
  let h: Harness;
  let pastId: number;
  beforeAll(async () => {
    await stub.start();
    h = await startHarness({
      env: { OPENAI_API_KEY: 'sk-test-key-not-real', OPENAI_BASE_URL: stub.url, OPENAI_MODEL: 'stub-model' },
    });
    await h.app.model!.ready();
    await h.link();
    const db = h.app.database.db;
    const at = new Date(Date.now() - 5 * 86_400_000);
    const facts = extractFacts(PAST_WORDS);
    const [past] = await db
      .insert(tickets)
      .values({
        channelId: PEOPLE.otherCustomerChannel,
        rootTs: '1600000000.000100',
        customerUserId: 'UPAST0001',
        category: 'connectivity',
        priority: 'high',
        language: 'en',
        status: 'resolved',
        facts,
        searchTerms: ticketTerms({ customerTexts: [PAST_WORDS], facts }),
        side: 'customer_network',
        rootCause: PAST_CAUSE,
        fix: PAST_FIX,
        triageTs: '1600000001.000100',
        createdAt: at,
        lastCustomerMessageAt: at,
        resolvedAt: at,
      })
      .returning();
    pastId = past!.id;
    await db.insert(messages).values({
      ticketId: pastId,
      channelId: PEOPLE.otherCustomerChannel,
      ts: '1600000000.000100',
      userId: 'UPAST0001',
      role: 'customer',
      text: PAST_WORDS,
      createdAt: at,
    });
  });
  afterAll(async () => {
    await h.stop();
    await stub.stop();
  });

  it('shows the past ticket’s cause and fix on the new card, linked to its card', async () => {
    const { ts } = await h.customerSays('Our calls drop all the time on 4G, users in Jakarta', { user: 'USIMNEW01' });
    const ticket = await ticketFor(h, ts);
    const { card } = await cardWithDraft(h, ticket.id);
    const json = JSON.stringify(card.blocks);
    expect(json).toContain('Similar resolved tickets');
    expect(json).toContain(`<https://acme.slack.test/archives/${PEOPLE.triage}/p1600000001000100|#${pastId}>`);
    expect(json).toContain(PAST_CAUSE);
    expect(json).toContain(PAST_FIX);
    expect(json).not.toContain('Budi');
  });

  it('gives the model the cause and fix, and none of the other customer’s words', async () => {
    const request = stub.draftRequests().find((r) => JSON.stringify(r).includes('users in Jakarta'));
    expect(request).toBeDefined();
    const sent = JSON.stringify(request);
    expect(sent).toContain(PAST_CAUSE);
    expect(sent).toContain(PAST_FIX);
    for (const secret of ['Budi', 'Santoso', 'Maju', '5550', 'UPAST0001', 'keep dropping'])
      expect(sent).not.toContain(secret);
  });

  it('shows nothing for a complaint with nothing in common', async () => {
    // The model reads it as the rules do: a feature, which no resolved ticket shares.
    stub.classification = { ...GOOD_CLASSIFICATION, category: 'feature' };
    const { ts } = await h.customerSays('The beauty filter turns faces green', { user: 'USIMNEW02' });
    const ticket = await ticketFor(h, ts);
    const { card } = await cardWithDraft(h, ticket.id);
    expect(JSON.stringify(card.blocks)).not.toContain('Similar resolved tickets');
  });
});
