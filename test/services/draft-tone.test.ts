import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { insertMessage } from '../../src/db/queries/messages.js';
import { insertTicket } from '../../src/db/queries/tickets.js';
import type { DraftRequest, DraftResult, Drafter } from '../../src/drafting/drafter.js';
import { silentLog } from '../../src/logger.js';
import type { ServiceDeps } from '../../src/services/deps.js';
import { makeDraft, sendEditedDraft } from '../../src/services/drafts.js';
import type { PeopleDirectory } from '../../src/services/people.js';
import { createTestDatabase, type TestDatabase } from '../support/db.js';

/** A drafter that writes what it is told to, and remembers what it was asked. */
class ScriptedDrafter implements Drafter {
  reply = '';
  modelFindings: DraftResult['modelFindings'];
  async draft(request: DraftRequest): Promise<DraftResult> {
    return {
      reply: this.reply,
      followUps: [],
      summary: 'summary',
      category: request.category,
      confidence: 0.9,
      language: request.language,
      facts: {},
      source: 'model',
      modelFindings: this.modelFindings,
    };
  }
}

describe('the tone check knows who wrote the links in a reply', () => {
  let t: TestDatabase;
  let deps: ServiceDeps;
  const drafter = new ScriptedDrafter();
  const now = new Date('2026-11-20T10:00:00Z');
  let ticketId: number;

  beforeAll(async () => {
    t = await createTestDatabase();
    deps = {
      db: t.database.db,
      config: loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', TRIAGE_CHANNEL_ID: 'C0TRIAGE1' }),
      log: silentLog,
      // Only U0AGENT is in the triage channel.
      people: { isAgent: async (userId: string) => userId === 'U0AGENT' } as unknown as PeopleDirectory,
      now: () => now,
      wake: () => {},
    };
    const ticket = await insertTicket(deps.db, {
      channelId: 'C0CUSTOMER',
      rootTs: '1.000100',
      customerUserId: 'U0CUSTOMER',
      category: 'connectivity',
      priority: 'high',
      language: 'en',
      createdAt: now,
      lastCustomerMessageAt: now,
    });
    ticketId = ticket!.id;
    const message = (ts: string, role: 'customer' | 'agent', text: string) =>
      insertMessage(deps.db, { ticketId, channelId: 'C0CUSTOMER', ts, role, text, createdAt: now });
    await message('1.000100', 'customer', 'Calls drop. Log: <https://paste.example/abc|my log> cc <@U0BOSS>');
    await message('1.000200', 'agent', 'Our status page: https://status.acme.example');
  });
  afterAll(() => t.drop());

  it('flags links and mentions in a drafted reply that no agent sent before', async () => {
    drafter.reply =
      'Sorry! We are checking now and will update you within 1 hour. Your log: <https://paste.example/abc|log>, ' +
      '<!channel>, status: https://status.acme.example.';
    const draft = await makeDraft({ ...deps, drafter }, { ticketId });
    expect(draft!.findings.filter((f) => f.rule === 'untrusted_link').map((f) => f.excerpt)).toEqual([
      '<https://paste.example/abc|log>',
      '<!channel>',
    ]);
  });

  it("stores the model's review with the rules' findings, marked as the model's, without repeats", async () => {
    drafter.reply = 'Your network is bad. We are checking now and will update you within 1 hour.';
    drafter.modelFindings = [
      {
        rule: 'blame',
        severity: 'serious',
        excerpt: 'network is bad',
        explanation: 'Same as the rules.',
        source: 'model',
      },
      { rule: 'jargon', severity: 'warning', excerpt: 'checking', explanation: 'Model only.', source: 'model' },
    ];
    const draft = await makeDraft({ ...deps, drafter }, { ticketId });
    drafter.modelFindings = undefined;
    expect(draft!.findings.map((f) => [f.rule, f.source ?? 'rules'])).toEqual([
      ['blame', 'rules'],
      ['jargon', 'model'],
    ]);
  });

  it("asks an agent to confirm links kept from the draft, and sends the agent's own without asking", async () => {
    drafter.reply = 'We are checking now and will update you within 1 hour: see <https://evil.example|here>.';
    const draft = await makeDraft({ ...deps, drafter }, { ticketId });
    const kept = await sendEditedDraft(deps, {
      draftId: draft!.id,
      agentId: 'U0AGENT',
      text: 'We are checking now and will update you within 1 hour: see <https://evil.example|here>.',
      sendAnyway: false,
    });
    expect(kept).toMatchObject({ kind: 'needs_confirmation' });
    expect(kept.kind === 'needs_confirmation' && kept.findings.map((f) => f.rule)).toEqual(['untrusted_link']);
    const own = await sendEditedDraft(deps, {
      draftId: draft!.id,
      agentId: 'U0AGENT',
      text: 'We are checking now and will update you within 1 hour; our docs: https://docs.acme.example/rtc',
      sendAnyway: false,
    });
    expect(own.kind).toBe('sending');
  });
});
