import { gradeInForce, gradeInForceSql } from './provider-grade.policy.js';

describe('grade in force', () => {
  const now = Date.parse('2026-12-01T00:00:00Z');
  it('counts the current stars only while they are valid', () => {
    expect(gradeInForce({ currentStars: 4, currentRatingValidUntil: new Date(now + 1) }, now)).toBe(4);
    expect(gradeInForce({ currentStars: 4, currentRatingValidUntil: new Date(now) }, now)).toBeNull();
    expect(gradeInForce({ currentStars: null, currentRatingValidUntil: new Date(now + 1) }, now)).toBeNull();
    expect(gradeInForce({ currentStars: 3, currentRatingValidUntil: null }, now)).toBeNull();
  });
  it('says the same in SQL', () => {
    expect(gradeInForceSql('p')).toBe('(CASE WHEN p.current_rating_valid_until > now() THEN p.current_stars END)');
  });
});
