package org.lianfang.risk;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How many comments a notice takes (公示, P-5; issue 10, finding 5): at most {@code perNotice} on one notice, and at
 * most {@code perActorPerDay} from one actor on one notice within any 24 hours. A notice asks the public and the
 * unit's staff for what they know, not for unbounded input from one caller: without a bound, one anonymous caller
 * could make every read of the point read thousands of comments. No source fixes the numbers ([G]); the defaults
 * ({@link #standard()}) are a policy a host may set through {@code Lianfang.Builder#commentLimits}. The actor is the
 * id the host signs in: anonymous visitors sharing {@code Actor.publicVisitor}'s one id share its daily bound, so a
 * host that wants a bound per person gives each visitor an id of their own (sealed, P-11). Immutable.
 *
 * @param perNotice the most comments one notice holds, from 1
 * @param perActorPerDay the most comments one actor leaves on one notice within 24 hours, from 1
 */
public record CommentLimits(int perNotice, int perActorPerDay) {
  /** @throws IllegalArgumentException if a bound is below 1 */
  public CommentLimits {
    checkArgument(perNotice >= 1, "perNotice must be at least 1: %s", perNotice);
    checkArgument(perActorPerDay >= 1, "perActorPerDay must be at least 1: %s", perActorPerDay);
  }

  /** @return 500 comments a notice, 20 from one actor on one notice a day ([G], configurable) */
  public static CommentLimits standard() {
    return new CommentLimits(500, 20);
  }
}
