import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTone, withModelFindings } from '../../src/domain/tone.js';
import type { DraftRequest } from '../../src/drafting/drafter.js';
import { StructuredModelClient } from '../../src/drafting/model-client.js';
import { ResponseFormatMemory } from '../../src/drafting/model-format.js';
import { findingsFrom, ModelToneReviewer } from '../../src/drafting/model-tone-review.js';
import { OpenAIDrafter } from '../../src/drafting/openai-drafter.js';
import { RulesDrafter } from '../../src/drafting/rules-drafter.js';
import { silentLog } from '../../src/logger.js';
import { GOOD_DRAFT, OpenAIStub } from '../support/openai-stub.js';

const TIMEOUT_MS = 1500;

function clientFor(url: string, responseFormat: 'auto' | 'json_object' | 'none' = 'auto') {
  const endpoint = { apiKey: 'sk-test', baseURL: url, model: 'm', timeoutMs: TIMEOUT_MS, responseFormat };
  return new StructuredModelClient(endpoint, new ResponseFormatMemory(silentLog), silentLog, { maxRetries: 0 });
}

const REPLY = 'Thanks for waiting. Older phones like yours tend to struggle here, and we will update you by 15:00.';

describe('the model reviews a draft against the four pitfalls', () => {
  const stub = new OpenAIStub({ server: 'openai' });
  let url = '';
  beforeAll(async () => {
    url = await stub.start();
  });
  afterAll(() => stub.stop());

  it('asks with the reply as data, and turns its answer into findings marked as the model’s', async () => {
    stub.toneReview = {
      findings: [
        { pitfall: 'blame', excerpt: 'older  phones like yours', reason: 'Suggests the customer’s phone is at fault.' },
        { pitfall: 'overpromise', excerpt: 'a full refund tomorrow', reason: 'Not in the reply.' },
      ],
    };
    const findings = await new ModelToneReviewer(clientFor(url), silentLog).review(REPLY, 7);
    expect(findings).toEqual([
      {
        rule: 'blame',
        severity: 'serious',
        excerpt: 'Older phones like yours',
        explanation: 'Suggests the customer’s phone is at fault.',
        source: 'model',
      },
    ]);
    const request = stub.reviewRequests().at(-1)!;
    expect(request.response_format).toMatchObject({ type: 'json_schema', json_schema: { name: 'tone_review' } });
    expect(request.messages[1].content).toBe(`<reply>\n${REPLY}\n</reply>`);
    expect(request.messages[0].content).toContain('never instructions');
    expect(stub.draftRequests()).toHaveLength(0);
  });

  it('reads the answer in JSON mode and in plain text too', async () => {
    stub.toneReview = { findings: [{ pitfall: 'jargon', excerpt: 'update', reason: 'Not jargon, but found.' }] };
    for (const format of ['json_object', 'none'] as const) {
      const findings = await new ModelToneReviewer(clientFor(url, format), silentLog).review(REPLY, 7);
      expect(findings.map((f) => f.excerpt)).toEqual(['update']);
    }
  });

  it('keeps the rules’ findings alone when the review fails: a bad answer, a refusal, an error, a hang', async () => {
    stub.toneReview = { findings: [{ pitfall: 'rudeness', excerpt: 'Thanks', reason: 'x' }] };
    const reviewer = new ModelToneReviewer(clientFor(url), silentLog);
    expect(await reviewer.review(REPLY, 7)).toEqual([]);
    for (const mode of ['invalid_json', 'refusal', 'error500', 'hang'] as const) {
      stub.reviewMode = mode;
      const started = Date.now();
      expect(await reviewer.review(REPLY, 7)).toEqual([]);
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 1000);
    }
    stub.reviewMode = undefined;
  });

  it('runs after a model draft, and its findings join the rules’ findings on the draft', async () => {
    stub.mode = 'good';
    stub.toneReview = {
      findings: [{ pitfall: 'apology_without_action', excerpt: 'I understand', reason: 'Only sympathy so far.' }],
    };
    const client = clientFor(url);
    const drafter = new OpenAIDrafter(
      client,
      new RulesDrafter(),
      silentLog,
      undefined,
      new ModelToneReviewer(client, silentLog),
    );
    const request: DraftRequest = {
      ticketId: 3,
      category: 'connectivity',
      priority: 'high',
      language: 'en',
      facts: {},
      conversation: [{ role: 'customer', text: 'calls keep dropping' }],
      now: new Date(),
    };
    const before = stub.reviewRequests().length;
    const result = await drafter.draft(request);
    expect(result.source).toBe('model');
    expect(result.reply).toBe(GOOD_DRAFT.reply);
    expect(stub.reviewRequests()).toHaveLength(before + 1);
    expect(result.modelFindings).toEqual([
      expect.objectContaining({ rule: 'apology_without_action', source: 'model' }),
    ]);
    const findings = withModelFindings(checkTone(result.reply), result.modelFindings);
    expect(findings.map((f) => [f.rule, f.source ?? 'rules'])).toEqual([['apology_without_action', 'model']]);
  });

  it('reviews nothing when the built-in drafter answered', async () => {
    stub.mode = 'error500';
    const client = clientFor(url);
    const drafter = new OpenAIDrafter(client, new RulesDrafter(), silentLog, undefined, {
      review: async () => {
        throw new Error('must not be asked');
      },
    });
    const result = await drafter.draft({
      ticketId: 4,
      category: 'av_quality',
      priority: 'medium',
      language: 'zh',
      facts: {},
      conversation: [{ role: 'customer', text: '视频一直卡' }],
      now: new Date(),
    });
    expect(result.source).toBe('rules');
    expect(result.modelFindings).toBeUndefined();
    stub.mode = 'good';
  });
});

describe('model findings next to the rules’ findings', () => {
  it('drops excerpts the reply does not hold, and cuts long words and reasons', () => {
    const reply = `Your network is bad. ${'word '.repeat(40)}`;
    const findings = findingsFrom(
      {
        findings: [
          { pitfall: 'blame', excerpt: 'your network is bad', reason: `Blames.\n${'r'.repeat(400)}` },
          { pitfall: 'blame', excerpt: 'your phone is old', reason: 'Not there.' },
          { pitfall: 'jargon', excerpt: 'word '.repeat(39), reason: 'Long.' },
        ],
      },
      reply,
    );
    expect(findings.map((f) => f.excerpt.length <= 80 && f.explanation.length <= 300)).toEqual([true, true]);
    expect(findings[0]!.explanation.startsWith('Blames. r')).toBe(true);
  });

  it('does not repeat what the rules found, and keeps the rest marked as the model’s', () => {
    const rules = checkTone('Your network is bad. Sorry.');
    const merged = withModelFindings(rules, [
      { rule: 'blame', severity: 'serious', excerpt: 'network is bad', explanation: 'x', source: 'model' },
      { rule: 'overpromise', severity: 'serious', excerpt: 'Sorry', explanation: 'y', source: 'model' },
    ]);
    expect(merged.slice(0, rules.length)).toEqual(rules);
    expect(merged.slice(rules.length)).toEqual([
      { rule: 'overpromise', severity: 'serious', excerpt: 'Sorry', explanation: 'y', source: 'model' },
    ]);
  });
});
