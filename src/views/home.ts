import type { KnownBlock, View } from '@slack/types';
import type { CustomerChannel, Ticket } from '../db/schema/index.js';
import { formatDuration } from '../domain/duration.js';
import { CATEGORY_SHORT, PRIORITY_LABEL } from '../domain/taxonomy.js';
import { IDS } from '../ids.js';
import { cutMrkdwn, untrustedMrkdwn } from '../slack/untrusted-text.js';
import { slackDate } from './format.js';

/** Slack allows 100 blocks in a Home tab; each list is capped so the whole view always fits. */
export const HOME_LIMITS = { mine: 15, waitingOnUs: 40, waitingOnCustomer: 15, resolved: 10, channels: 15 } as const;

export interface HomeModel {
  /** The viewer's own open tickets. */
  mine: Array<{ ticket: Ticket; cardLink?: string; threadLink?: string }>;
  waitingOnUs: Array<{ ticket: Ticket; dueAt: Date | null; cardLink?: string; threadLink?: string }>;
  waitingOnCustomer: Array<{ ticket: Ticket; cardLink?: string; threadLink?: string }>;
  recentlyResolved: Array<{ ticket: Ticket; cardLink?: string; threadLink?: string }>;
  totals: { mine: number; waitingOnUs: number; waitingOnCustomer: number; resolved: number };
  channels: CustomerChannel[];
  now: Date;
  isAgent: boolean;
}

function links(row: { cardLink?: string; threadLink?: string }): string {
  return [row.cardLink ? `<${row.cardLink}|card>` : '', row.threadLink ? `<${row.threadLink}|thread>` : '']
    .filter(Boolean)
    .join(' · ');
}

function line(ticket: Ticket, extra: string, row: { cardLink?: string; threadLink?: string }): string {
  const what = untrustedMrkdwn(ticket.summary ?? CATEGORY_SHORT[ticket.category], 120);
  return (
    `*#${ticket.id}* <#${ticket.channelId}> · ${CATEGORY_SHORT[ticket.category]} · ` +
    `${PRIORITY_LABEL[ticket.priority]} — ${what}\n${extra}${links(row) ? ` · ${links(row)}` : ''}`
  );
}

function more(shown: number, total: number): KnownBlock[] {
  return total > shown ? [{ type: 'context', elements: [{ type: 'mrkdwn', text: `…and ${total - shown} more` }] }] : [];
}

export function homeView(model: HomeModel): View {
  if (!model.isAgent) {
    return {
      type: 'home',
      blocks: [
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: '*Complaint Desk*\nThis tab is for support agents (members of the triage channel).',
          },
        },
      ],
    };
  }
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Complaint Desk' } },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text:
            `${model.totals.waitingOnUs} waiting on us · ${model.totals.waitingOnCustomer} waiting on ` +
            `customers · updated ${slackDate(model.now, '{time}')}`,
        },
      ],
    },
  ];
  const section = (
    title: string,
    rows: HomeModel['waitingOnCustomer'],
    limit: number,
    total: number,
    extra: (t: Ticket) => string,
  ) => {
    blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: title } });
    const shown = rows.slice(0, limit);
    // Several tickets share one block here to keep the whole tab inside Slack's limit.
    // Whole tickets only: the ones that do not fit are counted in the "…and N more" line.
    const lines: string[] = [];
    for (const r of shown) {
      const next = line(r.ticket, extra(r.ticket), r);
      if ([...lines, next].join('\n\n').length > 3000) break;
      lines.push(next);
    }
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: lines.join('\n\n') || '_none_' } });
    blocks.push(...more(lines.length, total));
  };
  section(
    'My tickets',
    model.mine,
    HOME_LIMITS.mine,
    model.totals.mine,
    (t) =>
      `${t.status === 'waiting_on_us' ? '*waiting on us*' : 'waiting on the customer'} · ` +
      `last heard ${slackDate(t.lastCustomerMessageAt, '{date_short_pretty} {time}')}`,
  );
  blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: 'Waiting on us' } });
  const onUs = model.waitingOnUs.slice(0, HOME_LIMITS.waitingOnUs);
  if (onUs.length === 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: 'Nothing waiting. :tada:' } });
  for (const row of onUs) {
    const left = row.dueAt ? row.dueAt.getTime() - model.now.getTime() : undefined;
    const due =
      left === undefined
        ? 'no reply target'
        : left < 0
          ? `:rotating_light: *overdue by ${formatDuration(-left)}*`
          : `reply due in ${formatDuration(left)}`;
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: cutMrkdwn(line(row.ticket, due, row), 3000) } });
  }
  blocks.push(...more(onUs.length, model.totals.waitingOnUs));

  section(
    'Waiting on customers',
    model.waitingOnCustomer,
    HOME_LIMITS.waitingOnCustomer,
    model.totals.waitingOnCustomer,
    (t) => `last heard ${slackDate(t.lastCustomerMessageAt, '{date_short_pretty} {time}')}`,
  );
  section(
    'Recently resolved',
    model.recentlyResolved,
    HOME_LIMITS.resolved,
    model.recentlyResolved.length,
    (t) =>
      `resolved ${t.resolvedAt ? slackDate(t.resolvedAt, '{date_short_pretty}') : ''}` +
      `${t.rating ? ` · rated ${t.rating}/5` : ''}`,
  );

  blocks.push({ type: 'divider' }, { type: 'header', text: { type: 'plain_text', text: 'Customer channels' } });
  const channels = model.channels.slice(0, HOME_LIMITS.channels);
  if (channels.length === 0)
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: 'No channels linked yet. Run `/complaints link @engineer` in a customer channel.' },
    });
  for (const c of channels) {
    blocks.push({
      type: 'section',
      text: {
        type: 'mrkdwn',
        text:
          `<#${c.channelId}> · ${c.enterprise ? 'Enterprise' : 'Standard'} · engineer ` +
          `${c.engineerUserId ? `<@${c.engineerUserId}>` : '_none_'} · hours ` +
          `${untrustedMrkdwn(c.businessHours ?? (c.enterprise ? '24/7' : 'default'), 200)}` +
          `${c.timeZone ? ` ${untrustedMrkdwn(c.timeZone, 100)}` : ''}`,
      },
      accessory: {
        type: 'button',
        action_id: IDS.actions.openChannelSettings,
        text: { type: 'plain_text', text: 'Settings' },
        value: c.channelId,
      },
    });
  }
  blocks.push(...more(channels.length, model.channels.length));
  return { type: 'home', blocks };
}
