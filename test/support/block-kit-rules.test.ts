import { describe, expect, it } from 'vitest';
import {
  blocksTextLength,
  checkBlocks,
  checkMessage,
  checkView,
  checkViewArgument,
  MAX_BLOCKS_TEXT,
} from './block-kit-rules.js';

const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const x = (n: number) => 'x'.repeat(n);

const section = (text: string) => ({ type: 'section', text: mrkdwn(text) });
const button = (extra: Record<string, unknown> = {}) => ({
  type: 'button',
  action_id: 'a',
  text: plain('Go'),
  value: 'v',
  ...extra,
});
const option = (text: string, value = 'v') => ({ text: plain(text), value });

/** A message using every block and element the app uses, each at its documented limit. */
function validMessageBlocks(): unknown[] {
  // 100 options, one with the longest text (all 100 at 75 would pass the cumulative text limit below).
  const options = Array.from({ length: 100 }, (_, i) => option(i === 0 ? x(75) : `${i}`, i === 99 ? x(150) : `o${i}`));
  return [
    { type: 'header', block_id: x(255), text: plain(x(150)) },
    {
      type: 'section',
      text: mrkdwn(x(3000)),
      fields: Array.from({ length: 10 }, () => mrkdwn(x(200))),
    },
    { type: 'context', elements: Array.from({ length: 10 }, () => mrkdwn(x(100))) },
    { type: 'divider' },
    {
      type: 'actions',
      elements: [
        button({
          action_id: x(255),
          text: plain(x(75)),
          value: x(2000),
          style: 'danger',
          confirm: { title: plain(x(100)), text: mrkdwn(x(300)), confirm: plain(x(30)), deny: plain(x(30)) },
        }),
        { type: 'static_select', action_id: 's', options, initial_option: options[3] },
      ],
    },
  ];
}

/** Slack's error lines for a message: "[ERROR] <what> [json-pointer:<where>]". */
function messagesOf(answer: Record<string, unknown>): string[] {
  return (answer.response_metadata as { messages: string[] }).messages;
}

