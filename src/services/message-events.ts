import { z } from 'zod';
import { type Attachment, attachmentFrom, withAttachmentNote } from '../domain/attachments.js';
import { capMessageText } from '../domain/message-text.js';
import type { IntakeItem } from '../db/queries/inbox.js';
import { intakeDeletionJob, intakeEditJob, intakeMessageJob } from '../queue/jobs.js';
import type { IncomingMessage } from './intake.js';

/**
 * What a `message` event asks of intake. Slack sends one event type for everything that happens to a
 * channel's messages; the subtype says which (https://docs.slack.dev/reference/events/message). A person
 * writing is taken in; an edit or a deletion changes what was taken in; everything else is ignored on
 * purpose, with the reason, and none of it is an error.
 */
export type MessageEventIntake =
  | { kind: 'message'; payload: IncomingMessage & { eventId?: string } }
  | { kind: 'edit'; payload: { channelId: string; ts: string; text: string; editTs: string } }
  | { kind: 'delete'; payload: { channelId: string; ts: string; deleteTs: string } }
  | { kind: 'ignore'; reason: string };

/** Subtypes that are a person writing: plain (none), a file with or without words, a thread reply sent to the channel
 * too, /me. */
const PERSON_SUBTYPES = new Set(['file_share', 'thread_broadcast', 'me_message']);

/**
 * Subtypes that are not someone talking to us, each with its reason (https://docs.slack.dev/reference/events/message
 * lists them). Anything not here and not above is ignored too, as something new.
 */
const IGNORED_SUBTYPES: Record<string, string> = {
  bot_message: 'a bot posted it',
  channel_join: 'someone joined the channel',
  channel_leave: 'someone left the channel',
  group_join: 'someone joined the channel',
  group_leave: 'someone left the channel',
  channel_topic: 'the channel topic changed',
  channel_purpose: 'the channel description changed',
  channel_name: 'the channel was renamed',
  channel_archive: 'the channel was archived',
  channel_unarchive: 'the channel was unarchived',
  channel_posting_permissions: 'posting permissions changed',
  pinned_item: 'something was pinned',
  unpinned_item: 'something was unpinned',
  reminder_add: 'a reminder was set',
  huddle_thread: 'a huddle started or changed (Slack posts it as Slackbot)',
  assistant_app_thread: 'an AI assistant conversation, not a shared channel',
  message_replied: 'a notice that a thread got a reply; the reply arrives as its own message',
  ekm_access_denied: 'the message is hidden by the workspace’s key management',
};

const file = z
  .object({
    name: z.string().optional(),
    title: z.string().optional(),
    mimetype: z.string().optional(),
    filetype: z.string().optional(),
  })
  .passthrough();

const personMessage = z.object({
  channel: z.string(),
  user: z.string(),
  text: z.string().nullish(),
  ts: z.string(),
  thread_ts: z.string().optional(),
  user_team: z.string().optional(),
  team: z.string().optional(),
  files: z.array(file).optional(),
});

/** The edited message inside `message_changed`, and what it was before. */
const editedMessage = z
  .object({
    ts: z.string(),
    text: z.string().nullish(),
    user: z.string().optional(),
    subtype: z.string().optional(),
    bot_id: z.string().nullish(),
    files: z.array(file).optional(),
  })
  .passthrough();

const changedMessage = z.object({
  channel: z.string(),
  ts: z.string(),
  message: editedMessage,
  previous_message: editedMessage.optional(),
});

const deletedMessage = z.object({ channel: z.string(), ts: z.string(), deleted_ts: z.string() });

const envelope = z.object({
  event_id: z.string().optional(),
  team_id: z.string().optional(),
  is_ext_shared_channel: z.boolean().optional(),
});

const ignore = (reason: string): MessageEventIntake => ({ kind: 'ignore', reason });

function attachmentsOf(files: ReadonlyArray<z.infer<typeof file>> | undefined): Attachment[] {
  return (files ?? []).map((f) => attachmentFrom(f));
}

/** Who wrote it, when it is not a person we could be talking to. */
function notAPerson(m: { user?: string; bot_id?: string | null; subtype?: string }): string | undefined {
  if (m.bot_id) return 'a bot posted it (this app, or another app in the channel)';
  if (m.user === 'USLACKBOT') return 'Slackbot posted it';
  if (m.subtype && !PERSON_SUBTYPES.has(m.subtype)) return IGNORED_SUBTYPES[m.subtype] ?? `subtype ${m.subtype}`;
  return undefined;
}

