import type { KnownBlock } from '@slack/types';
import type { Incident, KnownProblem } from '../db/schema/index.js';
import { formatDuration } from '../domain/duration.js';
import { CATEGORY_LABEL } from '../domain/taxonomy.js';
import { IDS } from '../ids.js';
import { untrustedMrkdwn } from '../slack/untrusted-text.js';

/** A region is a customer's words: long enough for "São Paulo, Brazil (Vivo 5G)", never a whole section. */
const REGION_LIMIT = 100;
/** Ticket links in the alert; the rest are counted. Each link is about 80 characters, inside one 3000-character
 * section. */
const LINKED_TICKETS = 30;

/** One alert for what looks like one cause, linking every ticket it covers. */
export function incidentMessage(
  incident: Incident,
  links: Map<number, string | undefined>,
  windowMs: number,
  knownProblem?: Pick<KnownProblem, 'id' | 'title' | 'status'>,
): { text: string; blocks: KnownBlock[] } {
  const where = incident.region ? ` in ${untrustedMrkdwn(incident.region, REGION_LIMIT)}` : '';
  const problem = CATEGORY_LABEL[incident.category].en;
  const text =
    `:rotating_light: Possible incident: ${incident.customerIds.length} customers reported ` +
    `a ${problem}${where} within ${formatDuration(windowMs)}.`;
  const tickets = ticketList(incident.ticketIds, links, 3000 - '*Tickets:* '.length);
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      { type: 'section', text: { type: 'mrkdwn', text: `*Tickets:* ${tickets}` } },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text:
              'This may be one problem on our side (a region, a server, a release). Check it once before ' +
              'answering each ticket, and tell customers what we know.',
          },
        ],
      },
      problemBlock(incident.id, knownProblem),
    ],
  };
}

/** The known problem the alert became, or the one click that makes it one (linking its tickets). */
function problemBlock(incidentId: number, problem?: Pick<KnownProblem, 'id' | 'title' | 'status'>): KnownBlock {
  if (problem) {
    const state = problem.status === 'resolved' ? 'resolved' : 'open';
    return {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: `:jigsaw: Known problem: *${untrustedMrkdwn(problem.title, 150)}* (${state})` },
      ],
    };
  }
  return {
    type: 'actions',
    block_id: `incident_actions_${incidentId}`,
    elements: [
      {
        type: 'button',
        action_id: IDS.actions.problemFromIncident,
        text: { type: 'plain_text', text: 'Make it a known problem' },
        value: JSON.stringify({ i: incidentId }),
      },
    ],
  };
}

/** Linked ticket numbers, whole links only, within `max` characters; the ones left out are counted. */
function ticketList(ids: number[], links: Map<number, string | undefined>, max: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const [i, id] of ids.entries()) {
    const link = links.get(id);
    const part = `${i > 0 ? ', ' : ''}${link && i < LINKED_TICKETS ? `<${link}|#${id}>` : `#${id}`}`;
    const rest = ids.length - i - 1;
    if (length + part.length + (rest > 0 ? ` and ${rest} more`.length : 0) > max) break;
    parts.push(part);
    length += part.length;
  }
  const rest = ids.length - parts.length;
  return `${parts.join('')}${rest > 0 ? ` and ${rest} more` : ''}`;
}
