/**
 * Slack's documented limits for what the app posts, as tables the emulator checks every payload against.
 *
 * Every rule names the page it comes from. Lengths are counted with `String.length` (UTF-16 code units), which
 * is never fewer than the characters Slack counts, so the emulator is at least as strict as Slack. Only the
 * blocks, elements and fields listed here are accepted: using anything else first means looking it up and
 * adding it to the table.
 *
 * How Slack words a refusal (the emulator answers the same way):
 * - messages: `{ ok: false, error: 'invalid_blocks', errors: [...], response_metadata: { messages: ['[ERROR] …
 *   [json-pointer:/blocks/0/text/text]'] } }`, e.g. "must be less than 3001 characters" for a 3000 limit
 *   (https://brainxx.org/blog/fixing-slack-api-error-message) and "no more than 5 items allowed"
 *   (https://github.com/incidentbot/incidentbot/issues/328, https://github.com/adobe/spacecat-api-service/issues/176);
 * - views: `{ ok: false, error: 'invalid_arguments', response_metadata: { messages: [...] } }` with pointers under
 *   `/view` (https://api.slack.com/methods/views.open; https://github.com/jeremeamia/slack-block-kit/issues/3;
 * "no more than 100 items allowed [json-pointer:/view/blocks]" in
 * https://github.com/grafana-cold-storage/oncall/pull/210).
 * Wording for cases those sources do not show (a missing field, an unknown field) is the emulator's own.
 */

const DOCS = 'https://docs.slack.dev/reference';

export interface Violation {
  pointer: string;
  message: string;
}

export type Surface = 'message' | 'modal' | 'home';

interface Context {
  out: Violation[];
  surface: Surface;
  /** block_ids seen so far in this message or view. */
  blockIds: Set<string>;
}

type Check = (value: unknown, pointer: string, ctx: Context) => void;

const SOURCES = {
  blocks: `${DOCS}/block-kit/blocks`,
  section: `${DOCS}/block-kit/blocks/section-block`,
  header: `${DOCS}/block-kit/blocks/header-block`,
  context: `${DOCS}/block-kit/blocks/context-block`,
  actions: `${DOCS}/block-kit/blocks/actions-block`,
  input: `${DOCS}/block-kit/blocks/input-block`,
  button: `${DOCS}/block-kit/block-elements/button-element`,
  select: `${DOCS}/block-kit/block-elements/select-menu-element`,
  checkboxes: `${DOCS}/block-kit/block-elements/checkboxes-element`,
  radio: `${DOCS}/block-kit/block-elements/radio-button-group-element`,
  textInput: `${DOCS}/block-kit/block-elements/plain-text-input-element`,
  text: `${DOCS}/block-kit/composition-objects/text-object`,
  option: `${DOCS}/block-kit/composition-objects/option-object`,
  optionGroup: `${DOCS}/block-kit/composition-objects/option-group-object`,
  confirm: `${DOCS}/block-kit/composition-objects/confirmation-dialog-object`,
  modal: `${DOCS}/views/modal-views`,
  home: 'https://api.slack-gov.com/reference/surfaces/views',
} as const;

// ---- primitive checks -------------------------------------------------------------------------------------------

const fail = (ctx: Context, pointer: string, message: string) => ctx.out.push({ pointer, message });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string of at most `max` characters (Slack: "must be less than max+1 characters"). */
function str(max: number, min = 0): Check {
  return (v, p, ctx) => {
    if (typeof v !== 'string') return fail(ctx, p, 'must be a string');
    if (v.length > max) fail(ctx, p, `must be less than ${max + 1} characters`);
    if (v.length < min) fail(ctx, p, `must be at least ${min} characters`);
  };
}

const bool: Check = (v, p, ctx) => {
  if (typeof v !== 'boolean') fail(ctx, p, 'must be a boolean');
};

