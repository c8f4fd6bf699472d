import { describe, expect, it } from 'vitest';
import type { SlaClock } from '../../src/db/schema/index.js';
import { IDS } from '../../src/ids.js';
import { receiptMessage } from '../../src/views/receipt.js';
import { channelSettingsModal } from '../../src/views/channel-settings-modal.js';
import { LANGUAGES } from '../../src/domain/taxonomy.js';
import { triageCard } from '../../src/views/triage-card.js';
import { editDraftModal } from '../../src/views/edit-draft-modal.js';
import { escalationMessage } from '../../src/views/escalation.js';
import { closingMessage } from '../../src/views/closing.js';
import { withReaderDates } from '../../src/views/format.js';
import { draft, message, now, sampleTicket } from './fixtures.js';

const clock = { kind: 'first_response', dueAt: new Date('2026-11-20T10:15:00Z') } as SlaClock;

function actionIds(blocks: unknown[]): string[] {
  return (blocks as Array<Record<string, any>>)
    .flatMap((b) => (b.elements ?? []).map((e: Record<string, any>) => e.action_id))
    .filter(Boolean);
}

describe('receipt', () => {
  it('gives the ticket number, the problem and a relative time in English', () => {
    const r = receiptMessage({
      ticketId: 12,
      category: 'connectivity',
      language: 'en',
      dueAt: new Date(now.getTime() + 15 * 60_000),
      now,
    });
    expect(r.text).toContain('#12');
    expect(r.text).toContain('within 15 minutes');
    expect(r.text).toContain('connection problem');
  });

  it('speaks Chinese, and gives a date beyond two hours', () => {
    const r = receiptMessage({
      ticketId: 12,
      category: 'compatibility',
      language: 'zh',
      dueAt: new Date(now.getTime() + 24 * 3_600_000),
      now,
    });
    expect(r.text).toContain('工单 *#12*');
    expect(r.text).toMatch(/在 <!date\^\d+\^.*> 前/);
  });
});