function readPersonMessage(raw: Record<string, unknown>, body: unknown): MessageEventIntake {
  const parsed = personMessage.safeParse(raw);
  if (!parsed.success) return ignore('not a message with an author and a channel');
  const m = parsed.data;
  const words = capMessageText(m.text ?? '');
  const attachments = attachmentsOf(m.files);
  if (!words.trim() && attachments.length === 0) return ignore('nothing written and nothing attached');
  const env = envelope.parse(body);
  return {
    kind: 'message',
    payload: {
      channelId: m.channel,
      ts: m.ts,
      threadTs: m.thread_ts,
      userId: m.user,
      authorTeamId: m.user_team ?? m.team,
      homeTeamId: env.team_id,
      sharedChannel: env.is_ext_shared_channel ?? false,
      text: words,
      ...(attachments.length > 0 ? { attachments } : {}),
      eventId: env.event_id,
    },
  };
}

function readEdit(raw: Record<string, unknown>): MessageEventIntake {
  const parsed = changedMessage.safeParse(raw);
  if (!parsed.success) return ignore('an edit without the edited message');
  const { channel, ts, message, previous_message: before } = parsed.data;
  const who = notAPerson({ ...message, bot_id: message.bot_id ?? before?.bot_id });
  if (who) return ignore(`an edit of a message that ${who.startsWith('a ') ? 'is' : 'was'}: ${who}`);
  // Slack also sends message_changed when a link preview is added or a reply count changes: same words.
  const text = withAttachmentNote(capMessageText(message.text ?? ''), attachmentsOf(message.files));
  if (before && text === withAttachmentNote(capMessageText(before.text ?? ''), attachmentsOf(before.files)))
    return ignore('the words did not change (a link preview, or a thread reply count)');
  return { kind: 'edit', payload: { channelId: channel, ts: message.ts, text, editTs: ts } };
}

/** Reads one message event (and its envelope) into what intake should do with it. */
export function readMessageEvent(body: unknown, event: unknown): MessageEventIntake {
  const raw = event as Record<string, unknown>;
  const subtype = typeof raw.subtype === 'string' ? raw.subtype : undefined;
  if (subtype === 'message_changed') return readEdit(raw);
  if (subtype === 'message_deleted') {
    const parsed = deletedMessage.safeParse(raw);
    if (!parsed.success) return ignore('a deletion without the deleted message');
    const { channel, ts, deleted_ts } = parsed.data;
    return { kind: 'delete', payload: { channelId: channel, ts: deleted_ts, deleteTs: ts } };
  }
  // A thread's reply notice comes without its subtype over the Events API, hidden, with no author of its own
  // (https://docs.slack.dev/reference/events/message/message_replied, "Bug alert").
  if (raw.hidden === true) return ignore(IGNORED_SUBTYPES[subtype ?? 'message_replied'] ?? 'a hidden notice');
  const who = notAPerson({
    user: typeof raw.user === 'string' ? raw.user : undefined,
    bot_id: typeof raw.bot_id === 'string' ? raw.bot_id : undefined,
    subtype,
  });
  if (who) return ignore(who);
  return readPersonMessage(raw, body);
}

/**
 * Intake work for the inbox's shared insert, keyed by its job so a redelivery stores nothing twice. An edit,
 * a deletion or a thread reply belongs to an earlier message: it is stored when that one was taken in or is
 * still waiting to be (its intake's key).
 */
export function intakeItemFor(intake: Exclude<MessageEventIntake, { kind: 'ignore' }>): IntakeItem {
  if (intake.kind === 'edit' || intake.kind === 'delete') {
    const { channelId, ts } = intake.payload;
    const job = intake.kind === 'edit' ? intakeEditJob.item(intake.payload) : intakeDeletionJob.item(intake.payload);
    return { ...job, onceKey: job.onceKey!, channelId, ...belongingTo({ channelId, ts }) };
  }
  const { channelId, ts, threadTs } = intake.payload;
  const job = intakeMessageJob.item(intake.payload);
  const parent = threadTs && threadTs !== ts ? belongingTo({ channelId, ts: threadTs }) : {};
  return { ...job, onceKey: job.onceKey!, channelId, ...parent };
}

function belongingTo(message: { channelId: string; ts: string }): Pick<IntakeItem, 'threadTs' | 'parentKey'> {
  return { threadTs: message.ts, parentKey: intakeMessageJob.keyOf(message) };
}
