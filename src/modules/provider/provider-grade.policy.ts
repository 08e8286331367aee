// The grade in force (星级): a provider's current stars count only while their validity lasts. Pure: no Nest, no
// database; the SQL form is the same rule for queries over the providers table.

/** The stars in force at `now`: the current grade while valid; null when never graded or expired. */
export function gradeInForce(
  provider: { currentStars: number | null; currentRatingValidUntil: Date | null },
  now: number = Date.now(),
): number | null {
  const until = provider.currentRatingValidUntil;
  return provider.currentStars != null && until != null && until.getTime() > now ? provider.currentStars : null;
}

/** gradeInForce in SQL for a providers alias: the stars, or NULL. */
export const gradeInForceSql = (alias: string): string => `(CASE WHEN ${alias}.current_rating_valid_until > now() THEN ${alias}.current_stars END)`;
