import { describe, expect, it } from 'vitest';
import { draftOutputSchema } from '../../src/drafting/drafter.js';
import {
  extractJsonObject,
  fitDraftOutput,
  MAX_ANSWER_CHARS,
  shortenAtSentence,
} from '../../src/drafting/model-output.js';
import { GOOD_DRAFT } from '../support/openai-stub.js';

const LIMITS = { reply: 200, summary: 60, followUps: 2, followUp: 40 };

describe('reading JSON out of a model answer', () => {
  const object = { reply: 'Hi {there}', n: 1, nested: { a: [1, '}'] } };
  const json = JSON.stringify(object);

  it.each([
    ['bare', json],
    ['with blanks around', `\n  ${json}  \n`],
    ['in a json fence', `\`\`\`json\n${json}\n\`\`\``],
    ['in a bare fence', `\`\`\`\n${json}\n\`\`\``],
    [
      'after a sentence, in a fence, with a sentence after',
      `Sure! Here it is:\n\`\`\`json\n${json}\n\`\`\`\nAnything else?`,
    ],
    ['after a sentence, without a fence', `Here is the JSON: ${json} Hope this helps.`],
    ['after a stray brace', `Use {braces} like this: ${json}`],
  ])('reads it %s', (_name, text) => {
    expect(extractJsonObject(text)).toEqual({ ok: true, value: object });
  });

  it.each([
    ['no content', null, 'no content'],
    ["DeepSeek's blanks", '      ', 'no content'],
    ['prose', 'I am sorry, I cannot do that.', 'not JSON'],
    ['a broken object', '{"reply": "oops"', 'not JSON'],
    ['an array', '[1, 2]', 'not JSON'],
  ])('says what is wrong with %s', (_name, text, reason) => {
    const result = extractJsonObject(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(reason);
  });

  it('does not read an answer over the size limit', () => {
    const result = extractJsonObject(`{"reply":"${'a'.repeat(MAX_ANSWER_CHARS)}"}`);
    expect(!result.ok && result.reason).toContain('too long to read');
  });

  it('stays fast on 40 KB of hostile text (unclosed braces, fences and strings)', () => {
    const hostile = ['{'.repeat(20_000), '```'.repeat(6_000) + '{"a":"'.repeat(3_000), '{"'.repeat(20_000)];
    for (const text of hostile) {
      const started = performance.now();
      expect(extractJsonObject(text).ok).toBe(false);
      expect(performance.now() - started).toBeLessThan(100);
    }
  });
});

describe('shortening at a sentence boundary', () => {
  it('keeps whole sentences in English and Chinese', () => {
    expect(shortenAtSentence('One two. Three four. Five six seven.', 25)).toBe('One two. Three four.');
    expect(shortenAtSentence('我们正在排查。稍后联系您。再次感谢您的耐心等待和理解。', 16)).toBe(
      '我们正在排查。稍后联系您。',
    );
    expect(shortenAtSentence('Is it fixed? "Yes." Next one is long enough', 20)).toBe('Is it fixed? "Yes."');
  });

  it('does not cut inside "3.5" or "example.com", and gives up rather than keep too little', () => {
    expect(shortenAtSentence('Version 3.5 of example.com app crashes when it starts.', 20)).toBeUndefined();
    expect(shortenAtSentence(`Sorry. ${'x'.repeat(100)}`, 50)).toBeUndefined();
    expect(shortenAtSentence('short', 50)).toBe('short');
  });
});

describe('fitting a model draft to our limits', () => {
  it('shortens a long reply at a sentence end, trims follow-ups, cuts the summary, clamps confidence', () => {
    const sentence = 'We are checking the records of your calls now. ';
    const fitted = fitDraftOutput(
      {
        ...GOOD_DRAFT,
        reply: sentence.repeat(10),
        followUps: ['Which phone?', 'x'.repeat(41), '', 'Which network?', 'Where?'],
        summary: 'Calls drop. '.repeat(10),
        confidence: 1.7,
      },
      draftOutputSchema,
      LIMITS,
    );
    expect(fitted.ok).toBe(true);
    if (!fitted.ok) return;
    expect(fitted.value.reply.length).toBeLessThanOrEqual(200);
    expect(fitted.value.reply.endsWith('now.')).toBe(true);
    expect(fitted.value.followUps).toEqual(['Which phone?', 'Which network?']);
    expect(fitted.value.summary.length).toBeLessThanOrEqual(60);
    expect(fitted.value.confidence).toBe(1);
    expect(fitted.shortened).toEqual(['reply', 'summary', 'followUps']);
  });

  it('refuses a long reply with no sentence end to cut at, and a draft of the wrong shape', () => {
    const long = fitDraftOutput({ ...GOOD_DRAFT, reply: 'x'.repeat(500) }, draftOutputSchema, LIMITS);
    expect(!long.ok && long.reason).toContain('over the limit of 200');
    const wrong = fitDraftOutput({ ...GOOD_DRAFT, category: 'weather' }, draftOutputSchema, LIMITS);
    expect(!wrong.ok && wrong.reason).toBe("the model's answer did not match the schema (category)");
    expect(fitDraftOutput('a string', draftOutputSchema, LIMITS).ok).toBe(false);
  });

  it('leaves a draft within the limits as it is', () => {
    const fitted = fitDraftOutput(GOOD_DRAFT, draftOutputSchema, { ...LIMITS, followUps: 6, followUp: 300 });
    expect(fitted).toEqual({ ok: true, value: GOOD_DRAFT, shortened: [] });
  });
});
