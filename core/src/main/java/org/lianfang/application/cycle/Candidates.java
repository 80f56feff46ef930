package org.lianfang.application.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.AppraisalItem;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.cycle.RevisionCandidate.Source;
import org.lianfang.cycle.RevisionCandidate;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationState;
import org.lianfang.monitoring.Report;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * The candidate changes of a unit's revision (S-12, P-3, P-25, P-26), found since its register last froze: points
 * stale now, appraisal items flagged in rounds analysed after that day, reports received after it and linked to
 * points, and items not closed. Each source only as far as the reader may read it (reports only in clear).
 * Stateless.
 */
final class Candidates {
  private Candidates() {}

  /**
   * @param s the reader's session, in a snapshot
   * @param unit a unit whose risks the reader may read
   * @return its candidates, by source, then by the record's id and the point
   */
  static List<RevisionCandidate> of(Session s, UnitId unit) {
    Optional<LocalDate> since = s.store().registers().years(unit).stream().max(Comparator.naturalOrder())
        .flatMap(y -> s.store().registers().frozenOn(unit, y));
    List<RevisionCandidate> out = new ArrayList<>();
    for (RiskPoint p : s.store().riskPoints().inUnit(unit)) {
      if (p.state() == ReviewState.STALE) {
        String why = p.history().isEmpty() ? "" : p.history().get(p.history().size() - 1).note();
        out.add(new RevisionCandidate(Source.STALE_POINT, p.id().value().toString(), Optional.of(p.id()),
            "风险点 " + p.code() + " 已过时，须重新审核定级" + (why.isBlank() ? "" : "：" + why)));
      }
    }
    if (s.may(Operation.READ_CHECKS, unit, false)) {
      for (AppraisalRound r : s.store().appraisalRounds().inUnit(unit)) {
        if (r.life().analysed().filter(d -> since.map(d::isAfter).orElse(true)).isEmpty()) {
          continue;
        }
        for (int i : r.life().flagged()) {
          AppraisalItem item = r.plan().items().get(i);
          out.add(new RevisionCandidate(Source.APPRAISAL, r.id().value().toString(), item.point(), "群众评议“"
              + r.plan().title() + "”第 " + (i + 1) + " 项“" + item.question() + "”不满意率达到修正线"));
        }
      }
    }
    // a report's links are part of what its seal hides (P-11): only a reader of reports in clear sees them
    if (s.may(Operation.READ_REPORTS, unit, false) && s.may(Operation.READ_SEALED, unit, false)) {
      for (Report r : s.store().reports().inUnit(unit)) {
        if (since.map(d -> r.intake().received().isAfter(d)).orElse(true)) {
          for (RiskPointId p : r.links().points()) {
            out.add(new RevisionCandidate(Source.REPORT, r.id().value().toString(), Optional.of(p), "收到的举报涉及该风险点（"
                + r.intake().received() + "，" + r.intake().channel().chinese() + "）"));
          }
        }
      }
    }
    if (s.may(Operation.READ_MONITORING, unit, false)) {
      for (RectificationItem item : s.store().rectificationItems().inUnit(unit)) {
        if (item.state() == RectificationState.CLOSED) {
          continue;
        }
        String why = (item.carried().isPresent() ? "结转的" : "未销号的") + "整改事项：" + item.terms().problem();
        List<Optional<RiskPointId>> points = item.terms().points().isEmpty() ? List.of(Optional.empty())
            : item.terms().points().stream().map(Optional::of).toList();
        points.forEach(p -> out.add(new RevisionCandidate(Source.ITEM, item.id().value().toString(), p, why)));
      }
    }
    out.sort(Comparator.comparing(RevisionCandidate::source).thenComparing(RevisionCandidate::reference)
        .thenComparing(c -> c.point().map(p -> p.value().toString()).orElse("")));
    return out;
  }
}
