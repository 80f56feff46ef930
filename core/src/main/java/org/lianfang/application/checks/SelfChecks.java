package org.lianfang.application.checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckState;
import org.lianfang.checks.HalfYear;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.SelfCheckFigures;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SelfCheckReportId;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningState;

/** Finding a self-check a command names, whether the actor may act on it, and reading its figures. Stateless. */
final class SelfChecks {
  private SelfChecks() {}

  /**
   * @param s the command's session
   * @param id the self-check named
   * @param above whether the command is the unit above's (to acknowledge) rather than the unit's own
   * @param expectedVersion the version the command expects, if any
   * @return the report, or the refusal: as for one that does not exist if the actor may not read its unit's
   *     organisation (issue 10, finding 12), not allowed (the unit's own steps need {@code REVIEW_CHECKS} on it, the
   *     acknowledgement {@code REVIEW_CHECKS} on the unit above it), or stale
   */
  static Found find(Session s, SelfCheckReportId id, boolean above, OptionalLong expectedVersion) {
    Refusal unknown = Refusals.unknown("自查报告", "self-check", id);
    Optional<SelfCheckReport> found = s.store().selfCheckReports().find(id);
    if (found.isEmpty()) {
      return new Found(null, Optional.of(unknown));
    }
    SelfCheckReport r = found.get();
    Optional<Refusal> refused;
    if (above) {
      List<UnitId> path = s.path(r.unitId());
      refused = s.denyUnseen(Operation.READ_CHECKS, r.unitId(), unknown);
      if (refused.isEmpty()) {
        refused = path.size() < 2 ? Optional.of(Refusals.rule("该单位没有上级单位，自查报告无处报送确认",
            "the unit has no unit above it to acknowledge its self-check"))
            : s.deny(Operation.REVIEW_CHECKS, path.get(path.size() - 2));
      }
    } else {
      refused = s.denyUnseen(Operation.REVIEW_CHECKS, r.unitId(), unknown);
    }
    refused = refused.or(() -> VersionCheck.refuseIfStale(r, expectedVersion, "自查报告", "self-check"));
    return new Found(r, refused);
  }

  /**
   * @param s the session
   * @param unit the unit
   * @param half the half
   * @param asOf the day they are read
   * @return the unit's figures of the half as its records stand (P-23)
   */
  static SelfCheckFigures figures(Session s, UnitId unit, HalfYear half, LocalDate asOf) {
    int checks = 0;
    int[] rated = new int[CheckRating.values().length];
    for (MonthlyCheck c : s.store().monthlyChecks().inUnit(unit)) {
      if (half.contains(c.month()) && c.state() != CheckState.OPEN) {
        checks++;
        c.rows().forEach(r -> rated[r.rating().ordinal()]++);
      }
    }
    int opened = 0;
    int closed = 0;
    int overdue = 0;
    for (RectificationItem i : s.store().rectificationItems().inUnit(unit)) {
      opened += half.contains(i.opened()) ? 1 : 0;
      closed += i.life().closed().filter(half::contains).isPresent() ? 1 : 0;
      overdue += i.overdue(asOf) ? 1 : 0;
    }
    int issued = 0;
    int ended = 0;
    for (Warning w : s.store().warnings().inUnit(unit)) {
      issued += half.contains(w.rounds().get(0).issued()) ? 1 : 0;
      ended += w.end().filter(e -> e.state() == WarningState.CLOSED && half.contains(e.day())).isPresent() ? 1 : 0;
    }
    return new SelfCheckFigures(asOf, checks, rated[CheckRating.FULL.ordinal()],
        rated[CheckRating.PARTIAL.ordinal()], rated[CheckRating.NONE.ordinal()], opened, closed, overdue, issued,
        ended);
  }

  /** A self-check, or why the command is refused. */
  record Found(SelfCheckReport report, Optional<Refusal> refused) {}
}
