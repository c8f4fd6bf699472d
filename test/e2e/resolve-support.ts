import { eq } from 'drizzle-orm';
import { tickets } from '../../src/db/schema/index.js';
import { IDS } from '../../src/ids.js';
import { eventually } from '../support/eventually.js';
import type { Harness } from '../support/harness.js';
import { resolveValues } from '../support/resolve-form.js';

/** A click counts only on the ticket's own card, known once its post is recorded: a person never clicks sooner. */
export async function cardRecorded(h: Harness, ticketId: number, cardTs: string) {
  await eventually(
    async () =>
      (await h.app.database.db.select().from(tickets).where(eq(tickets.id, ticketId)))[0]?.triageTs === cardTs,
    10_000,
    'the card recorded on its ticket',
  );
}

/** An agent clicks Resolve on the card: the click's answer, and the window Slack was asked to open. */
export async function openResolveWindow(h: Harness, params: { ticketId: number; cardTs: string; userId: string }) {
  await cardRecorded(h, params.ticketId, params.cardTs);
  const before = h.emulator.callsOf('views.open').length;
  const res = await h.slack.blockAction({
    userId: params.userId,
    channelId: h.app.deps.config.triageChannelId,
    messageTs: params.cardTs,
    actionId: IDS.actions.resolve,
    value: JSON.stringify({ t: params.ticketId }),
  });
  const open = await h.emulator.waitFor(
    () =>
      h.emulator
        .callsOf('views.open')
        .slice(before)
        .find((c) => c.status === 200),
    5000,
    'resolve window',
  );
  return { status: res.status, view: open.args.view as { callback_id: string; private_metadata: string } };
}

/** An agent clicks Resolve on the card, and submits the window it opens with where the problem was. */
export async function resolveThroughWindow(
  h: Harness,
  params: { ticketId: number; cardTs: string; userId: string; side?: string },
) {
  const { view } = await openResolveWindow(h, params);
  return h.slack.viewSubmission({
    userId: params.userId,
    callbackId: view.callback_id,
    privateMetadata: view.private_metadata,
    values: resolveValues({ side: params.side ?? 'not_found' }),
  });
}