function int(min: number, max: number): Check {
  return (v, p, ctx) => {
    if (typeof v !== 'number' || !Number.isInteger(v)) return fail(ctx, p, 'must be an integer');
    if (v < min || v > max) fail(ctx, p, `must be between ${min} and ${max}`);
  };
}

function oneOf(values: readonly string[]): Check {
  return (v, p, ctx) => {
    if (typeof v !== 'string' || !values.includes(v)) fail(ctx, p, 'must be a valid enum value');
  };
}

function list(item: Check, limits: { max: number; min?: number }): Check {
  return (v, p, ctx) => {
    if (!Array.isArray(v)) return fail(ctx, p, 'must be an array');
    if (v.length > limits.max) fail(ctx, p, `no more than ${limits.max} items allowed`);
    if (v.length < (limits.min ?? 0)) fail(ctx, p, `must provide at least ${limits.min} items`);
    for (const [i, x] of v.entries()) item(x, `${p}/${i}`, ctx);
  };
}

interface ObjectSpec {
  /** The reference page the fields and limits come from. */
  source: string;
  fields: Record<string, Check>;
  required?: readonly string[];
  /** At least one of these must be present. */
  anyOf?: readonly string[];
  /** Rules that involve several fields. */
  also?: (o: Record<string, unknown>, p: string, ctx: Context) => void;
}

function object(spec: ObjectSpec): Check {
  return (v, p, ctx) => {
    if (!isObject(v)) return fail(ctx, p, 'must be an object');
    for (const name of spec.required ?? []) if (v[name] === undefined) fail(ctx, p, `missing required field: ${name}`);
    if (spec.anyOf?.every((name) => v[name] === undefined))
      fail(ctx, p, `must define either ${spec.anyOf.map((n) => `\`${n}\``).join(' or ')}`);
    for (const [name, value] of Object.entries(v)) {
      if (value === undefined) continue;
      const check = spec.fields[name];
      if (!check) fail(ctx, `${p}/${name}`, `unknown field \`${name}\` (not in ${spec.source})`);
      else check(value, `${p}/${name}`, ctx);
    }
    spec.also?.(v, p, ctx);
  };
}

/** An object chosen by its `type` from a table; types outside `allowed` are refused. */
function byType(table: Record<string, Check>, allowed: readonly string[]): Check {
  return (v, p, ctx) => {
    if (!isObject(v)) return fail(ctx, p, 'must be an object');
    const type = String(v.type);
    const check = table[type];
    if (!check || !allowed.includes(type)) return fail(ctx, `${p}/type`, 'must be a valid enum value');
    check(v, p, ctx);
  };
}

// ---- composition objects ----------------------------------------------------------------------------------------

/**
 * Text object: `type` plain_text or mrkdwn, `text` 1..3000 characters, `emoji` only on plain_text, `verbatim`
 * only on mrkdwn (SOURCES.text). Fields that hold less pass a smaller `max`.
 */
function text(types: ReadonlyArray<'plain_text' | 'mrkdwn'>, max = 3000): Check {
  return (v, p, ctx) => {
    if (!isObject(v)) return fail(ctx, p, 'must be an object');
    if (!types.includes(v.type as 'plain_text')) fail(ctx, `${p}/type`, 'must be a valid enum value');
    object({
      source: SOURCES.text,
      required: ['type', 'text'],
      fields: {
        type: () => {},
        text: str(Math.min(max, 3000), 1),
        ...(v.type === 'plain_text' ? { emoji: bool } : {}),
        ...(v.type === 'mrkdwn' ? { verbatim: bool } : {}),
      },
    })(v, p, ctx);
  };
}

const PLAIN = ['plain_text'] as const;
const ANY_TEXT = ['plain_text', 'mrkdwn'] as const;

/** An identifier: block_id, action_id, callback_id, external_id are at most 255 characters (each element's page). */
const id = str(255);

/** Option object: text 75 (plain_text in menus; mrkdwn allowed in checkboxes), value 150, description 75
 * (SOURCES.option). */
