import { TZDate } from '@date-fns/tz';
import type { Facts } from './facts.js';
import { RESOLUTION_SIDES, type ResolutionSide } from './resolution.js';
import { CATEGORIES, PRIORITIES, type Category, type Priority } from './taxonomy.js';

export type FirstResponseOutcome = 'met' | 'breached' | 'pending' | 'none';

/** One ticket as the review sees it. */
export interface ReportTicket {
  id: number;
  channelId: string;
  customerUserId: string;
  status: 'waiting_on_us' | 'waiting_on_customer' | 'resolved';
  enterprise: boolean;
  category: Category;
  priority: Priority;
  createdAt: Date;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  rating: number | null;
  facts: Facts;
  firstResponse: FirstResponseOutcome;
  /** What the agent recorded on resolving, when they did. */
  side: ResolutionSide | null;
  rootCause: string | null;
  fix: string | null;
}

/** What became of a drafted reply: sent as drafted, edited then sent, discarded, replaced by a newer draft, or open. */
export type DraftOutcome = 'as_drafted' | 'edited' | 'discarded' | 'replaced' | 'pending';
export const DRAFT_OUTCOMES: readonly DraftOutcome[] = ['as_drafted', 'edited', 'discarded', 'replaced', 'pending'];
export type DrafterSource = 'model' | 'rules';

export interface ReportInput {
  since: Date;
  until: Date;
  timeZone: string;
  tickets: ReportTicket[];
  /** The facts of the tickets of the period just before, as long as this one: what "rose" is measured against. */
  previous: Array<{ facts: Facts }>;
  /** Every draft the drafters made in the period, with what became of it. */
  drafts: Array<{ source: DrafterSource; outcome: DraftOutcome }>;
  escalations: { warnings: number; engineer: number; lead: number };
  /** Known problems open at some time in the period, with how many tickets were linked to each. */
  knownProblems: Array<{
    id: number;
    title: string;
    status: 'open' | 'resolved';
    createdAt: Date;
    resolvedAt: Date | null;
    tickets: number;
  }>;
}

export type RisingAttribute = 'device' | 'os' | 'region';

export interface Report {
  since: Date;
  until: Date;
  total: number;
  byCategory: Record<Category, number>;
  byPriority: Record<Priority, number>;
  byCustomer: Array<{ channelId: string; count: number }>;
  firstResponse: {
    met: number;
    breached: number;
    pending: number;
    attainmentPct: number | null;
    medianMs: number | null;
    p90Ms: number | null;
  };
  escalations: ReportInput['escalations'];
  satisfaction: { count: number; average: number | null; distribution: Record<1 | 2 | 3 | 4 | 5, number> };
  top: {
    devices: Array<[string, number]>;
    networks: Array<[string, number]>;
    regions: Array<[string, number]>;
    scenarios: Array<[string, number]>;
  };
  /** The same kind of problem on the same device, region or network, more than once: worth a systemic look. */
  repeated: Array<{
    category: Category;
    attribute: 'device' | 'region' | 'network' | 'os';
    value: string;
    count: number;
  }>;
  daily: Array<{
    day: string;
    byCategory: Record<Category, number>;
    attainmentPct: number | null;
    /** Tickets opened that day by where the problem turned out to be, once resolved with a side. */
    bySide: Record<ResolutionSide, number>;
  }>;
  /** Resolved tickets of the period by where the problem was; `unrecorded` were resolved without saying. */
  bySide: Record<ResolutionSide | 'unrecorded', number>;
  /** The most frequent root causes, as agents wrote them (grouped ignoring case and spacing). */
  rootCauses: Array<[string, number]>;
  /** Device models, systems and regions with more complaints than in the previous period (at least two now). */
  rising: Array<{ attribute: RisingAttribute; value: string; count: number; previous: number }>;
  /** How the drafts fared, by who drafted them. */
  drafts: Record<DrafterSource, Record<DraftOutcome, number>>;
  /** Known problems of the period, most tickets first: how long each took to resolve, or has been open. */
  knownProblems: Array<{
    id: number;
    title: string;
    status: 'open' | 'resolved';
    tickets: number;
    resolveMs: number | null;
    openMs: number | null;
  }>;
}

/** Median: the middle value, or the mean of the two middle values. */
export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Nearest-rank percentile: the smallest value with at least q of the values at or below it. */
export function percentile(values: number[], q: number): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(0, Math.ceil(q * s.length) - 1)]!;
}

function tally(values: Array<string | undefined>, limit = 5): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, limit);
}

const zeroSides = () => Object.fromEntries(RESOLUTION_SIDES.map((s) => [s, 0])) as Record<ResolutionSide, number>;

/** Root causes as agents typed them: "Operator upgrade" and "operator  upgrade " are one cause. */
function tallyCauses(causes: string[], limit = 5): Array<[string, number]> {
  const groups = new Map<string, { shown: string; count: number }>();
  for (const cause of causes) {
    const key = cause.trim().toLowerCase().replace(/\s+/g, ' ');
    if (!key) continue;
    // Shown as the first ticket given spelled it (the newest, as the query orders them).
    const g = groups.get(key) ?? { shown: cause.trim().replace(/\s+/g, ' '), count: 0 };
    g.count += 1;
    groups.set(key, g);
  }
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || a.shown.localeCompare(b.shown))
    .slice(0, limit)
    .map((g) => [g.shown, g.count]);
}

