import { z } from 'zod';
import { findTicket, updateTicket } from '../db/queries/tickets.js';
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
  const lossy = q.packetLossPct >= 5;
  const slow = q.latencyMs >= 400;
  const froze = q.freezeCount > 0;
  if (language === 'zh') {
    const parts: string[] = [];
    if (froze) parts.push(`画面停顿了 ${q.freezeCount} 次，共约 ${Math.round(q.freezeSeconds)} 秒`);
    if (lossy) parts.push(`大约每 100 份画面和声音数据中有 ${Math.round(q.packetLossPct)} 份没有及时送达`);
    if (slow) parts.push(`声音和画面到达的时间比平时晚（约 ${(q.latencyMs / 1000).toFixed(1)} 秒）`);
    if (parts.length === 0) return '这次通话记录中的网络传输整体是平稳的，我们会继续从其他方面排查。';
    const side =
      q.worstSide === 'server'
        ? '问题主要出现在我们的服务器一侧，我们正在处理。'
        : q.worstSide === 'unknown'
          ? ''
          : '波动主要出现在通话一方的网络上，这在移动网络或信号较弱时很常见。';
    return `${parts.join('；')}。${side}`;
  }
  const parts: string[] = [];
  if (froze)
    parts.push(
      `the video paused ${q.freezeCount} time${q.freezeCount === 1 ? '' : 's'}, about ` +
        `${Math.round(q.freezeSeconds)} seconds in all`,
    );
  if (lossy)
    parts.push(`about ${Math.round(q.packetLossPct)} in every 100 pieces of sound and picture did not arrive in time`);
  if (slow) parts.push(`sound and picture arrived later than usual (about ${(q.latencyMs / 1000).toFixed(1)} s)`);
  if (parts.length === 0)
    return 'the connection in that call looks steady overall, so we are checking other causes as well.';
  const side =
    q.worstSide === 'server'
      ? ' Most of it happened on our servers, and we are working on it.'
      : q.worstSide === 'unknown'
        ? ''
        : " Most of it happened on one participant's connection, which is common on mobile networks or weak signal.";
  return `${parts.join('; ')}.${side}`;
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
