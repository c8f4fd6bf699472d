import type { KnownBlock } from '@slack/types';
import { formatDuration } from '../domain/duration.js';
import { CATEGORY_LABEL, type Category } from '../domain/taxonomy.js';
import { untrustedMrkdwn } from '../slack/untrusted-text.js';

/** What one person's page about an incident says; the same message is updated as tickets join. */
export interface IncidentPageInput {
  incidentId: number;
  category: Category;
  /** "Jakarta, Indonesia" (gazetteer names, or an older incident's region: untrusted). */
  region?: string | null;
  role: 'engineer' | 'lead';
  /** The engineer's own customers' tickets waiting on us (for the lead: all of the incident's). */
  waiting: number;
  /** Of those, past their target. */
  overdue: number;
  /** Different customers (channels) behind those tickets. */
  customers: number;
  /** How long the longest of them has waited. */
  longestWaitMs: number;
  totalTickets: number;
  /** The incident card, when it is posted. */
  cardLink?: string;
}

function where(region: string | null | undefined): string {
  return region ? ` in ${untrustedMrkdwn(region, 100)}` : '';
}

/** The direct message: one per person per incident, kept current. */
export function incidentPageMessage(p: IncidentPageInput): { text: string; blocks: KnownBlock[] } {
  const problem = CATEGORY_LABEL[p.category].en;
  const whose = p.role === 'engineer' ? 'your customers’' : 'its';
  const text =
    `:rotating_light: Incident${where(p.region)}: a ${problem} across ${p.totalTickets} tickets. ` +
    `${p.waiting} of ${whose} tickets wait for us (${p.customers} customer${p.customers === 1 ? '' : 's'}, ` +
    `${p.overdue} past target, the longest ${formatDuration(p.longestWaitMs)}).`;
  const link = p.cardLink ? `<${p.cardLink}|Open the incident card>` : 'The incident card is in the triage channel.';
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text:
              `${link} This is the one message you get for this incident; it is updated as tickets join or pass ` +
              'their target, instead of a ping per ticket.',
          },
        ],
      },
    ],
  };
}

/** The one mention in the incident card's thread for a person paged. */
export function incidentMentionMessage(p: IncidentPageInput & { userId: string }): { text: string } {
  const whose = p.role === 'engineer' ? 'their customers’' : 'the incident’s';
  return {
    text:
      `<@${p.userId}> paged for this incident (${p.role === 'lead' ? 'support lead' : 'paired engineer'}): ` +
      `${p.waiting} of ${whose} tickets wait for us, ${p.overdue} past target.`,
  };
}
