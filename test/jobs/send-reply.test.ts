import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Draft } from '../../src/db/schema/index.js';
import { sendReplyJob } from '../../src/queue/jobs.js';
import { runJob } from '../../src/jobs/registry.js';
import { CHANNEL, claimed, jobDeps, NOW, redelivered, ROOT_TS, ticket, useSlack } from './fakes.js';

const state = vi.hoisted(() => ({ draft: undefined as Draft | undefined, ticket: undefined as unknown }));
vi.mock('../../src/db/queries/drafts.js', () => ({ findDraft: vi.fn(async () => state.draft) }));
vi.mock('../../src/db/queries/tickets.js', () => ({ findTicket: vi.fn(async () => state.ticket) }));
vi.mock('../../src/services/drafts.js', async (original) => ({
  ...(await original()),
  markReplySent: vi.fn(async () => {}),
}));
const { markReplySent } = await import('../../src/services/drafts.js');

function draft(overrides: Partial<Draft> = {}): Draft {
  return {
    id: 12,
    ticketId: 7,
    cycle: 0,
    source: 'model',
    fallbackReason: null,
    language: 'en',
    reply: 'Sorry about the dropped calls. <!channel> <https://evil.example|your account>',
    followUps: [],
    summary: '',
    findings: [],
    status: 'approved',
    createdAt: NOW,
    actedBy: 'UAGENT001',
    actedAt: NOW,
    ...overrides,
  } as Draft;
}

describe('the reply.send job', () => {
  const env = useSlack();
  beforeEach(() => {
    state.draft = draft();
    state.ticket = ticket();
    vi.mocked(markReplySent).mockClear();
  });

  it('posts the approved reply in the customer’s thread, escaped, then marks it sent with the post’s ts', async () => {
    const deps = jobDeps(env.client);
    const result = await runJob(claimed(sendReplyJob, { draftId: 12 }), deps);
    const [post] = env.slack.posts({ channel: CHANNEL });
    expect(post).toMatchObject({ thread_ts: ROOT_TS });
    // The mention and the labelled link reach the customer as the characters the agent saw, not as markup.
    expect(post!.text).toBe(
      'Sorry about the dropped calls. &lt;!channel&gt; &lt;https://evil.example|your account&gt;',
    );
    expect(result).toEqual({ ts: post!.ts, found: false });
    expect(markReplySent).toHaveBeenCalledWith(deps, { draft: state.draft, ts: post!.ts });
    expect(env.slack.contractBreaks).toEqual([]);
  });

  it('posts nothing twice when it runs again after an attempt whose outcome was not known', async () => {
    const deps = jobDeps(env.client);
    const row = claimed(sendReplyJob, { draftId: 12 });
    const first = await runJob(row, deps);
    const again = await runJob(redelivered(row), deps);
    expect(env.slack.posts({ channel: CHANNEL })).toHaveLength(1);
    expect(again).toEqual({ ts: (first as { ts: string }).ts, found: true });
  });

  it('sends nothing for a draft that is no longer approved', async () => {
    state.draft = draft({ status: 'discarded' });
    const result = await runJob(claimed(sendReplyJob, { draftId: 12 }), jobDeps(env.client));
    expect(result).toEqual({ skipped: 'draft not approved' });
    expect(env.slack.posts()).toEqual([]);
    expect(markReplySent).not.toHaveBeenCalled();
  });
});