describe('messages', () => {
  it('accepts every block and element the app uses at its limits', () => {
    const verdict = checkMessage({ text: 'fallback', blocks: validMessageBlocks() });
    expect(verdict).toEqual({ ok: true, text: 'fallback', warnings: [], messages: [] });
  });

  const overLimit: Array<[string, unknown, string]> = [
    ['section text 3001', section(x(3001)), 'must be less than 3001 characters [json-pointer:/blocks/0/text/text]'],
    ['empty section text', section(''), 'must be at least 1 characters [json-pointer:/blocks/0/text/text]'],
    [
      '11 fields',
      { type: 'section', fields: Array.from({ length: 11 }, () => mrkdwn('f')) },
      'no more than 10 items allowed [json-pointer:/blocks/0/fields]',
    ],
    [
      'field 2001',
      { type: 'section', fields: [mrkdwn(x(2001))] },
      'must be less than 2001 characters [json-pointer:/blocks/0/fields/0/text]',
    ],
    ['section without text or fields', { type: 'section' }, 'must define either `text` or `fields`'],
    [
      'header 151',
      { type: 'header', text: plain(x(151)) },
      'must be less than 151 characters [json-pointer:/blocks/0/text/text]',
    ],
    [
      'mrkdwn header',
      { type: 'header', text: mrkdwn('Hi') },
      'must be a valid enum value [json-pointer:/blocks/0/text/type]',
    ],
    [
      '11 context elements',
      { type: 'context', elements: Array.from({ length: 11 }, () => mrkdwn('c')) },
      'no more than 10 items allowed [json-pointer:/blocks/0/elements]',
    ],
    [
      'button text 76',
      { type: 'actions', elements: [button({ text: plain(x(76)) })] },
      'must be less than 76 characters [json-pointer:/blocks/0/elements/0/text/text]',
    ],
    [
      'mrkdwn button text',
      { type: 'actions', elements: [button({ text: mrkdwn('Go') })] },
      'must be a valid enum value [json-pointer:/blocks/0/elements/0/text/type]',
    ],
    [
      'button value 2001',
      { type: 'actions', elements: [button({ value: x(2001) })] },
      'must be less than 2001 characters [json-pointer:/blocks/0/elements/0/value]',
    ],
    [
      'action_id 256',
      { type: 'actions', elements: [button({ action_id: x(256) })] },
      'must be less than 256 characters [json-pointer:/blocks/0/elements/0/action_id]',
    ],
    [
      'block_id 256',
      { type: 'divider', block_id: x(256) },
      'must be less than 256 characters [json-pointer:/blocks/0/block_id]',
    ],
    [
      '26 actions',
      { type: 'actions', elements: Array.from({ length: 26 }, (_, i) => button({ action_id: `a${i}` })) },
      'no more than 25 items allowed [json-pointer:/blocks/0/elements]',
    ],
    [
      'duplicate action_id in a block',
      { type: 'actions', elements: [button(), button()] },
      'action_id needs to be unique in its block [json-pointer:/blocks/0/elements/1/action_id]',
    ],
    [
      '101 options',
      {
        type: 'actions',
        elements: [
          { type: 'static_select', action_id: 's', options: Array.from({ length: 101 }, (_, i) => option(`${i}`)) },
        ],
      },
      'no more than 100 items allowed [json-pointer:/blocks/0/elements/0/options]',
    ],
    [
      'option text 76',
      { type: 'actions', elements: [{ type: 'static_select', action_id: 's', options: [option(x(76))] }] },
      'must be less than 76 characters [json-pointer:/blocks/0/elements/0/options/0/text/text]',
    ],
    [
      'option value 151',
      { type: 'actions', elements: [{ type: 'static_select', action_id: 's', options: [option('a', x(151))] }] },
      'must be less than 151 characters [json-pointer:/blocks/0/elements/0/options/0/value]',
    ],
    [
      'initial option not among the options',
      {
        type: 'actions',
        elements: [{ type: 'static_select', action_id: 's', options: [option('a')], initial_option: option('b') }],
      },
      'must match one of the options [json-pointer:/blocks/0/elements/0/initial_option]',
    ],
    [
      'confirm text 301',
      {
        type: 'actions',
        elements: [
          button({ confirm: { title: plain('t'), text: mrkdwn(x(301)), confirm: plain('y'), deny: plain('n') } }),
        ],
      },
      'must be less than 301 characters [json-pointer:/blocks/0/elements/0/confirm/text/text]',
    ],
    ['emoji on mrkdwn', { type: 'section', text: { type: 'mrkdwn', text: 'a', emoji: true } }, 'unknown field `emoji`'],
    ['a block type the emulator does not know', { type: 'rich_text', elements: [] }, 'must be a valid enum value'],
  ];

  it.each(overLimit)('refuses %s with invalid_blocks', (_name, badBlock, expected) => {
    const verdict = checkMessage({ text: 'fallback', blocks: [badBlock] });
    expect(verdict.ok).toBe(false);
    const answer = (verdict as { answer: Record<string, unknown> }).answer;
    expect(answer).toMatchObject({ ok: false, error: 'invalid_blocks' });
    expect((answer.errors as string[]).join('\n')).toContain(expected);
    expect(messagesOf(answer).some((m) => m.startsWith('[ERROR] ') && m.includes(expected))).toBe(true);
  });

  it('refuses 51 blocks in a message and accepts 50', () => {
    const blocks = (n: number) => Array.from({ length: n }, () => ({ type: 'divider' }));
    expect(checkMessage({ text: 't', blocks: blocks(50) }).ok).toBe(true);
    const verdict = checkMessage({ text: 't', blocks: blocks(51) });
    expect(messagesOf((verdict as { answer: Record<string, unknown> }).answer)).toEqual([
      '[ERROR] no more than 50 items allowed [json-pointer:/blocks]',
    ]);
  });

  it('refuses a block_id used twice in one message', () => {
    const verdict = checkMessage({
      blocks: [
        { type: 'divider', block_id: 'b' },
        { type: 'divider', block_id: 'b' },
      ],
    });
    expect(messagesOf((verdict as { answer: Record<string, unknown> }).answer)).toEqual([
      '[ERROR] Block ID needs to be unique [json-pointer:/blocks/1/block_id]',
    ]);
  });

  it('answers no_text without text or blocks, invalid_blocks_format for blocks that are not an array', () => {
    expect(checkMessage({ text: '' })).toEqual({ ok: false, answer: { ok: false, error: 'no_text' } });
    expect(checkMessage({ blocks: [] })).toEqual({ ok: false, answer: { ok: false, error: 'no_text' } });
    expect(checkMessage({ text: 't', blocks: '[{"type":' })).toEqual({
      ok: false,
      answer: { ok: false, error: 'invalid_blocks_format' },
    });
  });

  it('cuts text past 40,000 characters and warns, as Slack does', () => {
    expect(checkMessage({ text: x(40_000) })).toEqual({ ok: true, text: x(40_000), warnings: [], messages: [] });
    const verdict = checkMessage({ text: x(40_001) });
    expect(verdict).toMatchObject({ ok: true, warnings: ['message_truncated'] });
    expect((verdict as { text: string }).text).toHaveLength(40_000);
  });

  it('refuses blocks whose text together passes the cumulative limit', () => {
    const fourFull = Array.from({ length: 4 }, () => section(x(3000)));
    expect(blocksTextLength(fourFull)).toBe(12_000);
    expect(checkMessage({ text: 't', blocks: fourFull }).ok).toBe(true);
    const over = [...fourFull, section('y')];
    expect(blocksTextLength(over)).toBe(MAX_BLOCKS_TEXT + 1);
    expect(checkMessage({ text: 't', blocks: over })).toEqual({
      ok: false,
      answer: { ok: false, error: 'msg_blocks_too_long' },
    });
  });

  it('checks the metadata shape', () => {
    const good = { event_type: 'complaint_desk_post', event_payload: { job_id: 4 } };
    expect(checkMessage({ text: 't', metadata: good }).ok).toBe(true);
    for (const bad of [{ event_type: 'x' }, { event_payload: {} }, 'text', { event_type: '', event_payload: {} }])
      expect(checkMessage({ text: 't', metadata: bad })).toEqual({
        ok: false,
        answer: { ok: false, error: 'invalid_metadata_format' },
      });
  });
});

