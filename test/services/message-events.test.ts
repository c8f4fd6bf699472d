import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMessageEvent } from '../../src/services/message-events.js';

const DIR = new URL('../fixtures/slack-events/', import.meta.url);
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f.replace(/\.json$/, ''), ...JSON.parse(readFileSync(new URL(f, DIR), 'utf8')) }))
  .filter((f) => (f.payload.event as { type?: string }).type === 'message');

/** What each published message shape asks of intake. */
const EXPECTED: Record<string, string> = {
  message: 'message',
  message_changed: 'edit',
  message_deleted: 'delete',
  'spec-message-deleted': 'delete',
  thread_broadcast: 'message',
  file_share: 'message',
  'file_share-slack-connect': 'message',
  'spec-message-app-home': 'message',
  bot_message: 'ignore',
  channel_join: 'ignore',
  message_replied: 'ignore',
  huddle_thread: 'ignore',
  assistant_app_thread: 'ignore',
};

describe('reading Slack message events', () => {
  it('has an expectation for every message fixture', () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const f of fixtures)
    it(`${f.name} (${f.source.slice(0, 60)}…) → ${EXPECTED[f.name]}`, () => {
      const intake = readMessageEvent(f.payload, f.payload.event);
      expect(intake.kind).toBe(EXPECTED[f.name]);
      if (intake.kind === 'ignore') expect(intake.reason.length).toBeGreaterThan(5);
    });

  it('takes attachments apart from the words, which are cut at Slack’s limit', () => {
    const intake = readMessageEvent(
      { team_id: 'T1', event_id: 'Ev1' },
      {
        type: 'message',
        subtype: 'file_share',
        channel: 'C1',
        user: 'U1',
        ts: '1.000001',
        text: 'x'.repeat(50_000),
        files: [{ name: 'a.png', mimetype: 'image/png' }],
      },
    );
    if (intake.kind !== 'message') throw new Error(intake.kind);
    expect(intake.payload.text.length).toBeLessThanOrEqual(40_000);
    expect(intake.payload.attachments).toEqual([{ kind: 'image', name: 'a.png' }]);
  });

  it('ignores a message with neither words nor files, and an edit by a bot', () => {
    expect(readMessageEvent({}, { type: 'message', channel: 'C1', user: 'U1', ts: '1.1', text: '  ' }).kind).toBe(
      'ignore',
    );
    const edit = readMessageEvent(
      {},
      {
        type: 'message',
        subtype: 'message_changed',
        channel: 'C1',
        ts: '2.2',
        message: { ts: '1.1', text: 'x', bot_id: 'B1' },
      },
    );
    expect(edit.kind).toBe('ignore');
  });
});