/** Values whose count rose against the previous period; the biggest rise first. */
function risingValues(input: ReportInput, limit = 8): Report['rising'] {
  const rising: Report['rising'] = [];
  for (const attribute of ['device', 'os', 'region'] as const) {
    const before = new Map(
      tally(
        input.previous.map((t) => t.facts[attribute]),
        Number.POSITIVE_INFINITY,
      ),
    );
    for (const [value, count] of tally(
      input.tickets.map((t) => t.facts[attribute]),
      Number.POSITIVE_INFINITY,
    )) {
      const previous = before.get(value) ?? 0;
      if (count >= 2 && count > previous) rising.push({ attribute, value, count, previous });
    }
  }
  return rising
    .sort(
      (a, b) => b.count - b.previous - (a.count - a.previous) || b.count - a.count || a.value.localeCompare(b.value),
    )
    .slice(0, limit);
}

function knownProblemLines(input: ReportInput, limit = 8): Report['knownProblems'] {
  return input.knownProblems
    .map((p) => ({
      id: p.id,
      title: p.title,
      status: p.status,
      tickets: p.tickets,
      resolveMs: p.resolvedAt ? p.resolvedAt.getTime() - p.createdAt.getTime() : null,
      openMs: p.resolvedAt ? null : input.until.getTime() - p.createdAt.getTime(),
    }))
    .sort((a, b) => b.tickets - a.tickets || a.id - b.id)
    .slice(0, limit);
}

function draftOutcomes(drafts: ReportInput['drafts']): Report['drafts'] {
  const zero = () => Object.fromEntries(DRAFT_OUTCOMES.map((o) => [o, 0])) as Record<DraftOutcome, number>;
  const result = { model: zero(), rules: zero() };
  for (const d of drafts) result[d.source][d.outcome] += 1;
  return result;
}

const zeroCategories = () => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;

function attainment(tickets: ReportTicket[]): number | null {
  const met = tickets.filter((t) => t.firstResponse === 'met').length;
  const breached = tickets.filter((t) => t.firstResponse === 'breached').length;
  return met + breached === 0 ? null : Math.round((met / (met + breached)) * 1000) / 10;
}

function dayKey(at: Date, timeZone: string): string {
  const d = new TZDate(at.getTime(), timeZone);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function computeReport(input: ReportInput): Report {
  const { tickets } = input;
  const byCategory = zeroCategories();
  const byPriority = Object.fromEntries(PRIORITIES.map((p) => [p, 0])) as Record<Priority, number>;
  for (const t of tickets) {
    byCategory[t.category] += 1;
    byPriority[t.priority] += 1;
  }
  const responseTimes = tickets
    .filter((t) => t.firstRespondedAt)
    .map((t) => t.firstRespondedAt!.getTime() - t.createdAt.getTime());
  const ratings = tickets.map((t) => t.rating).filter((r): r is number => r !== null);
  const distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } as Record<1 | 2 | 3 | 4 | 5, number>;
  for (const r of ratings) distribution[r as 1 | 2 | 3 | 4 | 5] += 1;

  const repeated: Report['repeated'] = [];
  for (const attribute of ['device', 'region', 'network', 'os'] as const) {
    const groups = new Map<string, { category: Category; value: string; count: number }>();
    for (const t of tickets) {
      const value = t.facts[attribute];
      if (!value) continue;
      const key = `${t.category}|${value}`;
      const g = groups.get(key) ?? { category: t.category, value, count: 0 };
      g.count += 1;
      groups.set(key, g);
    }
    for (const g of groups.values()) if (g.count >= 2) repeated.push({ ...g, attribute });
  }
  repeated.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));

  // Every day of the range appears, quiet ones too, so a chart never hides a gap.
  const days = new Map<string, ReportTicket[]>();
  for (let at = input.since.getTime(); at < input.until.getTime(); at += 86_400_000)
    days.set(dayKey(new Date(at), input.timeZone), []);
  for (const t of tickets) {
    const key = dayKey(t.createdAt, input.timeZone);
    days.set(key, [...(days.get(key) ?? []), t]);
  }
  const daily = [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, list]) => {
      const counts = zeroCategories();
      const sides = zeroSides();
      for (const t of list) {
        counts[t.category] += 1;
        if (t.side) sides[t.side] += 1;
      }
      return { day, byCategory: counts, attainmentPct: attainment(list), bySide: sides };
    });
  const resolved = tickets.filter((t) => t.status === 'resolved');
  const bySide = { ...zeroSides(), unrecorded: 0 };
  for (const t of resolved) bySide[t.side ?? 'unrecorded'] += 1;

  return {
    since: input.since,
    until: input.until,
    total: tickets.length,
    byCategory,
    byPriority,
    byCustomer: tally(
      tickets.map((t) => t.channelId),
      10,
    ).map(([channelId, count]) => ({ channelId, count })),
    firstResponse: {
      met: tickets.filter((t) => t.firstResponse === 'met').length,
      breached: tickets.filter((t) => t.firstResponse === 'breached').length,
      pending: tickets.filter((t) => t.firstResponse === 'pending').length,
      attainmentPct: attainment(tickets),
      medianMs: median(responseTimes),
      p90Ms: percentile(responseTimes, 0.9),
    },
    escalations: input.escalations,
    satisfaction: {
      count: ratings.length,
      average: ratings.length ? Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 100) / 100 : null,
      distribution,
    },
    top: {
      devices: tally(tickets.map((t) => t.facts.device)),
      networks: tally(tickets.map((t) => t.facts.network)),
      regions: tally(tickets.map((t) => t.facts.region)),
      scenarios: tally(tickets.map((t) => t.facts.scenario)),
    },
    repeated: repeated.slice(0, 8),
    daily,
    bySide,
    rootCauses: tallyCauses(resolved.map((t) => t.rootCause ?? '')),
    rising: risingValues(input),
    drafts: draftOutcomes(input.drafts),
    knownProblems: knownProblemLines(input),
  };
}
