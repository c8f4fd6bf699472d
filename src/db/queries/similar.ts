import { sql } from 'drizzle-orm';
import { rowsOf, type Executor } from '../client.js';
import { textArrayLiteral } from '../text-array.js';
import type { Category } from '../../domain/taxonomy.js';
import type { ResolutionSide } from '../../domain/resolution.js';
import { MIN_SIMILARITY, similarityScore } from '../../domain/similarity.js';

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
 * table; scoring all of them grows with it (hundreds of milliseconds at 100,000 resolved tickets), while the newest
 * few hundred hold the causes that still apply. See test/bench/similar.ts for the figures and plans.
 */
export const SIMILAR_WINDOW = 300;

/**
 * Up to `limit` resolved tickets of the same category that share the most terms with `terms` (see similarityScore: a
 * fact counts FACT_WEIGHT times, a word once), newest first among equals; only tickets whose cause or fix was
 * recorded. The database finds the newest SIMILAR_WINDOW candidates by index; they are scored here, which costs less
 * than scoring them in SQL (one array test per term per row).
 */
export async function similarResolved(
  db: Executor,
  params: { category: Category; terms: readonly string[]; excludeTicketId?: number; limit?: number },
): Promise<SimilarTicket[]> {
  if (params.terms.length === 0) return [];
  const result = await db.execute(sql`
    select id, side, root_cause, fix, resolved_at, triage_ts, search_terms
    from tickets
    where status = 'resolved' and (root_cause is not null or fix is not null)
      and category = ${params.category}
      and search_terms && ${textArrayLiteral(params.terms)}::text[]
      and id <> ${params.excludeTicketId ?? 0}
    order by resolved_at desc nulls last
    limit ${SIMILAR_WINDOW}`);
  return rowsOf<Record<string, unknown>>(result)
    .map((r) => ({
      id: Number(r.id),
      side: (r.side as ResolutionSide | null) ?? null,
      rootCause: (r.root_cause as string | null) ?? null,
      fix: (r.fix as string | null) ?? null,
      resolvedAt: new Date(r.resolved_at as string),
      triageTs: (r.triage_ts as string | null) ?? null,
      score: similarityScore(params.terms, r.search_terms as string[]),
    }))
    .filter((t) => t.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || b.resolvedAt.getTime() - a.resolvedAt.getTime() || b.id - a.id)
    .slice(0, params.limit ?? 3);
}