function option(textTypes: ReadonlyArray<'plain_text' | 'mrkdwn'>): Check {
  return object({
    source: SOURCES.option,
    required: ['text', 'value'],
    fields: { text: text(textTypes, 75), value: str(150), description: text(textTypes, 75) },
  });
}

/** Option group: label 75, at most 100 options (SOURCES.optionGroup). */
const optionGroup = object({
  source: SOURCES.optionGroup,
  required: ['label', 'options'],
  fields: { label: text(PLAIN, 75), options: list(option(PLAIN), { max: 100 }) },
});

/**
 * Confirmation dialog: title 100, text 300, confirm 30, deny 30, style primary|danger (SOURCES.confirm). The page
 * lists `text` as plain_text but its own button example uses mrkdwn, so both are accepted.
 */
const confirm = object({
  source: SOURCES.confirm,
  required: ['title', 'text', 'confirm', 'deny'],
  fields: {
    title: text(PLAIN, 100),
    text: text(ANY_TEXT, 300),
    confirm: text(PLAIN, 30),
    deny: text(PLAIN, 30),
    style: oneOf(['primary', 'danger']),
  },
});

const sameOption = (a: unknown, b: unknown) =>
  isObject(a) && isObject(b) && a.value === b.value && JSON.stringify(a.text) === JSON.stringify(b.text);

// ---- block elements ---------------------------------------------------------------------------------------------

const ELEMENTS: Record<string, Check> = {
  /** Button: text plain_text 75, action_id 255, url 3000, value 2000, accessibility_label 75 (SOURCES.button). */
  button: object({
    source: SOURCES.button,
    required: ['type', 'text'],
    fields: {
      type: () => {},
      text: text(PLAIN, 75),
      action_id: id,
      url: str(3000),
      value: str(2000),
      style: oneOf(['primary', 'danger']),
      confirm,
      accessibility_label: str(75),
    },
  }),
  /**
   * Static select: at most 100 options or 100 option groups, not both; initial_option exactly matches one of the
   * options; placeholder plain_text 150 (SOURCES.select).
   */
  static_select: object({
    source: SOURCES.select,
    required: ['type'],
    anyOf: ['options', 'option_groups'],
    fields: {
      type: () => {},
      action_id: id,
      options: list(option(PLAIN), { max: 100 }),
      option_groups: list(optionGroup, { max: 100 }),
      initial_option: option(PLAIN),
      confirm,
      focus_on_load: bool,
      placeholder: text(PLAIN, 150),
    },
    also: (o, p, ctx) => {
      if (o.options && o.option_groups) fail(ctx, p, 'must define either `options` or `option_groups`, not both');
      const all = [
        ...((o.options as unknown[]) ?? []),
        ...((o.option_groups as Array<{ options?: unknown[] }>) ?? []).flatMap((g) => g?.options ?? []),
      ];
      if (o.initial_option && !all.some((x) => sameOption(x, o.initial_option)))
        fail(ctx, `${p}/initial_option`, 'must match one of the options');
    },
  }),
  /** Users select: initial_user, placeholder plain_text 150 (SOURCES.select). */
  users_select: object({
    source: SOURCES.select,
    required: ['type'],
    fields: {
      type: () => {},
      action_id: id,
      initial_user: str(255),
      confirm,
      focus_on_load: bool,
      placeholder: text(PLAIN, 150),
    },
  }),
  /** Checkboxes: 1..10 options (text may be mrkdwn), initial_options from the options (SOURCES.checkboxes). */
  checkboxes: object({
    source: SOURCES.checkboxes,
    required: ['type', 'options'],
    fields: {
      type: () => {},
      action_id: id,
      options: list(option(ANY_TEXT), { max: 10, min: 1 }),
      initial_options: list(option(ANY_TEXT), { max: 10 }),
      confirm,
      focus_on_load: bool,
    },
    also: (o, p, ctx) => {
      for (const [i, chosen] of ((o.initial_options as unknown[]) ?? []).entries())
        if (!((o.options as unknown[]) ?? []).some((x) => sameOption(x, chosen)))
          fail(ctx, `${p}/initial_options/${i}`, 'must match one of the options');
    },
  }),
  /** Radio buttons: 1..10 options (text may be mrkdwn), initial_option from the options (SOURCES.radio). */
  radio_buttons: object({
    source: SOURCES.radio,
    required: ['type', 'options'],
    fields: {
      type: () => {},
      action_id: id,
      options: list(option(ANY_TEXT), { max: 10, min: 1 }),
      initial_option: option(ANY_TEXT),
      confirm,
      focus_on_load: bool,
    },
    also: (o, p, ctx) => {
      if (o.initial_option && !((o.options as unknown[]) ?? []).some((x) => sameOption(x, o.initial_option)))
        fail(ctx, `${p}/initial_option`, 'must match one of the options');
    },
  }),
  /**
   * Plain-text input: min_length 0..3000, max_length 1..3000, placeholder 150 (SOURCES.textInput; a max_length over
   * 3000 makes views.open fail: https://github.com/slackapi/node-slack-sdk/issues/940). The emulator also refuses an
   * initial_value longer than max_length or shorter than min_length: the reference does not list that check, but
   * such a box could never be submitted as it opens, so the app must not build one.
   */
  plain_text_input: object({
    source: SOURCES.textInput,
    required: ['type'],
    fields: {
      type: () => {},
      action_id: id,
      initial_value: (v, p, ctx) => {
        if (typeof v !== 'string') fail(ctx, p, 'must be a string');
      },
      multiline: bool,
      min_length: int(0, 3000),
      max_length: int(1, 3000),
      dispatch_action_config: (v, p, ctx) => {
        if (!isObject(v)) fail(ctx, p, 'must be an object');
      },
      focus_on_load: bool,
      placeholder: text(PLAIN, 150),
    },
    also: (o, p, ctx) => {
      const value = typeof o.initial_value === 'string' ? o.initial_value : undefined;
      if (value === undefined) return;
      if (typeof o.max_length === 'number' && value.length > o.max_length)
        fail(ctx, `${p}/initial_value`, `must be less than ${o.max_length + 1} characters (max_length)`);
      if (typeof o.min_length === 'number' && value.length < o.min_length)
        fail(ctx, `${p}/initial_value`, `must be at least ${o.min_length} characters (min_length)`);
    },
  }),
};

