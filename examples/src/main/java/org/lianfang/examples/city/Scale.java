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

  /** Ten cities (issue 16): 15,000 units, 600,000 posts, 3,000,000 risk points, shaped as {@link #CITY}. */
  public static final Scale PROVINCE = new Scale(10 * CITY.units, CITY.postsPerUnit, CITY.pointsPerPost);

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

  /**
   * The scale a benchmark's or a walk-through's argument names.
   *
   * @param name {@code city}, {@code province}, {@code small}, or a number of units for a city of that many shaped as
   *     {@link #CITY} (its posts per unit and points per post)
   * @return the scale
   * @throws IllegalArgumentException if the name is none of these
   */
  public static Scale named(String name) {
    return switch (name) {
      case "city" -> CITY;
      case "province" -> PROVINCE;
      case "small" -> SMALL;
      default -> {
        checkArgument(name.matches("[1-9][0-9]{0,8}"), "a scale is city, province, small or a number of units: %s",
            name);
        yield CITY.withUnits(Integer.parseInt(name));
      }
    };
  }

  /**
   * @param count how many units
   * @return a scale of that many units shaped as this one (its posts per unit and points per post)
   */
  public Scale withUnits(int count) {
    return new Scale(count, postsPerUnit, pointsPerPost);
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