describe('triage card', () => {
  it('shows the words, the clock, the draft and agent controls, with a text fallback', () => {
    const card = triageCard({
      ticket: sampleTicket(),
      conversation: [message('Calls drop after a minute <!channel>')],
      draft: draft(),
      clock,
      history: [],
      language: 'en',
      now,
    });
    expect(card.text).toContain('#42 · Connectivity · High');
    const json = JSON.stringify(card.blocks);
    expect(json).toContain('in 10m');
    expect(json).toContain('Suggested reply');
    expect(json).not.toContain('<!channel>');
    expect(actionIds(card.blocks)).toEqual([
      IDS.actions.approve,
      IDS.actions.edit,
      IDS.actions.regenerate,
      IDS.actions.discard,
      IDS.actions.resolve,
      IDS.actions.setCategory,
      IDS.actions.setPriority,
      IDS.actions.assignToMe,
      IDS.actions.reassign,
    ]);
  });

  it('marks overdue tickets and keeps every text inside Slack limits', () => {
    const long = 'x'.repeat(10_000);
    const card = triageCard({
      ticket: sampleTicket({ summary: long }),
      conversation: [message(long), message(long), message(long)],
      draft: draft({
        reply: long,
        followUps: [long],
        findings: [{ rule: 'jargon', severity: 'warning', excerpt: long, explanation: long }],
      }),
      clock: { ...clock, dueAt: new Date(now.getTime() - 5 * 60_000) },
      history: [long],
      language: 'en',
      now,
    });
    const json = JSON.stringify(card.blocks);
    expect(json).toContain('overdue by 5m');
    for (const block of card.blocks as Array<Record<string, any>>) {
      if (block.text?.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
      for (const e of block.elements ?? [])
        if (e.text && typeof e.text === 'string') expect(e.text.length).toBeLessThanOrEqual(3000);
      for (const f of block.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(2000);
    }
  });

  it('marks the model’s tone findings as the model’s, and escapes their reasons', () => {
    const card = triageCard({
      ticket: sampleTicket(),
      conversation: [message('calls drop')],
      draft: draft({
        findings: [
          { rule: 'blame', severity: 'serious', excerpt: 'your network is bad', explanation: 'Blames the network.' },
          {
            rule: 'jargon',
            severity: 'warning',
            excerpt: 'PLI',
            explanation: 'Unexplained term <!channel> *here*',
            source: 'model',
          },
        ],
      }),
      clock,
      history: [],
      language: 'en',
      now,
    });
    const json = JSON.stringify(card.blocks);
    expect(json).toContain('“your network is bad” — Blames the network.');
    expect(json).toContain('_model:_ “PLI”');
    expect(json).not.toContain('<!channel>');
  });

  it('offers only regenerate/resolve without a draft, and nothing but classification once resolved', () => {
    expect(
      actionIds(triageCard({ ticket: sampleTicket(), conversation: [], history: [], language: 'en', now }).blocks),
    ).toEqual([
      IDS.actions.regenerate,
      IDS.actions.resolve,
      IDS.actions.setCategory,
      IDS.actions.setPriority,
      IDS.actions.assignToMe,
      IDS.actions.reassign,
    ]);
    expect(
      actionIds(
        triageCard({ ticket: sampleTicket({ status: 'resolved' }), conversation: [], history: [], language: 'zh', now })
          .blocks,
      ),
    ).toEqual([IDS.actions.setCategory, IDS.actions.setPriority]);
  });

  it('says when the built-in drafter stood in for the model', () => {
    const card = triageCard({
      ticket: sampleTicket(),
      conversation: [],
      draft: draft({ fallbackReason: 'the model did not answer in time' }),
      history: [],
      language: 'en',
      now,
    });
    expect(JSON.stringify(card.blocks)).toContain('the model was not used: the model did not answer in time');
  });
});

describe('other views', () => {
  it('edit modal: prefilled, and with findings a send-anyway box', () => {
    const plain = editDraftModal({ draft: draft() });
    expect(JSON.stringify(plain)).toContain("I'm sorry the calls drop");
    expect(JSON.stringify(plain)).not.toContain(IDS.blocks.sendAnyway);
    const flagged = editDraftModal({
      draft: draft(),
      text: 'your network is bad',
      findings: [{ rule: 'blame', severity: 'serious', excerpt: 'your network is bad', explanation: 'blame' }],
    });
    expect(JSON.stringify(flagged)).toContain(IDS.blocks.sendAnyway);
    expect(JSON.stringify(flagged)).toContain('your network is bad');
  });

  it('escalation: warning has no button, pings have "I\'m on it"', () => {
    const base = {
      clockId: 5,
      ticketId: 42,
      channelId: 'C1',
      category: 'connectivity' as const,
      priority: 'high' as const,
      summary: 's',
      waitedMs: 16 * 60_000,
      targetMs: 15 * 60_000,
      kind: 'first_response' as const,
    };
    expect(actionIds(escalationMessage({ ...base, stage: 1 }).blocks)).toEqual([]);
    const ping = escalationMessage({ ...base, stage: 2, targetUserId: 'UENG' });
    expect(ping.text).toContain('<@UENG>');
    expect(ping.text).toContain('waited 16m');
    expect(actionIds(ping.blocks)).toEqual([IDS.actions.acknowledge]);
    const noLead = escalationMessage({ ...base, stage: 3 });
    expect(noLead.text).not.toContain('undefined');
    expect(noLead.text).toContain('<!here>');
  });

  it('closing message carries five rating buttons in the customer language', () => {
    const closing = closingMessage({ ticketId: 3, language: 'zh' });
    expect(closing.text).toContain('#3');
    expect(actionIds(closing.blocks)).toEqual([1, 2, 3, 4, 5].map((n) => `${IDS.actions.rate}_${n}`));
  });
});

describe('channel settings', () => {
  it('offers every customer language, each by its own name, and shows the stored one', () => {
    const view = channelSettingsModal(
      {
        channelId: 'CCUST0001',
        name: null,
        engineerUserId: null,
        enterprise: false,
        language: 'ja',
        businessHours: null,
        timeZone: null,
        holidays: [],
        firstResponseOverrides: {},
        linkedBy: 'UAGENT001',
        linkedAt: new Date(0),
        updatedAt: new Date(0),
      },
      'UTC',
    );
    const select = (view.blocks as Array<Record<string, any>>).find((b) => b.block_id === IDS.blocks.language)!.element;
    expect(select.options.map((o: { value: string }) => o.value)).toEqual(['auto', ...LANGUAGES]);
    expect(select.initial_option.value).toBe('ja');
    expect(JSON.stringify(select.options)).toContain('日本語 (Japanese)');
  });
});

describe('withReaderDates', () => {
  it('turns a real UTC minute into a date token and leaves anything else as written', () => {
    expect(withReaderDates('by 2026-12-06 09:30 UTC, or sooner')).toBe(
      `by <!date^${Date.UTC(2026, 11, 6, 9, 30) / 1000}^{date_short_pretty} {time}|2026-12-06 09:30 UTC>, or sooner`,
    );
    for (const text of [
      '2026-13-40 25:99 UTC',
      '2026-02-30 10:00 UTC',
      '12026-12-06 09:30 UTC',
      '2026-12-06 09:30 UTCX',
    ])
      expect(withReaderDates(text)).toBe(text);
  });

  it('stays linear on 40 KB of near-misses', () => {
    const hostile = '2026-12-06 09:30 UT'.repeat(2_100);
    const started = performance.now();
    expect(withReaderDates(hostile)).toBe(hostile);
    expect(performance.now() - started).toBeLessThan(100);
  });
});
