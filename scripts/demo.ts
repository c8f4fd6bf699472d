/**
 * `npm run demo`: the real app, offline. It starts the app in HTTP mode against a local Slack API
 * emulator with an embedded PGlite database, plays two customer complaints (Chinese and English) and
 * an agent's work on them, and prints the conversation as the people in it would read it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../src/db/client.js';
import { IDS } from '../src/ids.js';
import { silentLog } from '../src/logger.js';
import { PEOPLE, startHarness } from '../test/support/harness.js';
import { resolveValues } from '../test/support/resolve-form.js';
import type { EmulatedMessage } from '../test/support/slack-emulator.js';
import { newTs } from '../test/support/slack-requests.js';

const NAMES: Record<string, string> = {
  [PEOPLE.agent]: 'Mia (agent)',
  [PEOPLE.agent2]: 'Sam (agent)',
  [PEOPLE.engineer]: 'Dev (engineer)',
  [PEOPLE.lead]: 'Lee (support lead)',
  [PEOPLE.customer]: 'Li Wei (customer, Acme Live)',
  [PEOPLE.customer2]: 'Jordan (customer, Acme Live)',
  [PEOPLE.triage]: '#support-triage',
  [PEOPLE.customerChannel]: '#acme-live-shared',
};

const dim = (s: string) => `\x1b[2m${s}\x1b[0m`;
const bold = (s: string) => `\x1b[1m${s}\x1b[0m`;

/** Slack markup as a person sees it: names instead of ids, dates as text. */
function render(text: string): string {
  return text
    .replace(/<@([A-Z0-9]+)(\|[^>]*)?>/g, (_, id: string) => `@${NAMES[id] ?? id}`)
    .replace(/<#([A-Z0-9]+)(\|[^>]*)?>/g, (_, id: string) => NAMES[id] ?? `#${id}`)
    .replace(/<!date\^\d+\^[^|]*\|([^>]*)>/g, '$1')
    .replace(/<(https?:[^|>]+)\|([^>]+)>/g, '$2')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function blockText(m: EmulatedMessage): string {
  const lines: string[] = [];
  for (const block of (m.blocks ?? []) as Array<Record<string, any>>) {
    if (block.type === 'header') lines.push(bold(block.text.text));
    if (block.type === 'section') {
      if (block.text) lines.push(block.text.text);
      for (const f of block.fields ?? []) lines.push(f.text.replace('\n', ': '));
    }
    if (block.type === 'context') lines.push(dim(block.elements.map((e: any) => e.text).join(' ')));
    if (block.type === 'actions') {
      lines.push(dim(`[ ${block.elements.map((e: any) => e.text?.text ?? e.placeholder?.text).join(' ] [ ')} ]`));
    }
  }
  return lines.length ? lines.join('\n') : m.text;
}

function indent(text: string, prefix: string): string {
  return render(text)
    .split('\n')
    .map((l) => `${prefix}${l}`)
    .join('\n');
}

function say(where: string, who: string, text: string, thread = false): void {
  console.log(`\n${dim(where)}${thread ? dim(' › thread') : ''}\n  ${bold(who)}\n${indent(text, '    ')}`);
}

async function main(): Promise<void> {
  // The embedded default: PGlite on disk, as `npm start` uses without DATABASE_URL.
  const dataDir = mkdtempSync(join(tmpdir(), 'complaint-desk-demo-'));
  const database = await openDatabase({ pgliteDir: dataDir });
  const h = await startHarness({
    db: { database, drop: () => database.close() },
    log: silentLog,
    env: {
      SWEEP_INTERVAL: '250ms',
      // Short clocks so the escalation ladder shows within the demo.
      SLA_FIRST_RESPONSE: 'medium_high=4s',
      SLA_NEXT_RESPONSE: 'high=6s,medium_high=6s',
      ESCALATION_LEAD_AFTER: '3s',
    },
  });
  const { emulator, slack, app } = h;

  const shown = new Set<string>();
  const draftShown = new Map<string, string>();
  const draftOf = (m: EmulatedMessage) =>
    JSON.stringify(
      ((m.blocks ?? []) as Array<Record<string, any>>).find(
        (b) => b.type === 'section' && String(b.text?.text).includes('Suggested reply'),
      ) ?? '',
    );
  const showNew = () => {
    for (const m of emulator.messages) {
      const key = `${m.channel}:${m.ts}:${m.edited ? JSON.stringify(m.blocks ?? m.text) : ''}`;
      if (!m.bot_id || shown.has(key)) continue;
      shown.add(key);
      const where = m.channel.startsWith('D')
        ? `DM to ${NAMES[`U${m.channel.slice(1)}`] ?? m.channel}`
        : (NAMES[m.channel] ?? m.channel);
      // A card update that brings no new draft is told in one line: its title, status and latest event.
      if (m.edited && draftShown.get(m.ts) === draftOf(m)) {
        const blocks = (m.blocks ?? []) as Array<Record<string, any>>;
        const status = blocks.find((b) => b.fields)?.fields?.[1]?.text.split('\n')[1] ?? '';
        const history =
          String(blocks.at(-1)?.elements?.[0]?.text ?? '')
            .split('\n')
            .at(-1) ?? '';
        const update = `card ${m.text.split(' — ')[0]} updated → ${status}; ${render(history)}`;
        console.log(`\n${dim(where)}\n  ${bold('Complaint Desk')} ${dim(update)}`);
        continue;
      }
      const seenBefore = draftShown.has(m.ts);
      draftShown.set(m.ts, draftOf(m));
      say(where, seenBefore ? 'Complaint Desk (card updated)' : 'Complaint Desk', blockText(m), Boolean(m.thread_ts));
    }
  };
  const until = async (what: string, predicate: () => unknown, timeoutMs = 15_000) => {
    await emulator.waitFor(() => predicate(), timeoutMs, what);
    await new Promise((r) => setTimeout(r, 150));
    showNew();
  };
  const customer = async (user: string, text: string, threadTs?: string) => {
    const ts = newTs();
    say(NAMES[PEOPLE.customerChannel]!, NAMES[user]!, text, Boolean(threadTs));
    await slack.event(
      {
        type: 'message',
        channel: PEOPLE.customerChannel,
        user,
        user_team: PEOPLE.customerTeam,
        team: PEOPLE.customerTeam,
        text,
        ts,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      },
      { shared: true },
    );
    return ts;
  };
  const cardOf = (n: number) =>
    emulator.posts({ channel: PEOPLE.triage }).filter((m) => !m.thread_ts && m.text.startsWith(`#${n} `))[0];
  const actionValueOf = (n: number, actionId: string) => {
    const card = cardOf(n);
    for (const block of (card?.blocks ?? []) as Array<Record<string, any>>) {
      for (const e of block.elements ?? []) if (e.action_id === actionId) return e.value as string;
    }
    return undefined;
  };
  const click = async (agent: string, n: number, actionId: string, label: string) => {
    console.log(`\n${dim(NAMES[PEOPLE.triage]!)}\n  ${bold(NAMES[agent]!)} ${dim(`clicks “${label}” on #${n}`)}`);
    await slack.blockAction({
      userId: agent,
      channelId: PEOPLE.triage,
      messageTs: cardOf(n)!.ts,
      actionId,
      value: actionValueOf(n, actionId),
    });
  };

  console.log(
    bold('Complaint Desk demo') + dim(` — app on 127.0.0.1:${app.port}, Slack API emulator, PGlite in ${dataDir}`),
  );

  console.log(`\n${dim(NAMES[PEOPLE.customerChannel]!)}\n  ${bold(NAMES[PEOPLE.agent]!)}\n    /complaints link @Dev`);
  const linked = await slack.command({
    text: `link <@${PEOPLE.engineer}|dev>`,
    userId: PEOPLE.agent,
    channelId: PEOPLE.customerChannel,
    channelName: 'acme-live-shared',
  });
  console.log(indent(dim(`(only you can see this) ${(linked.json as { text: string }).text}`), '    '));

  const zh = await customer(
    PEOPLE.customer,
    '你好，我们的用户反馈直播连麦的时候视频一直卡顿，画面很模糊，昨晚 9 点左右最严重',
  );
  await until(
    'Chinese receipt and draft',
    () => emulator.posts({ thread_ts: zh }).length > 0 && actionValueOf(1, IDS.actions.approve),
  );

  const en = await customer(
    PEOPLE.customer2,
    'Our 1-on-1 video calls keep dropping after a minute or two, on Wi-Fi at home. Channel id: room-4471',
  );
  await until(
    'English receipt and draft',
    () => emulator.posts({ thread_ts: en }).length > 0 && actionValueOf(2, IDS.actions.approve),
  );

  await click(PEOPLE.agent, 2, IDS.actions.approve, 'Approve & send');
  await until('reply in the English thread', () => emulator.posts({ thread_ts: en }).length >= 2);
  // A second agent clicking the same button sends nothing more.
  await slack.blockAction({
    userId: PEOPLE.agent2,
    channelId: PEOPLE.triage,
    messageTs: cardOf(2)!.ts,
    actionId: IDS.actions.approve,
    value: JSON.stringify({ t: 2, d: JSON.parse(actionValueOf(2, IDS.actions.resolve) ?? '{"t":2}').d ?? 2 }),
  });

  console.log(dim('\n… nobody answers #1 in time: the clock runs out …'));
  await until('SLA warning and engineer ping', () => emulator.posts().some((m) => m.channel.startsWith('D')), 20_000);

  const dm = emulator.posts().find((m) => m.channel.startsWith('D'))!;
  const dmActions = (dm.blocks as Array<Record<string, any>>).find((b) => b.type === 'actions');
  const ackValue = (dmActions!.elements[0] as { value: string }).value;
  console.log(`\n${dim(`DM`)}\n  ${bold(NAMES[PEOPLE.engineer]!)} ${dim('clicks “I’m on it”')}`);
  await slack.blockAction({
    userId: PEOPLE.engineer,
    channelId: dm.channel,
    messageTs: dm.ts,
    actionId: IDS.actions.acknowledge,
    value: ackValue,
  });
  await until('acknowledgement', () => emulator.ephemerals.some((e) => e.user === PEOPLE.engineer));

  await click(PEOPLE.agent, 1, IDS.actions.approve, 'Approve & send');
  await until('reply in the Chinese thread', () => emulator.posts({ thread_ts: zh }).length >= 2);

  await customer(PEOPLE.customer, '是在 iPhone 14 上，用的 5G，在户外', zh);
  await until('a new draft for the follow-up', () => {
    const v = actionValueOf(1, IDS.actions.approve);
    return v && JSON.parse(v).d > 2;
  });

  await click(PEOPLE.agent, 1, IDS.actions.approve, 'Approve & send');
  await until('second reply', () => emulator.posts({ thread_ts: zh }).length >= 3);
  await click(PEOPLE.agent, 1, IDS.actions.resolve, 'Resolve');
  await until('the resolve window', () => emulator.callsOf('views.open').some((c) => c.status === 200));
  const window = emulator.callsOf('views.open').find((c) => c.status === 200)!.args.view as {
    callback_id: string;
    private_metadata: string;
  };
  console.log(`  ${dim('picks “Customer network”, cause “5G cell congestion outdoors”, and submits')}`);
  await slack.viewSubmission({
    userId: PEOPLE.agent,
    callbackId: window.callback_id,
    privateMetadata: window.private_metadata,
    values: resolveValues({ side: 'customer_network', cause: '5G cell congestion outdoors', fix: 'Advised Wi-Fi' }),
  });
  await until('closing message', () => emulator.posts({ thread_ts: zh }).some((m) => m.text.includes('已处理完毕')));

  const closing = emulator.posts({ thread_ts: zh }).find((m) => m.text.includes('已处理完毕'))!;
  console.log(
    `\n${dim(NAMES[PEOPLE.customerChannel]! + ' › thread')}\n  ${bold(NAMES[PEOPLE.customer]!)} ${dim('rates 5')}`,
  );
  await slack.blockAction({
    userId: PEOPLE.customer,
    userTeamId: PEOPLE.customerTeam,
    channelId: PEOPLE.customerChannel,
    messageTs: closing.ts,
    actionId: `${IDS.actions.rate}_5`,
    value: JSON.stringify({ t: 1, r: 5 }),
  });
  await until('thank-you', () => emulator.ephemerals.some((e) => e.user === PEOPLE.customer));
  console.log(
    indent(
      dim(`(only Li Wei can see this) ${emulator.ephemerals.find((e) => e.user === PEOPLE.customer)!.text}`),
      '    ',
    ),
  );

  await h.stop();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  console.log(`\n${bold('Done.')} Every message above was posted by the real app through the Slack Web API emulator.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
