import type { AgentLanguage } from './taxonomy.js';

/**
 * Where a complaint's problem turned out to be. The support practice locates the side first (the customer's
 * network, their device, our service, their configuration) before looking for the root cause; "not found" is a
 * real answer too, so trivial tickets still resolve in one step.
 */
export const RESOLUTION_SIDES = [
  'customer_network',
  'customer_device',
  'our_service',
  'customer_config',
  'not_found',
] as const;
export type ResolutionSide = (typeof RESOLUTION_SIDES)[number];

/** Agent-facing labels, in the card's languages (AGENT_LANGUAGE). */
export const SIDE_LABEL: Record<ResolutionSide, Record<AgentLanguage, string>> = {
  customer_network: { en: 'Customer network', zh: '客户网络' },
  customer_device: { en: 'Customer device / OS', zh: '客户设备/系统' },
  our_service: { en: 'Our service', zh: '我方服务' },
  customer_config: { en: 'Customer integration / configuration', zh: '客户集成/配置' },
  not_found: { en: 'Not found / no action needed', zh: '未发现问题/无需处理' },
};

/** Short names for charts, CSV and report tables, where the long labels do not fit. */
export const SIDE_SHORT: Record<ResolutionSide, string> = {
  customer_network: 'Customer network',
  customer_device: 'Customer device',
  our_service: 'Our service',
  customer_config: 'Customer config',
  not_found: 'Not found',
};

/**
 * How long the free-text parts may be. The root cause is one line; the fix a short paragraph. Both are well under
 * Slack's 3,000-character cap on a plain_text_input and leave room on the card for the other sections.
 */
export const RESOLUTION_LIMITS = {
  rootCause: 150,
  fix: 500,
} as const;

/** What an agent recorded when resolving: the side, and optionally the cause and what fixed it. */
export interface Resolution {
  side: ResolutionSide;
  rootCause: string | null;
  fix: string | null;
}

export function isResolutionSide(value: unknown): value is ResolutionSide {
  return typeof value === 'string' && (RESOLUTION_SIDES as readonly string[]).includes(value);
}

export type ResolutionField = 'side' | 'rootCause' | 'fix';

export type ResolutionCheck =
  | { ok: true; resolution: Resolution }
  | { ok: false; field: ResolutionField; message: string };

/** Blank text means "not recorded"; the root cause is one line, so line breaks are folded to spaces. */
function cleanText(value: string | null | undefined, oneLine: boolean): string | null {
  const text = (oneLine ? (value ?? '').replace(/\s*[\r\n]+\s*/g, ' ') : (value ?? '')).trim();
  return text === '' ? null : text;
}

/** Checks a resolution as an agent entered it; the failing field is returned as data so a form can show it there. */
export function checkResolution(input: {
  side: unknown;
  rootCause?: string | null;
  fix?: string | null;
}): ResolutionCheck {
  if (!isResolutionSide(input.side)) return { ok: false, field: 'side', message: 'Choose where the problem was.' };
  const rootCause = cleanText(input.rootCause, true);
  const fix = cleanText(input.fix, false);
  if (rootCause && [...rootCause].length > RESOLUTION_LIMITS.rootCause) {
    return {
      ok: false,
      field: 'rootCause',
      message: `Keep the root cause to one line of at most ${RESOLUTION_LIMITS.rootCause} characters.`,
    };
  }
  if (fix && [...fix].length > RESOLUTION_LIMITS.fix) {
    return { ok: false, field: 'fix', message: `Keep what fixed it to at most ${RESOLUTION_LIMITS.fix} characters.` };
  }
  return { ok: true, resolution: { side: input.side, rootCause, fix } };
}
