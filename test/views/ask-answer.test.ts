import { describe, expect, it } from 'vitest';
import type { AnswerRow, AskAnswer } from '../../src/domain/ask/answer.js';
import { resolvePeriod } from '../../src/domain/ask/query.js';
import { askAnswerMessage } from '../../src/views/ask-answer.js';
import { checkBlocks } from '../support/block-kit-rules.js';

const NOW = new Date('2026-11-30T12:00:00Z');
const hostile = `<!channel> <@U123> *bold* ${'雅加达'.repeat(30)} <https://evil.example|click> ${'x'.repeat(400)}`;

function answer(language: 'en' | 'zh', rows: AnswerRow[]): AskAnswer {
  const query = {
    measure: 'median_first_reply' as const,
    period: { kind: 'last_days' as const, days: 14 },
    filters: { region: Array(10).fill('y'.repeat(60)), rootCause: [hostile.slice(0, 60)], device: ['Huawei'] },
    groupBy: ['region' as const, 'device' as const],
  };
  return {
    kind: 'answer',
    language,
    query,
    period: resolvePeriod(query.period, NOW, 'UTC'),
    readBy: 'model',
    value: 3_600_000,
    tickets: 10_000,
    rows,
    more: { groups: 40, tickets: 900 },
    ticketLinks: Array.from({ length: 10 }, (_, i) => ({ id: 100_000 + i, channelId: null, ts: '1700000000.000100' })),
    askedAt: NOW,
  };
}

describe('an answer at Slack limits', () => {
  const rows: AnswerRow[] = Array.from({ length: 50 }, (_, i) => ({
    keys: [`k${i}`, `d${i}`],
    labels: [hostile, hostile],
    value: 123_456_789,
    tickets: 99_999,
    previous: 1,
  }));
  for (const language of ['en', 'zh'] as const)
    it(`stays within Block Kit and escapes people's words (${language})`, () => {
      const message = askAnswerMessage(answer(language, rows), {
        timeZone: 'UTC',
        triageChannelId: 'CTRIAGE',
        shareable: true,
      });
      expect(checkBlocks(message.blocks, 'message', 'blocks')).toEqual([]);
      // Everything shown (the button's value is data the app reads back, never shown).
      const shown = message.blocks.filter((b) => b.type !== 'actions');
      const all = JSON.stringify({ text: message.text, shown });
      expect(all).not.toContain('<!channel>');
      expect(all).not.toContain('<@U123>');
      expect(all).not.toContain('<https://evil.example|click>');
      expect(message.text.length).toBeLessThanOrEqual(3000);
      expect(message.text).toContain(language === 'zh' ? '理解为' : 'Read as');
    });

  it('offers the three examples when a question cannot be read, in the asker language', () => {
    const en = askAnswerMessage(
      { kind: 'unread', language: 'en', unread: ['elephant'] },
      {
        timeZone: 'UTC',
        triageChannelId: 'C1',
      },
    );
    expect(en.text.match(/^• /gm)).toHaveLength(3);
    const zh = askAnswerMessage(
      { kind: 'unread', language: 'zh', unread: [] },
      { timeZone: 'UTC', triageChannelId: 'C1' },
    );
    expect(zh.text).toContain('读不懂');
  });
});
