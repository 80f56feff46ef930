package org.lianfang.application;

import java.util.List;
import org.lianfang.risk.RiskPoint;

/** P-3: when a post, power item or process changes, the risk points on it must be re-reviewed and re-graded. */
final class Staleness {
  private Staleness() {}

  static void mark(Session s, List<RiskPoint> points, String cause) {
    for (RiskPoint p : points) {
      p.markStale(s.actor.id(), s.now, cause).ifPresent(c -> s.store.riskPoints().update(s.record(c)));
    }
  }
}