/** Which elements each block takes (the "works with block types" column of each element's page). */
const SECTION_ACCESSORIES = ['button', 'static_select', 'users_select', 'checkboxes', 'radio_buttons'];
const ACTIONS_ELEMENTS = ['button', 'static_select', 'users_select', 'checkboxes', 'radio_buttons'];
const INPUT_ELEMENTS = ['plain_text_input', 'static_select', 'users_select', 'checkboxes', 'radio_buttons'];

const element = (allowed: readonly string[]) => byType(ELEMENTS, allowed);

/** action_ids should be unique among the elements of their block (each element's page). */
function uniqueActionIds(elements: unknown[], p: string, field: string, ctx: Context): void {
  const seen = new Set<string>();
  elements.forEach((e, i) => {
    const actionId = isObject(e) ? e.action_id : undefined;
    if (typeof actionId !== 'string') return;
    if (seen.has(actionId)) fail(ctx, `${p}/${field}/${i}/action_id`, 'action_id needs to be unique in its block');
    seen.add(actionId);
  });
}

// ---- blocks -----------------------------------------------------------------------------------------------------

const BLOCKS: Record<string, Check> = {
  /** Section: text 1..3000; up to 10 fields of at most 2000; text or fields required; block_id 255 (SOURCES.section).
   * */
  section: object({
    source: SOURCES.section,
    required: ['type'],
    anyOf: ['text', 'fields'],
    fields: {
      type: () => {},
      block_id: id,
      text: text(ANY_TEXT, 3000),
      fields: list(text(ANY_TEXT, 2000), { max: 10, min: 1 }),
      accessory: element(SECTION_ACCESSORIES),
      expand: bool,
    },
  }),
  /** Header: plain_text of at most 150 characters (SOURCES.header). */
  header: object({
    source: SOURCES.header,
    required: ['type', 'text'],
    fields: { type: () => {}, block_id: id, text: text(PLAIN, 150) },
  }),
  /** Divider: only a block_id (SOURCES.blocks). */
  divider: object({ source: SOURCES.blocks, required: ['type'], fields: { type: () => {}, block_id: id } }),
  /** Context: 1..10 elements (text objects here; images are not used by the app) (SOURCES.context). */
  context: object({
    source: SOURCES.context,
    required: ['type', 'elements'],
    fields: { type: () => {}, block_id: id, elements: list(text(ANY_TEXT), { max: 10, min: 1 }) },
  }),
  /** Actions: at most 25 interactive elements (SOURCES.actions). */
  actions: object({
    source: SOURCES.actions,
    required: ['type', 'elements'],
    fields: { type: () => {}, block_id: id, elements: list(element(ACTIONS_ELEMENTS), { max: 25, min: 1 }) },
    also: (o, p, ctx) => uniqueActionIds((o.elements as unknown[]) ?? [], p, 'elements', ctx),
  }),
  /** Input: label and hint plain_text of at most 2000; one element (SOURCES.input). */
  input: object({
    source: SOURCES.input,
    required: ['type', 'label', 'element'],
    fields: {
      type: () => {},
      block_id: id,
      label: text(PLAIN, 2000),
      hint: text(PLAIN, 2000),
      element: element(INPUT_ELEMENTS),
      optional: bool,
      dispatch_action: bool,
    },
  }),
};

