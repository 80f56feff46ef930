package org.lianfang.application.checks;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SelfCheckReportId;
import org.lianfang.internal.Ids;
import org.lianfang.organization.Unit;

/**
 * Drafts a unit's half-year self-check (P-23): answered as for a unit that does not exist if the actor may not find
 * it; refused unless the actor may review the unit's checks (its leader, the discipline body); once per unit and
 * half, for a half begun by today.
 */
final class DraftSelfCheckHandler implements CommandHandler<DraftSelfCheck, SelfCheckReportId> {
  private final Ids ids;

  DraftSelfCheckHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<SelfCheckReportId> execute(Session s, DraftSelfCheck c) {
    Refusal unknown = Refusals.unknown("单位", "unit", c.unit());
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(unknown);
    }
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.REVIEW_CHECKS, unit.get(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (s.store().selfCheckReports().inUnit(c.unit()).stream().anyMatch(r -> r.half().equals(c.half()))) {
      return Outcome.refused(Refusals.invalid("half", "OncePerHalf", "自查期间", "half year",
          unit.get().name() + " 已有 " + c.half() + " 的自查报告", unit.get().code() + " has a self-check of "
              + c.half() + " already"));
    }
    SelfCheckReportId id = new SelfCheckReportId(ids.next());
    return SelfCheckReport.draft(id, c.unit(), c.half(), c.text().toSections(), s.today()).map(change -> {
      s.store().selfCheckReports().insert(s.record(change));
      return id;
    });
  }
}
