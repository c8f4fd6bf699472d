import { z } from 'zod';
import { findTicket, updateTicket } from '../db/queries/tickets.js';
import { catalogue, endSentence, fill, sentences } from '../domain/catalogue/index.js';
import type { Language } from '../domain/taxonomy.js';
import type { ServiceDeps } from './deps.js';

/**
 * The optional call-quality source (QUALITY_API_URL). Contract:
 *   GET {QUALITY_API_URL}/calls/{callId}  →  200 with the JSON below, 404 when the call is unknown.
 */
export const callQualitySchema = z.object({
  callId: z.string(),
  /** Share of audio/video packets that never arrived, 0–100. */
  packetLossPct: z.number().min(0).max(100),
  /** Typical one-way delay in milliseconds. */
  latencyMs: z.number().min(0),
  /** How many times the video stopped, and for how long in total. */
  freezeCount: z.number().int().min(0),
  freezeSeconds: z.number().min(0),
  /** Which side had trouble, when the source can tell. */
  worstSide: z.enum(['caller', 'callee', 'server', 'unknown']).default('unknown'),
  region: z.string().optional(),
});
export type CallQuality = z.infer<typeof callQualitySchema>;

export interface QualitySource {
  lookup(callId: string): Promise<CallQuality | undefined>;
}

export class HttpQualitySource implements QualitySource {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs = 3000,
  ) {}

  async lookup(callId: string): Promise<CallQuality | undefined> {
    const url = `${this.baseUrl.replace(/\/$/, '')}/calls/${encodeURIComponent(callId)}`;
    const res = await fetch(url, { signal: AbortSignal.timeout(this.timeoutMs) });
    if (res.status === 404) return undefined;
    if (!res.ok) throw new Error(`quality source answered HTTP ${res.status}`);
    const parsed = callQualitySchema.safeParse(await res.json());
    if (!parsed.success) throw new Error('quality source answered with an unexpected shape');
    return parsed.data;
  }
}

/**
 * The measured quality in everyday words, fair to both sides: what we saw, not whose fault it is.
 * Thresholds follow common guidance for real-time calls (loss over 5 % and delay over 400 ms are
 * noticeable to people).
 */
export function describeQuality(q: CallQuality, language: Language): string {
  const w = catalogue(language).quality;
  const parts: string[] = [];
  const seconds = Math.round(q.freezeSeconds);
  if (q.freezeCount === 1) parts.push(fill(w.frozeOnce, { seconds }, language));
  else if (q.freezeCount > 1) parts.push(fill(w.froze, { count: q.freezeCount, seconds }, language));
  if (q.packetLossPct >= 5) parts.push(fill(w.lost, { percent: Math.round(q.packetLossPct) }, language));
  if (q.latencyMs >= 400) parts.push(fill(w.late, { seconds: (q.latencyMs / 1000).toFixed(1) }, language));
  if (parts.length === 0) return w.steady;
  const side = q.worstSide === 'server' ? w.ourSide : q.worstSide === 'unknown' ? '' : w.oneSide;
  return sentences(language, endSentence(parts.join(w.join), language), side);
}

/**
 * Measured quality for the ticket's call, in the customer's language, if a source is configured and the customer
 * gave an id; the agents' card keeps it in English. A lookup that fails drafts without it.
 */
export async function qualityForDraft(
  deps: ServiceDeps & { quality?: QualitySource },
  ticketId: number,
): Promise<string | undefined> {
  if (!deps.quality) return undefined;
  const ticket = await findTicket(deps.db, { ticketId });
  const callId = ticket?.facts.callId;
  if (!ticket || !callId) return undefined;
  try {
    const measured = await deps.quality.lookup(callId);
    if (!measured) return undefined;
    const summary = describeQuality(measured, ticket.language);
    await updateTicket(deps.db, { ticketId, changes: { qualitySummary: describeQuality(measured, 'en') } });
    return summary;
  } catch (error) {
    deps.log.warn('call quality lookup failed; drafting without it', { ticket_id: ticketId, error });
    return undefined;
  }
}