describe('views', () => {
  const modal = (extra: Record<string, unknown> = {}, blocks: unknown[] = []) => ({
    type: 'modal',
    callback_id: 'cb',
    title: plain('Edit reply'),
    submit: plain('Send'),
    close: plain('Cancel'),
    private_metadata: '{}',
    blocks,
    ...extra,
  });
  const textInput = (element: Record<string, unknown>) => ({
    type: 'input',
    block_id: 'draft',
    label: plain('Reply'),
    element: { type: 'plain_text_input', action_id: 'text', ...element },
  });

  it('accepts a modal at its limits', () => {
    const view = modal(
      {
        title: plain(x(24)),
        submit: plain(x(24)),
        close: plain(x(24)),
        private_metadata: x(3000),
        callback_id: x(255),
      },
      [
        textInput({ multiline: true, max_length: 3000, initial_value: x(3000) }),
        ...Array.from({ length: 99 }, () => ({ type: 'divider' })),
      ],
    );
    expect(checkView(view)).toEqual([]);
    expect(checkViewArgument(view)).toBeUndefined();
  });

  const overLimit: Array<[string, unknown, string]> = [
    ['title 25', modal({ title: plain(x(25)) }), 'must be less than 25 characters [json-pointer:/view/title/text]'],
    ['submit 25', modal({ submit: plain(x(25)) }), 'must be less than 25 characters [json-pointer:/view/submit/text]'],
    ['close 25', modal({ close: plain(x(25)) }), 'must be less than 25 characters [json-pointer:/view/close/text]'],
    [
      'private_metadata 3001',
      modal({ private_metadata: x(3001) }),
      'must be less than 3001 characters [json-pointer:/view/private_metadata]',
    ],
    [
      'callback_id 256',
      modal({ callback_id: x(256) }),
      'must be less than 256 characters [json-pointer:/view/callback_id]',
    ],
    [
      'max_length 4000',
      modal({}, [textInput({ max_length: 4000 })]),
      'must be between 1 and 3000 [json-pointer:/view/blocks/0/element/max_length]',
    ],
    [
      'initial_value longer than max_length',
      modal({}, [textInput({ max_length: 3000, initial_value: x(3001) })]),
      'must be less than 3001 characters (max_length) [json-pointer:/view/blocks/0/element/initial_value]',
    ],
    [
      'input without submit',
      modal({ submit: undefined }, [textInput({})]),
      'submit is required when an input block is within blocks [json-pointer:/view/submit]',
    ],
    [
      '101 blocks',
      modal(
        {},
        Array.from({ length: 101 }, () => ({ type: 'divider' })),
      ),
      'no more than 100 items allowed [json-pointer:/view/blocks]',
    ],
    [
      'label 2001',
      modal({}, [{ ...textInput({}), label: plain(x(2001)) }]),
      'must be less than 2001 characters [json-pointer:/view/blocks/0/label/text]',
    ],
    [
      'duplicate block_id',
      modal({}, [textInput({}), textInput({})]),
      'Block ID needs to be unique [json-pointer:/view/blocks/1/block_id]',
    ],
    [
      '11 checkboxes',
      modal({}, [
        {
          type: 'input',
          label: plain('l'),
          element: {
            type: 'checkboxes',
            action_id: 'c',
            options: Array.from({ length: 11 }, (_, i) => option(`${i}`, `${i}`)),
          },
        },
      ]),
      'no more than 10 items allowed [json-pointer:/view/blocks/0/element/options]',
    ],
    [
      '11 radio buttons',
      modal({}, [
        {
          type: 'input',
          label: plain('l'),
          element: {
            type: 'radio_buttons',
            action_id: 'r',
            options: Array.from({ length: 11 }, (_, i) => option(`${i}`, `${i}`)),
          },
        },
      ]),
      'no more than 10 items allowed [json-pointer:/view/blocks/0/element/options]',
    ],
    [
      'Home tab with 101 blocks',
      { type: 'home', blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) },
      'no more than 100 items allowed [json-pointer:/view/blocks]',
    ],
  ];

  it.each(overLimit)('refuses %s with invalid_arguments', (_name, view, expected) => {
    const answer = checkViewArgument(view);
    expect(answer).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect(messagesOf(answer!)).toContain(`[ERROR] ${expected}`);
  });

  it('refuses a view over 250 kB with view_too_large', () => {
    const huge = modal(
      {},
      Array.from({ length: 90 }, () => section(x(2990))),
    );
    expect(checkViewArgument(huge)).toEqual({ ok: false, error: 'view_too_large' });
  });

  it('counts blocks per surface', () => {
    const dividers = (n: number) => Array.from({ length: n }, () => ({ type: 'divider' }));
    expect(checkBlocks(dividers(100), 'home', '/view/blocks')).toEqual([]);
    expect(checkBlocks(dividers(51), 'message', '/blocks')).toHaveLength(1);
  });
});
