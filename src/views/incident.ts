import type { Button, KnownBlock } from '@slack/types';
import type { Incident, KnownProblem } from '../db/schema/index.js';
import { formatDuration } from '../domain/duration.js';
import { CATEGORY_LABEL } from '../domain/taxonomy.js';
import { IDS } from '../ids.js';
import { cutMrkdwn, cutPlain, untrustedMrkdwn } from '../slack/untrusted-text.js';
import { slackDate } from './format.js';

/** A region is a customer's words: long enough for "São Paulo, Brazil (Vivo 5G)", never a whole section. */
const REGION_LIMIT = 100;
/** Ticket links in the alert; the rest are counted. Each link is about 80 characters, inside one 3000-character
 * section. */
const LINKED_TICKETS = 30;
/** What the card lists of each kind (places, devices…), and how long each may be. */
const LISTED = 6;
const VALUE_LIMIT = 60;
/** The newest complaints quoted on the card, each cut to this many characters. */
const LATEST_SHOWN = 3;
const LATEST_LIMIT = 160;

/** What the card shows beside the incident row, read when it is drawn. */
export interface IncidentDetails {
  /** "Jakarta, Indonesia", from the gazetteer. */
  places: string[];
  devices: string[];
  oses: string[];
  operators: string[];
  /** The newest complaints first: ticket and the customer's words (untrusted). */
  latest: Array<{ ticketId: number; words: string }>;
  /** The open ticket closest to (or furthest past) its SLA target. */
  worst?: { ticketId: number; dueInMs: number };
  /** Tickets still waiting on us. */
  waiting: number;
  /** People paged for the incident (engineers and the lead), counted. */
  paged: number;
  /** Tickets not resolved yet: the customers an interim update goes to. */
  unresolved: number;
  /** Updates drafted for the incident's customers (interim or about its known problem), waiting for approval. */
  pendingUpdates: number;
}

type ProblemRef = Pick<KnownProblem, 'id' | 'title' | 'status'>;

/**
 * The incident card: one message in the triage channel for what looks like one cause, kept current as tickets join
 * (chat.update), with actions that apply to every linked ticket.
 */
export function incidentMessage(
  incident: Incident,
  links: Map<number, string | undefined>,
  windowMs: number,
  knownProblem?: ProblemRef,
  details?: IncidentDetails,
): { text: string; blocks: KnownBlock[] } {
  const region = details?.places.length ? details.places.join(' · ') : incident.region;
  const where = region ? ` in ${untrustedMrkdwn(region, REGION_LIMIT)}` : '';
  const problem = CATEGORY_LABEL[incident.category].en;
  const customers = incident.customerIds.length;
  const text =
    `:rotating_light: Possible incident: ${customers} customers reported ` +
    `a ${problem}${where} within ${formatDuration(windowMs)}.`;
  // Newest first: while a flood lasts, the ticket that just came in is the one agents look for.
  const label = `*Tickets (${incident.ticketIds.length}, newest first):* `;
  const tickets = ticketList(
    [...incident.ticketIds].sort((a, b) => b - a),
    links,
    3000 - label.length,
  );
  const blocks: KnownBlock[] = [{ type: 'section', text: { type: 'mrkdwn', text } }];
  if (details) blocks.push(factsBlock(incident, details));
  blocks.push({
    type: 'section',
    text: { type: 'mrkdwn', text: `${label}${tickets}` },
  });
  if (details?.latest.length) blocks.push(latestBlock(details.latest));
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text:
          'This may be one problem on our side (a region, a server, a release). Check it once before ' +
          'answering each ticket, and tell customers what we know. Escalations for these tickets go out once ' +
          'for the incident, not per ticket.',
      },
    ],
  });
  blocks.push(...problemBlocks(incident.id, knownProblem));
  const updates = updateBlock(incident, details);
  if (updates) blocks.push(updates);
  return { text, blocks };
}

function listed(values: readonly string[]): string {
  if (values.length === 0) return '—';
  const shown = values.slice(0, LISTED).map((v) => untrustedMrkdwn(v, VALUE_LIMIT));
  return `${shown.join(', ')}${values.length > LISTED ? ` and ${values.length - LISTED} more` : ''}`;
}

