package org.lianfang.examples.city;

import org.lianfang.UnitId;
import org.lianfang.organization.UnitKind;
import org.lianfang.risk.ReviewState;

/**
 * What the plan fixes about one unit before its records are generated: its place in the tree and how many records of
 * each kind it gets. Counting is cheap, so the totals and the timeline are known without generating anything.
 * Filled in by {@link Plan} and never changed afterwards.
 */
final class UnitPlan {
  final int index;
  final int parent;
  final int depth;
  final String code;
  final String name;
  final UnitKind kind;
  final Area area;
  UnitId id;
  int posts;
  int extraOfficials;
  int powers;
  int unitWidePoints;
  /** Risk points by {@link ReviewState} ordinal. */
  final int[] states = new int[ReviewState.values().length];
  int comments;
  int noticeDays;

  UnitPlan(int index, int parent, int depth, String code, String name, UnitKind kind, Area area) {
    this.index = index;
    this.parent = parent;
    this.depth = depth;
    this.code = code;
    this.name = name;
    this.kind = kind;
    this.area = area;
  }

  int officials() {
    return posts + extraOfficials;
  }

  int points() {
    int n = 0;
    for (int s : states) {
      n += s;
    }
    return n;
  }

  int count(ReviewState s) {
    return states[s.ordinal()];
  }

  /** @return the points that went through review, grading and beyond: all but drafts */
  int reviewed() {
    return points() - count(ReviewState.DRAFT);
  }

  /** @return the points that were ever published */
  int published() {
    return count(ReviewState.PUBLISHED) + confirmed();
  }

  /** @return the points that were ever confirmed */
  int confirmed() {
    return count(ReviewState.CONFIRMED) + revised();
  }

  /** @return the points made stale or retired in the revision phase */
  int revised() {
    return count(ReviewState.STALE) + count(ReviewState.RETIRED);
  }

  /** @return the events of the organisation phase: each post, official, tenure and power item registered */
  int organisationEvents() {
    return posts + officials() + posts + powers;
  }

  /** @return the control measures: two per point (issue 11) */
  int measures() {
    return 2 * points();
  }

  /**
   * @return the events of the measures phase: each measure drafted; those of points ever confirmed also registered
   *     and put in force
   */
  int measureEvents() {
    return measures() + 2 * 2 * confirmed();
  }

  /** @return how many journal entries the unit's generation makes; a retired point's two measures are retired too */
  long journalEntries() {
    return 1L + organisationEvents() + points() + 2L * reviewed() + published() + comments + confirmed()
        + measureEvents() + revised() + 2L * count(ReviewState.RETIRED);
  }
}