/** Blocks each surface takes (the "surfaces" column of SOURCES.blocks: all of these work in all three). */
const SURFACE_BLOCKS: Record<Surface, readonly string[]> = {
  message: ['section', 'header', 'divider', 'context', 'actions', 'input'],
  modal: ['section', 'header', 'divider', 'context', 'actions', 'input'],
  home: ['section', 'header', 'divider', 'context', 'actions', 'input'],
};

/** "You can include up to 50 blocks in each message, and 100 blocks in modals or Home tabs." (SOURCES.blocks) */
export const MAX_BLOCKS: Record<Surface, number> = { message: 50, modal: 100, home: 100 };

function block(v: unknown, p: string, ctx: Context): void {
  byType(BLOCKS, SURFACE_BLOCKS[ctx.surface])(v, p, ctx);
  if (!isObject(v) || typeof v.block_id !== 'string') return;
  // "block_id should be unique for each message" (every block's page); Slack answers "Block ID needs to be unique"
  // (https://github.com/slack-go/slack/issues/823, https://github.com/slack-go/slack/pull/725).
  if (ctx.blockIds.has(v.block_id)) fail(ctx, `${p}/block_id`, 'Block ID needs to be unique');
  ctx.blockIds.add(v.block_id);
}

/** Every violation in a blocks array on a surface; pointers start at `base` (e.g. "/blocks" or "/view/blocks"). */
export function checkBlocks(blocks: unknown, surface: Surface, base: string): Violation[] {
  const ctx: Context = { out: [], surface, blockIds: new Set() };
  list(block, { max: MAX_BLOCKS[surface] })(blocks, base, ctx);
  return ctx.out;
}

// ---- views ------------------------------------------------------------------------------------------------------

/**
 * Modal: title plain_text 24 (required), blocks up to 100, close and submit plain_text 24, submit required when an
 * input block is present, private_metadata 3000, callback_id 255, external_id 255 (SOURCES.modal).
 */
