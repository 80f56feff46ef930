package org.lianfang.examples.city;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How big a generated city is. Posts are exactly {@code units × postsPerUnit} and risk points exactly
 * {@code posts × pointsPerPost}; how they spread over the units varies. Immutable and thread-safe.
 *
 * @param units how many units, the city root included
 * @param postsPerUnit the average number of posts per unit
 * @param pointsPerPost risk points per post, a few of them unit-wide (部门风险)
 */
public record Scale(int units, int postsPerUnit, int pointsPerPost) {
  /** One city as in ARCHITECTURE.md decision 9: 1,500 units, 60,000 posts, 300,000 risk points. */
  public static final Scale CITY = new Scale(1_500, 40, 5);

  /** A small city for tests and walk-throughs: 20 units, 400 posts, 2,000 risk points. */
  public static final Scale SMALL = new Scale(20, 20, 5);

  /**
   * @throws IllegalArgumentException if there is no unit or no post per unit, points per post are negative, or the
   *     city would have more than {@link Integer#MAX_VALUE} posts or points
   */
  public Scale {
    checkArgument(units >= 1, "a city has at least one unit: %s", units);
    checkArgument(postsPerUnit >= 1, "every unit has at least one post: %s", postsPerUnit);
    checkArgument(pointsPerPost >= 0, "points per post must not be negative: %s", pointsPerPost);
    checkArgument((double) units * postsPerUnit * Math.max(1, pointsPerPost) <= Integer.MAX_VALUE,
        "too large: %s units × %s posts × %s points", units, postsPerUnit, pointsPerPost);
  }

  /**
   * @param units how many units, the root included
   * @param postsPerUnit the average number of posts per unit
   * @param pointsPerPost risk points per post
   * @return the scale
   * @throws IllegalArgumentException as the constructor
   */
  public static Scale of(int units, int postsPerUnit, int pointsPerPost) {
    return new Scale(units, postsPerUnit, pointsPerPost);
  }

  /** @return the number of posts: {@code units × postsPerUnit} */
  public long posts() {
    return (long) units * postsPerUnit;
  }

  /** @return the number of risk points: {@code posts() × pointsPerPost} */
  public long riskPoints() {
    return posts() * pointsPerPost;
  }
}
