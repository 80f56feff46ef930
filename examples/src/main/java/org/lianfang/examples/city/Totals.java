package org.lianfang.examples.city;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.lianfang.risk.ReviewState;

/**
 * How many records of each kind a generated city holds. Computed from the city's plan, without generating the records.
 * Immutable and thread-safe.
 *
 * @param units units, the root included
 * @param posts posts
 * @param officials officials: one holding each post, plus a few per unit holding none (借调、挂职)
 * @param tenures tenures: one open tenure per post
 * @param powerItems power items
 * @param riskPoints risk points
 * @param riskPointsByState risk points by review state, every state present (possibly 0), unmodifiable
 * @param unitWideRiskPoints risk points of a unit as a whole (部门风险)
 * @param gradedRiskPoints risk points with a grade: all but the drafts
 * @param noticeComments comments received while points were published (公示)
 * @param controlMeasures control measures: two per risk point (issue 11)
 * @param journalEntries journal entries over all units' chains
 * @param depth the depth of the unit tree (the root is at depth 0)
 */
public record Totals(
    long units, long posts, long officials, long tenures, long powerItems, long riskPoints,
    Map<ReviewState, Long> riskPointsByState, long unitWideRiskPoints, long gradedRiskPoints, long noticeComments,
    long controlMeasures, long journalEntries, int depth) {

  /** @throws NullPointerException if the map is null */
  public Totals {
    EnumMap<ReviewState, Long> copy = new EnumMap<>(ReviewState.class);
    for (ReviewState s : ReviewState.values()) {
      copy.put(s, riskPointsByState.getOrDefault(s, 0L));
    }
    riskPointsByState = Collections.unmodifiableMap(copy);
  }

  static Totals of(long units, long posts, long officials, long tenures, long powers, long[] states, long unitWide,
      long comments, long measures, long journal, int depth) {
    EnumMap<ReviewState, Long> byState = new EnumMap<>(ReviewState.class);
    long points = 0;
    for (ReviewState s : ReviewState.values()) {
      byState.put(s, states[s.ordinal()]);
      points += states[s.ordinal()];
    }
    return new Totals(units, posts, officials, tenures, powers, points, byState, unitWide,
        points - states[ReviewState.DRAFT.ordinal()], comments, measures, journal, depth);
  }

  /** @return the counts on a few lines, for people */
  public String toText() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(java.util.Locale.ROOT,
        "units %,d (depth %d)%nposts %,d%nofficials %,d%ntenures %,d%npower items %,d%n"
            + "risk points %,d (unit-wide %,d, graded %,d)%n",
        units, depth, posts, officials, tenures, powerItems, riskPoints, unitWideRiskPoints, gradedRiskPoints));
    b.append("  by state:");
    riskPointsByState.forEach((s, n) -> b.append(String.format(java.util.Locale.ROOT, " %s %,d", s, n)));
    b.append(String.format(java.util.Locale.ROOT, "%nnotice comments %,d%ncontrol measures %,d%njournal entries %,d%n",
        noticeComments, controlMeasures, journalEntries));
    return b.toString();
  }
}