const modal = object({
  source: SOURCES.modal,
  required: ['type', 'title', 'blocks'],
  fields: {
    type: () => {},
    title: text(PLAIN, 24),
    blocks: () => {},
    close: text(PLAIN, 24),
    submit: text(PLAIN, 24),
    private_metadata: str(3000),
    callback_id: id,
    clear_on_close: bool,
    notify_on_close: bool,
    external_id: id,
    submit_disabled: bool,
  },
  also: (o, p, ctx) => {
    const hasInput = Array.isArray(o.blocks) && o.blocks.some((b) => isObject(b) && b.type === 'input');
    if (hasInput && !o.submit) fail(ctx, `${p}/submit`, 'submit is required when an input block is within blocks');
  },
});

/** Home tab: blocks up to 100, private_metadata 3000, callback_id 255, external_id 255 (SOURCES.home). */
const home = object({
  source: SOURCES.home,
  required: ['type', 'blocks'],
  fields: {
    type: () => {},
    blocks: () => {},
    private_metadata: str(3000),
    callback_id: id,
    external_id: id,
  },
});

/** Every violation in a view; pointers start at "/view", as in Slack's answers. */
export function checkView(view: unknown): Violation[] {
  if (!isObject(view)) return [{ pointer: '/view', message: 'must be an object' }];
  const surface: Surface | undefined = view.type === 'modal' ? 'modal' : view.type === 'home' ? 'home' : undefined;
  if (!surface) return [{ pointer: '/view/type', message: 'must be a valid enum value' }];
  const ctx: Context = { out: [], surface, blockIds: new Set() };
  (surface === 'modal' ? modal : home)(view, '/view', ctx);
  return [...ctx.out, ...checkBlocks(view.blocks, surface, '/view/blocks')];
}

// ---- messages ---------------------------------------------------------------------------------------------------

/**
 * Message text: "On August 12, 2018 we started truncating messages containing more than 40,000 characters", posted
 * with ok: true, a `message_truncated` warning and this message, for chat.postMessage, chat.postEphemeral and every
 * other way of posting (https://api.slack.com/changelog/2018-04-truncating-really-long-messages). The published spec
 * also lists `msg_too_long` for chat.postMessage and chat.postEphemeral (slackapi/slack-api-specs,
 * web-api/slack_web_openapi_v2_without_examples.json) without saying when; the changelog is the only documented
 * behaviour for long text, so the emulator truncates and warns, and tests treat any warning as a failure.
 */
export const MAX_MESSAGE_TEXT = 40_000;
export const TRUNCATION_WARNING = {
  warning: 'message_truncated',
  message: '[WARN] Your message was truncated but still posted. The `text` field accepts up to 40,000 characters.',
} as const;

/**
 * All the text in a message's blocks together: Slack refuses a message whose blocks hold more with
 * `msg_blocks_too_long`. The limit is not in the reference; Slack staff gave "12,000 text characters with a buffer for
 * block containers" (https://github.com/slackapi/bolt-js/issues/2509) and a message summing 11,341 characters of
 * text was refused (https://github.com/slackapi/bolt-js/issues/2867). The emulator counts every text object's text.
 */
export const MAX_BLOCKS_TEXT = 12_000;

export function blocksTextLength(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, x) => sum + blocksTextLength(x), 0);
  if (!isObject(value)) return 0;
  let sum = 0;
  for (const [key, x] of Object.entries(value)) {
    if (key === 'text' && typeof x === 'string' && (value.type === 'plain_text' || value.type === 'mrkdwn'))
      sum += x.length;
    else sum += blocksTextLength(x);
  }
  return sum;
}

/**
 * Message metadata: an object with `event_type` (a string) and `event_payload` (an object)
 * (https://api.slack-gov.com/reference/metadata; MessageMetadata in @slack/types). Anything else is
 * `invalid_metadata_format` (the error list of chat.postMessage).
 */
export function metadataIsValid(metadata: unknown): boolean {
  return (
    isObject(metadata) &&
    typeof metadata.event_type === 'string' &&
    metadata.event_type.length > 0 &&
    isObject(metadata.event_payload)
  );
}

export type Verdict =
  | { ok: true; text: string; warnings: string[]; messages: string[] }
  | { ok: false; answer: Record<string, unknown> };

