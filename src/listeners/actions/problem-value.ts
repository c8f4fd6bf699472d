import { z } from 'zod';
import { parseJson } from './parse.js';

// From a card: the ticket and, for most controls, the problem; from the problems list: the problem only.
const problemValue = z.object({
  t: z.number().int().positive().optional(),
  k: z.number().int().positive().optional(),
});
const incidentValue = z.object({ i: z.number().int().positive() });

/** The ticket and known problem a known-problem control is about. */
export function parseProblemValue(raw: string | undefined): { t?: number; k?: number } {
  return parseJson(
    raw,
    problemValue,
    'That control belongs to a card this app cannot read. Please use the latest card.',
  );
}

export function requireProblem(value: { k?: number }): number {
  return parseJson(JSON.stringify(value), z.object({ k: z.number() }), 'That control names no known problem.').k;
}

export function requireTicket(value: { t?: number }): number {
  return parseJson(JSON.stringify(value), z.object({ t: z.number() }), 'That control names no ticket.').t;
}

export function parseIncidentValue(raw: string | undefined): number {
  return parseJson(raw, incidentValue, 'That alert could not be read. Please use the latest one.').i;
}
