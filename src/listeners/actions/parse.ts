import { z } from 'zod';
import { InvalidInputError } from '../../errors.js';
import type { ClickPlace } from '../../services/card-place.js';

const cardValue = z.object({ t: z.number().int().positive(), d: z.number().int().positive().optional() });
// Where the element was: a message (https://docs.slack.dev/reference/interaction-payloads/block_actions-payload,
// `container` with message_ts, channel_id and, in a thread, thread_ts) or a view (App Home, a modal).
const container = z.union([
  z.object({
    type: z.literal('message'),
    message_ts: z.string(),
    channel_id: z.string(),
    thread_ts: z.string().optional(),
  }),
  z.object({ type: z.literal('view') }),
]);
const selection = z.object({ t: z.number().int().positive(), c: z.string().optional(), p: z.string().optional() });

/** The first action of a block_actions payload, with the user and the JSON value the view put there. */
const blockAction = z.object({
  user: z.object({ id: z.string(), team_id: z.string().optional() }),
  actions: z
    .array(
      z.object({
        value: z.string().optional(),
        block_id: z.string().optional(),
        selected_option: z.object({ value: z.string() }).optional(),
        // A users_select sends the person picked, not a value (UsersSelectAction.selected_user:
        // https://docs.slack.dev/tools/bolt-js/reference/interfaces/UsersSelectAction).
        selected_user: z.string().optional(),
      }),
    )
    .min(1),
  trigger_id: z.string().optional(),
  channel: z.object({ id: z.string() }).optional(),
  container: z.unknown().optional(),
  message: z.object({ thread_ts: z.string().optional() }).passthrough().optional(),
});

function placeOf(data: z.infer<typeof blockAction>): ClickPlace {
  const parsed = container.safeParse(data.container);
  if (!parsed.success) return { kind: 'unknown' };
  if (parsed.data.type === 'view') return { kind: 'view' };
  const threadTs = parsed.data.thread_ts ?? data.message?.thread_ts;
  return {
    kind: 'message',
    channelId: parsed.data.channel_id,
    ts: parsed.data.message_ts,
    ...(threadTs ? { threadTs } : {}),
  };
}

function json(text: string | undefined): unknown {
  try {
    return JSON.parse(text ?? '');
  } catch {
    return undefined;
  }
}

/** Who clicked, where, and the value of the button or the option they picked. */
export interface Click {
  userId: string;
  /** The clicker's own workspace (a customer's, in a shared channel). */
  teamId?: string;
  /** Where the control was: the card, closing message or view its ids must belong to. */
  on: ClickPlace;
  triggerId?: string;
  channelId?: string;
  raw?: string;
  /** The block the element is in: elements without a value (a people picker) say which ticket through it. */
  blockId?: string;
  /** The person picked in a people picker. */
  selectedUser?: string;
}

export function parseAction(body: unknown): Click {
  const parsed = blockAction.safeParse(body);
  if (!parsed.success) throw new InvalidInputError('That button press could not be read. Please try again.');
  const action = parsed.data.actions[0]!;
  return {
    userId: parsed.data.user.id,
    teamId: parsed.data.user.team_id,
    on: placeOf(parsed.data),
    triggerId: parsed.data.trigger_id,
    channelId: parsed.data.channel?.id,
    raw: action.selected_option?.value ?? action.value,
    blockId: action.block_id,
    selectedUser: action.selected_user,
  };
}

export function parseCardValue(raw: string | undefined) {
  const parsed = cardValue.safeParse(json(raw));
  if (!parsed.success)
    throw new InvalidInputError('That button belongs to a card this app cannot read. Please use the latest card.');
  return parsed.data;
}

export function parseSelection(raw: string | undefined) {
  const parsed = selection.safeParse(json(raw));
  if (!parsed.success) throw new InvalidInputError('That choice could not be read. Please try again.');
  return parsed.data;
}

export function parseJson<T>(raw: string | undefined, schema: z.ZodType<T>, problem: string): T {
  const parsed = schema.safeParse(json(raw));
  if (!parsed.success) throw new InvalidInputError(problem);
  return parsed.data;
}

/** A modal can only be opened with the trigger of the click (Slack: valid for 3 seconds, once). */
export function requireTrigger(click: Click): string {
  if (!click.triggerId)
    throw new InvalidInputError('Slack did not send what is needed to open a window. Please click again.');
  return click.triggerId;
}
