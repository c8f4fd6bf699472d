/**
 * When an outage's affected customers hear from us next, as the agent picks it for an interim update: a promise
 * about the next update, never about the fix.
 */
export const NEXT_UPDATE_MINUTES = [30, 60, 120, 240] as const;
export type NextUpdateMinutes = (typeof NEXT_UPDATE_MINUTES)[number];
export const DEFAULT_NEXT_UPDATE: NextUpdateMinutes = 60;

/** The agent's choice as the modal sends it ("60"); undefined for anything not offered. */
export function parseNextUpdate(value: string | undefined): NextUpdateMinutes | undefined {
  return NEXT_UPDATE_MINUTES.find((m) => String(m) === value);
}

/** "in 30 minutes", "in 1 hour": the choice as agents read it. */
export function nextUpdateLabel(minutes: NextUpdateMinutes): string {
  if (minutes < 60) return `in ${minutes} minutes`;
  const hours = minutes / 60;
  return `in ${hours} hour${hours === 1 ? '' : 's'}`;
}
