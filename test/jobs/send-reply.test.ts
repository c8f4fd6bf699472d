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

  it('an interim update names its next update as a date token each customer reads in their own time zone', async () => {
    const reply =
      'We will send you the next update here by 2026-03-02 11:00 UTC. <!date^1^{time}^https://evil.example|x>';
    state.draft = draft({ purpose: 'incident_update', reply });
    await runJob(claimed(sendReplyJob, { draftId: 12 }), jobDeps(env.client));
    const stamp = Date.UTC(2026, 2, 2, 11, 0) / 1000;
    // Only the time the app wrote becomes markup; a token typed into the text stays plain characters.
    expect(env.slack.posts({ channel: CHANNEL })[0]!.text).toBe(
      `We will send you the next update here by <!date^${stamp}^{date_short_pretty} {time}|2026-03-02 11:00 UTC>. ` +
        '&lt;!date^1^{time}^https://evil.example|x&gt;',
    );
    // Any other reply keeps a written time as it is.
    state.draft = draft({ id: 13, reply });
    await runJob(claimed(sendReplyJob, { draftId: 13 }), jobDeps(env.client));
    expect(env.slack.posts({ channel: CHANNEL })[1]!.text).toContain('by 2026-03-02 11:00 UTC.');
  });

  it('sends nothing for a draft that is no longer approved', async () => {
    state.draft = draft({ status: 'discarded' });
    const result = await runJob(claimed(sendReplyJob, { draftId: 12 }), jobDeps(env.client));
    expect(result).toEqual({ skipped: 'draft not approved' });
    expect(env.slack.posts()).toEqual([]);
    expect(markReplySent).not.toHaveBeenCalled();
  });
});
