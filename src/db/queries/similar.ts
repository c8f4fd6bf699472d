import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../client.js';
import type { Category } from '../../domain/taxonomy.js';
import type { ResolutionSide } from '../../domain/resolution.js';
import { FACT_WEIGHT, MIN_SIMILARITY } from '../../domain/similarity.js';

/** A resolved ticket like the one at hand: what was wrong and what fixed it, and where its card is. */
export interface SimilarTicket {
  id: number;
  side: ResolutionSide | null;
  rootCause: string | null;
  fix: string | null;
  resolvedAt: Date;
  /** The past ticket's card in the triage channel, for a link. */
  triageTs: string | null;
  score: number;
}

/**
 * How many of the newest matching tickets of the category are scored. A word every complaint uses matches most of the
 * table; scoring all of them would grow with it (100,000 resolved tickets took hundreds of milliseconds), while the
 * newest few hundred hold the causes that still apply. See test/bench/similar.ts for the figures and plans.
 */
export const SIMILAR_WINDOW = 400;

/** PostgreSQL's array literal, each element quoted, so any fact value (commas, quotes, braces) stays one element. */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

/**
 * Up to `limit` resolved tickets of the same category that share the most terms with `terms` (a fact counts
 * FACT_WEIGHT times, a word once), newest first among equals; only tickets whose cause or fix was recorded.
 */
export async function similarResolved(
  db: Executor,
  params: { category: Category; terms: readonly string[]; excludeTicketId?: number; limit?: number },
): Promise<SimilarTicket[]> {
  if (params.terms.length === 0) return [];
  const terms = textArrayLiteral(params.terms);
  const result = await db.execute(sql`
    with candidates as (
      select id, side, root_cause, fix, resolved_at, triage_ts, search_terms
      from tickets
      where status = 'resolved' and (root_cause is not null or fix is not null)
        and category = ${params.category}
        and search_terms && ${terms}::text[]
        and id <> ${params.excludeTicketId ?? 0}
      order by resolved_at desc nulls last
      limit ${SIMILAR_WINDOW}
    ), scored as (
      select c.*, (
        select coalesce(sum(case when strpos(term, '=') > 0 then ${FACT_WEIGHT}::int else 1 end), 0)::int
        from unnest(${terms}::text[]) as term
        where c.search_terms @> array[term]
      ) as score
      from candidates c
    )
    select id, side, root_cause, fix, resolved_at, triage_ts, score
    from scored
    where score >= ${MIN_SIMILARITY}
    order by score desc, resolved_at desc, id desc
    limit ${params.limit ?? 3}`);
  return rowsOf<Record<string, unknown>>(result).map((r) => ({
    id: Number(r.id),
    side: (r.side as ResolutionSide | null) ?? null,
    rootCause: (r.root_cause as string | null) ?? null,
    fix: (r.fix as string | null) ?? null,
    resolvedAt: new Date(r.resolved_at as string),
    triageTs: (r.triage_ts as string | null) ?? null,
    score: Number(r.score),
  }));
}