const asSlackErrors = (violations: Violation[]) => violations.map((v) => `${v.message} [json-pointer:${v.pointer}]`);

/** Slack's answer to an invalid blocks array in a message (format: see the top of this file). */
export function invalidBlocksAnswer(violations: Violation[]): Record<string, unknown> {
  const errors = asSlackErrors(violations);
  return {
    ok: false,
    error: 'invalid_blocks',
    errors,
    response_metadata: { messages: errors.map((e) => `[ERROR] ${e}`) },
  };
}

/** Slack's answer to an invalid view (views.open / update / push / publish). */
export function invalidViewAnswer(violations: Violation[]): Record<string, unknown> {
  return {
    ok: false,
    error: 'invalid_arguments',
    response_metadata: { messages: asSlackErrors(violations).map((e) => `[ERROR] ${e}`) },
  };
}

/**
 * What Slack does with the message part of chat.postMessage, chat.update and chat.postEphemeral: `no_text` without
 * text or blocks (error list of each method), `invalid_blocks_format` when `blocks` is not a JSON array,
 * `invalid_blocks` for a broken limit, `msg_blocks_too_long`, `invalid_metadata_format`, and text past 40,000
 * characters cut with a warning.
 */
export function checkMessage(args: Record<string, unknown>): Verdict {
  const text = typeof args.text === 'string' ? args.text : args.text === undefined ? '' : String(args.text);
  const hasBlocks = args.blocks !== undefined && !(Array.isArray(args.blocks) && args.blocks.length === 0);
  if (!text && !hasBlocks) return { ok: false, answer: { ok: false, error: 'no_text' } };
  if (args.blocks !== undefined) {
    if (!Array.isArray(args.blocks)) return { ok: false, answer: { ok: false, error: 'invalid_blocks_format' } };
    const violations = checkBlocks(args.blocks, 'message', '/blocks');
    if (violations.length) return { ok: false, answer: invalidBlocksAnswer(violations) };
    if (blocksTextLength(args.blocks) > MAX_BLOCKS_TEXT)
      return { ok: false, answer: { ok: false, error: 'msg_blocks_too_long' } };
  }
  if (args.metadata !== undefined && !metadataIsValid(args.metadata))
    return { ok: false, answer: { ok: false, error: 'invalid_metadata_format' } };
  if (text.length > MAX_MESSAGE_TEXT)
    return {
      ok: true,
      text: text.slice(0, MAX_MESSAGE_TEXT),
      warnings: [TRUNCATION_WARNING.warning],
      messages: [TRUNCATION_WARNING.message],
    };
  return { ok: true, text, warnings: [], messages: [] };
}

/**
 * A view on its way to Slack: `view_too_large` over 250 kB ("Error returned if the provided view is greater than
 * 250kb", views.open / views.push error lists), else every limit above.
 */
export const MAX_VIEW_BYTES = 250_000;

export function checkViewArgument(view: unknown): Record<string, unknown> | undefined {
  if (Buffer.byteLength(JSON.stringify(view ?? null)) > MAX_VIEW_BYTES) return { ok: false, error: 'view_too_large' };
  const violations = checkView(view);
  return violations.length ? invalidViewAnswer(violations) : undefined;
}

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.postEphemeral', 'chat.update']);
const VIEW_METHODS = new Set(['views.open', 'views.update', 'views.push', 'views.publish']);

/**
 * Slack's refusal of a post, update, ephemeral or view whose payload breaks a documented limit, or undefined when
 * Slack takes it: the one check every test double of the Web API applies.
 */
export function contractRefusal(method: string, args: Record<string, unknown>): Record<string, unknown> | undefined {
  if (MESSAGE_METHODS.has(method)) {
    const verdict = checkMessage(args);
    return verdict.ok ? undefined : verdict.answer;
  }
  if (VIEW_METHODS.has(method)) return checkViewArgument(args.view);
  return undefined;
}
