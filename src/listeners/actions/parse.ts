import { z } from 'zod';
import { InvalidInputError } from '../../errors.js';

const cardValue = z.object({ t: z.number().int().positive(), d: z.number().int().positive().optional() });
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
});

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
