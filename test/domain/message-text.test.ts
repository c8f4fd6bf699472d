import { describe, expect, it } from 'vitest';
import { capMessageText, SLACK_MESSAGE_TEXT_LIMIT } from '../../src/domain/message-text.js';

describe('message text within Slack limit', () => {
  it('keeps text at or under the limit whole', () => {
    const exact = 'a'.repeat(SLACK_MESSAGE_TEXT_LIMIT);
    expect(capMessageText(exact)).toBe(exact);
    expect(capMessageText('calls drop')).toBe('calls drop');
  });

  it('cuts longer text with a note saying how much was left out, within the limit', () => {
    const text = 'b'.repeat(100_000);
    const capped = capMessageText(text);
    expect(capped.length).toBeLessThanOrEqual(SLACK_MESSAGE_TEXT_LIMIT);
    const kept = capped.indexOf('\n\n[Message cut here: ');
    expect(kept).toBeGreaterThan(SLACK_MESSAGE_TEXT_LIMIT - 100);
    expect(capped.slice(kept)).toBe(
      `\n\n[Message cut here: ${(100_000 - kept).toLocaleString('en-US')} more characters were not kept.]`,
    );
  });

  it('never splits an emoji made of a surrogate pair', () => {
    for (const pad of [0, 1]) {
      const capped = capMessageText('x'.repeat(pad) + '😀'.repeat(30_000), 1_000);
      const kept = capped.slice(0, capped.indexOf('\n\n[Message cut'));
      expect(/[\ud800-\udbff]$/.test(kept)).toBe(false);
      expect(Array.from(kept.slice(pad)).every((c) => c === '😀')).toBe(true);
    }
  });
});
