import type { KnownBlock } from '@slack/types';
import { formatDuration } from '../domain/duration.js';
import type { Report } from '../domain/report.js';
import { RESOLUTION_SIDES, SIDE_SHORT } from '../domain/resolution.js';
import { CATEGORIES, CATEGORY_SHORT, PRIORITIES, PRIORITY_LABEL } from '../domain/taxonomy.js';
import { cutMrkdwn, cutPlain, escapeUntrusted, untrustedMrkdwn } from '../slack/untrusted-text.js';
import { slackDate } from './format.js';

const list = (pairs: Array<[string, number]>) =>
  pairs.length ? pairs.map(([v, n]) => `${untrustedMrkdwn(v, 100)} (${n})`).join(', ') : '—';

/**
 * Each section's share of the message. Slack refuses a message whose blocks hold more than about 12,000 characters of
 * text in all (msg_blocks_too_long; see MAX_BLOCKS_TEXT in test/support/block-kit-rules.ts for the source), so the
 * sections together stay well under that whatever the data, each under its own 3,000.
 */
const SHARE = {
  counts: 2200,
  common: 2200,
  repeated: 2200,
  why: 1100,
  rising: 1100,
  drafts: 500,
  knownProblems: 1000,
} as const;

const RISING_LABEL = { device: 'device', os: 'system', region: 'region' } as const;

/** Why complaints happened: where the problem was, the commonest causes, and what is on the rise. */
function whyBlocks(report: Report): KnownBlock[] {
  const sides =
    RESOLUTION_SIDES.filter((s) => report.bySide[s] > 0)
      .map((s) => `${SIDE_SHORT[s]} ${report.bySide[s]}`)
      .join(' · ') || '—';
  const unrecorded = report.bySide.unrecorded ? ` (${report.bySide.unrecorded} resolved without saying)` : '';
  const causes = report.rootCauses.length
    ? report.rootCauses.map(([c, n]) => `• ${untrustedMrkdwn(c, 150)} (${n})`).join('\n')
    : 'No causes recorded yet.';
  const rising = report.rising.length
    ? report.rising
        .map(
          (r) =>
            `• ${RISING_LABEL[r.attribute]} *${untrustedMrkdwn(r.value, 100)}*: ` +
            `${r.count} complaints, ${r.previous} the period before`,
        )
        .join('\n')
    : 'Nothing rose against the period before.';
  return [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: cutMrkdwn(
          `*Where the problem was* ${sides}${unrecorded}\n*Most common root causes*\n${causes}`,
          SHARE.why,
        ),
      },
    },
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: cutMrkdwn(`*Rising* (adapt to a model, add capacity in a region)\n${rising}`, SHARE.rising),
      },
    },
  ];
}

/** Known problems of the period: how many tickets each had, and how long it took to resolve or has been open. */
function knownProblemsText(report: Report): string {
  const lines = report.knownProblems.map((p) => {
    const time =
      p.resolveMs !== null ? `resolved in ${formatDuration(p.resolveMs)}` : `open for ${formatDuration(p.openMs ?? 0)}`;
    return `• *${untrustedMrkdwn(p.title, 120)}*: ${p.tickets} ticket${p.tickets === 1 ? '' : 's'}, ${time}`;
  });
  return `*Known problems*\n${lines.join('\n') || 'None in this period.'}`;
}

/** How drafts fared, by who drafted them; a drafter that made none is left out. */
function draftsLine(report: Report): string {
  const parts = (['model', 'rules'] as const).flatMap((source) => {
    const d = report.drafts[source];
    const made = d.as_drafted + d.edited + d.discarded + d.replaced + d.pending;
    if (made === 0) return [];
    const name = source === 'model' ? 'Model' : 'Built-in';
    const waiting = d.pending ? `, ${d.pending} waiting` : '';
    return [
      `${name}: ${made} drafted, ${d.as_drafted} sent as drafted, ${d.edited} edited, ` +
        `${d.discarded} discarded, ${d.replaced} replaced${waiting}`,
    ];
  });
  return `*How drafts fared*\n${parts.join('\n') || 'No drafts in this period.'}`;
}

/** The complaint review (复盘) as a message: volume, response, escalations, satisfaction, patterns. */
export function reportMessage(report: Report, title: string): { text: string; blocks: KnownBlock[] } {
  const fr = report.firstResponse;
  const attainment =
    fr.attainmentPct === null
      ? 'no replies due yet'
      : `${fr.attainmentPct}% on time (${fr.met} on time, ${fr.breached} late` +
        `${fr.pending ? `, ${fr.pending} still within target` : ''})`;
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
      : `${report.satisfaction.average}/5 from ${report.satisfaction.count} ` +
        `rating${report.satisfaction.count === 1 ? '' : 's'}`;
  const repeated = report.repeated.length
    ? report.repeated
        .map(
          (r) =>
            `• ${CATEGORY_SHORT[r.category]} with ${r.attribute} ` +
            `*${untrustedMrkdwn(r.value, 100)}*: ${r.count} tickets`,
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
            text:
              `*Escalations*\n${report.escalations.warnings} warnings · ` +
              `${report.escalations.engineer} engineer pings · ${report.escalations.lead} lead pings`,
          },
          { type: 'mrkdwn', text: `*Satisfaction*\n${sat}` },
        ],
      },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: cutMrkdwn(
            `*By category* ${categories}\n*By priority* ${priorities}\n*By customer* ${customers}`,
            SHARE.counts,
          ),
        },
      },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: cutMrkdwn(
            `*Most common*\nDevices: ${list(report.top.devices)}\nNetworks: ${list(report.top.networks)}\n` +
              `Regions: ${list(report.top.regions)}\nScenarios: ${list(report.top.scenarios)}`,
            SHARE.common,
          ),
        },
      },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: cutMrkdwn(`*Repeated problems* (worth a systemic look)\n${repeated}`, SHARE.repeated),
        },
      },
      ...whyBlocks(report),
      { type: 'section', text: { type: 'mrkdwn', text: cutMrkdwn(knownProblemsText(report), SHARE.knownProblems) } },
      { type: 'section', text: { type: 'mrkdwn', text: cutMrkdwn(draftsLine(report), SHARE.drafts) } },
    ],
  };
}
