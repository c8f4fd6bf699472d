import { describe, expect, it } from 'vitest';
import { IDS } from '../../src/ids.js';
import { closingMessage } from '../../src/views/closing.js';
import { escalationMessage } from '../../src/views/escalation.js';
import { closingNoteModal, resolveModal } from '../../src/views/resolve-modal.js';
import { triageCard } from '../../src/views/triage-card.js';
import { checkMessage, checkViewArgument } from '../support/block-kit-rules.js';
import { now, sampleTicket } from './fixtures.js';

const card = (overrides: Parameters<typeof sampleTicket>[0], language: 'en' | 'zh' = 'en') =>
  triageCard({ ticket: sampleTicket(overrides), conversation: [], history: [], language, now });

describe('the card’s resolution and owner', () => {
  it('shows where the problem was, the cause and the fix once recorded, escaped', () => {
    const { blocks } = card({
      status: 'resolved',
      side: 'our_service',
      rootCause: 'Jakarta node <!here> overloaded',
      fix: 'Added capacity & rebalanced',
    });
    const json = JSON.stringify(blocks);
    expect(json).toContain('*Where:* Our service');
    expect(json).toContain('*Root cause:* Jakarta node &lt;!here&gt; overloaded');
    expect(json).toContain('*Fix:* Added capacity &amp; rebalanced');
    expect(checkMessage({ text: 'x', blocks })).toMatchObject({ ok: true });
  });

  it('shows nothing about a cause before one is recorded, and Chinese labels with AGENT_LANGUAGE=zh', () => {
    expect(JSON.stringify(card({}).blocks)).not.toContain('Where:');
    expect(JSON.stringify(card({ status: 'resolved', side: 'not_found' }, 'zh').blocks)).toContain(
      '*问题所在:* 未发现问题/无需处理',
    );
  });

  it('shows the owner, and offers Assign to me and a picker starting at the owner while open', () => {
    const open = card({ assigneeId: 'UAGENT002' }).blocks as Array<Record<string, any>>;
    expect(JSON.stringify(open)).toContain('*Owner*\\n<@UAGENT002>');
    const owner = open.find((b) => b.block_id === `${IDS.blocks.ownerPrefix}42`)!;
    expect(owner.elements.map((e: { action_id: string }) => e.action_id)).toEqual([
      IDS.actions.assignToMe,
      IDS.actions.reassign,
    ]);
    expect(owner.elements[1]).toMatchObject({ type: 'users_select', initial_user: 'UAGENT002' });
    expect(JSON.stringify(card({}).blocks)).toContain('*Owner*\\n_nobody yet_');
    expect(JSON.stringify(card({ status: 'resolved' }).blocks)).not.toContain(IDS.actions.assignToMe);
  });
});

describe('resolve windows', () => {
  it('asks for the side first (required), then an optional cause, fix and whether to tell the customer', () => {
    const view = resolveModal({ ticketId: 42, language: 'en', customerLanguage: 'en' });
    expect(checkViewArgument(view)).toBeUndefined();
    const inputs = view.blocks as Array<Record<string, any>>;
    expect(inputs.map((b) => [b.block_id, b.optional ?? false])).toEqual([
      [IDS.blocks.side, false],
      [IDS.blocks.rootCause, true],
      [IDS.blocks.fix, true],
      [IDS.blocks.tellCustomer, true],
    ]);
    expect(inputs[0]!.element.options.map((o: { value: string }) => o.value)).toEqual([
      'customer_network',
      'customer_device',
      'our_service',
      'customer_config',
      'not_found',
    ]);
    // Nothing is chosen for the agent: the side is what they found.
    expect(inputs[0]!.element.initial_option).toBeUndefined();
  });

  it('the note window starts from the drafted note and says in which language it goes out', () => {
    const view = closingNoteModal({
      ticketId: 42,
      resolution: { side: 'customer_network', rootCause: 'Operator upgrade', fix: null },
      note: '我们排查后发现，这次的问题与通话途经的网络有关。',
      customerLanguage: 'zh',
      language: 'en',
    });
    expect(checkViewArgument(view)).toBeUndefined();
    expect(JSON.stringify(view)).toContain('(Chinese (Simplified))');
    const box = (view.blocks as Array<Record<string, any>>).find((b) => b.block_id === IDS.blocks.closingNote)!;
    expect(box.element.initial_value).toBe('我们排查后发现，这次的问题与通话途经的网络有关。');
    expect(JSON.stringify(view)).not.toContain(IDS.blocks.sendAnyway);
  });
});

describe('closing message with a note', () => {
  it('says what happened first, then the usual closing and the rating', () => {
    const msg = closingMessage({ ticketId: 7, language: 'en', note: 'It was on our side; we fixed it.' });
    expect(msg.text).toMatch(/^It was on our side; we fixed it\.\n\nWe've marked ticket #7 as resolved\./);
    expect(closingMessage({ ticketId: 7, language: 'en' }).text).toMatch(/^We've marked ticket #7/);
  });
});

describe('escalation pings mention the owner', () => {
  const base = {
    clockId: 1,
    ticketId: 42,
    channelId: 'CCUST0001',
    category: 'connectivity' as const,
    priority: 'high' as const,
    summary: 'Calls drop',
    waitedMs: 3_600_000,
    targetMs: 1_800_000,
    kind: 'first_response' as const,
  };
  it('the first ping names the owner alongside the paired engineer', () => {
    const msg = escalationMessage({ ...base, stage: 2, targetUserId: 'UENG00001', assigneeId: 'UAGENT002' });
    expect(msg.text).toMatch(/^:rotating_light: <@UENG00001> <@UAGENT002> #42/);
    expect(msg.text).toContain('<@UAGENT002> owns this ticket.');
  });
  it('without an owner the ping is as before; the owner is not named twice', () => {
    expect(escalationMessage({ ...base, stage: 2, targetUserId: 'UENG00001' }).text).not.toContain('owns');
    const same = escalationMessage({ ...base, stage: 3, targetUserId: 'ULEAD0001', assigneeId: 'ULEAD0001' });
    expect(same.text.match(/<@ULEAD0001>/g)).toHaveLength(1);
  });
});
