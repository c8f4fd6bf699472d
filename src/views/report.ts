import type { KnownBlock } from '@slack/types';
import { formatDuration } from '../domain/duration.js';
import type { Report } from '../domain/report.js';
import { CATEGORIES, CATEGORY_SHORT, PRIORITIES, PRIORITY_LABEL } from '../domain/taxonomy.js';
import { cutMrkdwn, cutPlain, escapeUntrusted, untrustedMrkdwn } from '../slack/untrusted-text.js';
import { slackDate } from './format.js';

const list = (pairs: Array<[string, number]>) =>
  pairs.length ? pairs.map(([v, n]) => `${untrustedMrkdwn(v, 100)} (${n})`).join(', ') : '—';

/** The complaint review (复盘) as a message: volume, response, escalations, satisfaction, patterns. */
export function reportMessage(report: Report, title: string): { text: string; blocks: KnownBlock[] } {
  const fr = report.firstResponse;
  const attainment =
    fr.attainmentPct === null
      ? 'no replies due yet'
      : `${fr.attainmentPct}% on time (${fr.met} on time, ${fr.breached} late${fr.pending ? `, ${fr.pending} still within target` : ''})`;
  const times =
    fr.medianMs === null ? '—' : `median ${formatDuration(fr.medianMs)}, 90th percentile ${formatDuration(fr.p90Ms!)}`;
  const categories =
    CATEGORIES.filter((c) => report.byCategory[c] > 0)
      .map((c) => `${CATEGORY_SHORT[c]} ${report.byCategory[c]}`)
      .join(' · ') || '—';
  const priorities =
    PRIORITIES.filter((p) => report.byPriority[p] > 0)
      .map((p) => `${PRIORITY_LABEL[p]} ${report.byPriority[p]}`)
      .join(' · ') || '—';
  const customers = report.byCustomer.map((c) => `<#${c.channelId}> ${c.count}`).join(' · ') || '—';
  const sat =
    report.satisfaction.average === null
      ? 'no ratings yet'
      : `${report.satisfaction.average}/5 from ${report.satisfaction.count} rating${report.satisfaction.count === 1 ? '' : 's'}`;
  const repeated = report.repeated.length
    ? report.repeated
        .map(
          (r) =>
            `• ${CATEGORY_SHORT[r.category]} with ${r.attribute} *${untrustedMrkdwn(r.value, 100)}*: ${r.count} tickets`,
        )
        .join('\n')
    : 'Nothing repeats yet.';
  const text = `${escapeUntrusted(title)}: ${report.total} complaints; first replies ${attainment}; ${sat}.`;
  return {
    text,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: cutPlain(title, 150) } },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: `${slackDate(report.since, '{date_short}')} – ${slackDate(report.until, '{date_short}')}`,
          },
        ],
      },
      {
        type: 'section',
        fields: [
          { type: 'mrkdwn', text: `*Complaints*\n${report.total}` },
          { type: 'mrkdwn', text: `*First reply on time*\n${attainment}` },
          { type: 'mrkdwn', text: `*First reply time*\n${times}` },
          {
            type: 'mrkdwn',
            text: `*Escalations*\n${report.escalations.warnings} warnings · ${report.escalations.engineer} engineer pings · ${report.escalations.lead} lead pings`,
          },
          { type: 'mrkdwn', text: `*Satisfaction*\n${sat}` },
        ],
      },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: cutMrkdwn(`*By category* ${categories}\n*By priority* ${priorities}\n*By customer* ${customers}`, 3000),
        },
      },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: cutMrkdwn(
            `*Most common*\nDevices: ${list(report.top.devices)}\nNetworks: ${list(report.top.networks)}\nRegions: ${list(report.top.regions)}\nScenarios: ${list(report.top.scenarios)}`,
            3000,
          ),
        },
      },
      {
        type: 'section',
        text: { type: 'mrkdwn', text: cutMrkdwn(`*Repeated problems* (worth a systemic look)\n${repeated}`, 3000) },
      },
    ],
  };
}
