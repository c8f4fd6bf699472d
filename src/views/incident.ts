import type { KnownBlock } from '@slack/types';
import type { Incident } from '../db/schema/index.js';
import { formatDuration } from '../domain/duration.js';
import { CATEGORY_LABEL } from '../domain/taxonomy.js';
import { neutralize, truncate } from './format.js';

/** One alert for what looks like one cause, linking every ticket it covers. */
export function incidentMessage(
  incident: Incident,
  links: Map<number, string | undefined>,
  windowMs: number,
): { text: string; blocks: KnownBlock[] } {
  const where = incident.region ? ` in ${neutralize(incident.region)}` : '';
  const problem = CATEGORY_LABEL[incident.category].en;
  const text = `:rotating_light: Possible incident: ${incident.customerIds.length} customers reported a ${problem}${where} within ${formatDuration(windowMs)}.`;
  const shown = incident.ticketIds.slice(0, 40);
  const rest = incident.ticketIds.length - shown.length;
  const tickets =
    shown.map((id) => (links.get(id) ? `<${links.get(id)}|#${id}>` : `#${id}`)).join(', ') +
    (rest > 0 ? ` and ${rest} more` : '');
  return {
    text,
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text } },
      { type: 'section', text: { type: 'mrkdwn', text: truncate(`*Tickets:* ${tickets}`, 3000) } },
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: 'This may be one problem on our side (a region, a server, a release). Check it once before answering each ticket, and tell customers what we know.',
          },
        ],
      },
    ],
  };
}