function sla(worst: IncidentDetails['worst']): string {
  if (!worst) return 'nothing waiting';
  return worst.dueInMs <= 0
    ? `#${worst.ticketId} is ${formatDuration(-worst.dueInMs)} past its target`
    : `#${worst.ticketId} is due in ${formatDuration(worst.dueInMs)}`;
}

function factsBlock(incident: Incident, d: IncidentDetails): KnownBlock {
  const field = (label: string, value: string) => ({
    type: 'mrkdwn' as const,
    text: cutMrkdwn(`*${label}*\n${value}`, 2000),
  });
  return {
    type: 'section',
    fields: [
      field(
        'Customers · tickets',
        `${incident.customerIds.length} · ${incident.ticketIds.length} (${d.waiting} waiting)`,
      ),
      field('Regions', listed(d.places)),
      field('Devices · OS', listed([...d.devices, ...d.oses])),
      field('Operators', listed(d.operators)),
      field(
        'First · latest complaint',
        `${slackDate(incident.firstAt, '{time}')} · ${slackDate(incident.lastAt, '{time}')}`,
      ),
      field('Worst SLA', sla(d.worst)),
      field('Paged', d.paged === 0 ? 'no one yet' : `${d.paged} ${d.paged === 1 ? 'person' : 'people'}, once each`),
    ],
  };
}

function latestBlock(latest: IncidentDetails['latest']): KnownBlock {
  const lines = latest
    .slice(0, LATEST_SHOWN)
    .map((c) => `*#${c.ticketId}* ${untrustedMrkdwn(c.words.replace(/\s+/g, ' '), LATEST_LIMIT)}`);
  return { type: 'section', text: { type: 'mrkdwn', text: cutMrkdwn(`*Latest:*\n${lines.join('\n')}`, 3000) } };
}

/**
 * What the agents can do for every ticket at once: make it a known problem (linking every ticket, now and as they
 * join); once it is one, record the cause and fix, which drafts an update to every affected customer in their
 * language.
 */
function problemBlocks(incidentId: number, problem: ProblemRef | undefined): KnownBlock[] {
  if (!problem)
    return [
      {
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
      },
    ];
  const state = problem.status === 'resolved' ? 'resolved' : 'open';
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: `:jigsaw: Known problem: *${untrustedMrkdwn(problem.title, 150)}* (${state})` },
      ],
    },
  ];
  if (problem.status === 'open')
    blocks.push({
      type: 'actions',
      block_id: `incident_problem_${incidentId}`,
      elements: [
        {
          type: 'button',
          action_id: IDS.actions.resolveProblem,
          text: { type: 'plain_text', text: 'Resolve all with one cause…' },
          value: JSON.stringify({ k: problem.id }),
        },
      ],
    });
  return blocks;
}

/**
 * Updates to every affected customer: while the incident lasts, an interim one before any cause is known; and
 * whatever updates wait (interim or about the known problem), approved all at once behind a confirmation.
 */
function updateBlock(incident: Incident, details: IncidentDetails | undefined): KnownBlock | undefined {
  const value = JSON.stringify({ i: incident.id });
  const elements: Button[] = [];
  if (incident.status === 'open' && (details?.unresolved ?? 0) > 0)
    elements.push({
      type: 'button',
      action_id: IDS.actions.updateIncidentCustomers,
      text: { type: 'plain_text', text: 'Update every customer…' },
      value,
    });
  const pending = details?.pendingUpdates ?? 0;
  if (pending > 0)
    elements.push({
      type: 'button',
      action_id: IDS.actions.approveIncidentUpdates,
      text: { type: 'plain_text', text: cutPlain(`Approve all ${pending} updates`, 75) },
      style: 'primary',
      value,
      confirm: {
        title: { type: 'plain_text', text: cutPlain(`Send ${pending} updates?`, 100) },
        text: {
          type: 'plain_text',
          text:
            `Each of the ${pending} customers gets the update drafted on their card, once, in their own thread. ` +
            'It answers their ticket; it does not resolve it.',
        },
        confirm: { type: 'plain_text', text: 'Send them all' },
        deny: { type: 'plain_text', text: 'Go back' },
      },
    });
  if (elements.length === 0) return undefined;
  return { type: 'actions', block_id: `incident_updates_${incident.id}`, elements };
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
