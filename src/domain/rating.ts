/** One person's rating of a ticket. */
export interface PersonRating {
  userId: string;
  rating: number;
  ratedAt: Date;
}

/**
 * The ticket's rating when several people of the customer's team rated it: the rating of the person who opened
 * the ticket if they rated, otherwise the most recent rating (the later of two at the same moment: the higher
 * user id, so the answer does not depend on the order the rows were read). Undefined when nobody rated.
 */
export function ticketRating(ratings: readonly PersonRating[], requesterId: string): PersonRating | undefined {
  const own = ratings.find((r) => r.userId === requesterId);
  if (own) return own;
  let latest: PersonRating | undefined;
  for (const r of ratings) {
    const t = r.ratedAt.getTime();
    const best = latest?.ratedAt.getTime();
    if (best === undefined || t > best || (t === best && r.userId > latest!.userId)) latest = r;
  }
  return latest;
}
