package org.lianfang.application.monitoring;

import java.time.LocalDate;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportChannel;
import org.lianfang.monitoring.ReportId;

/**
 * What the report commands share: how they find a report the actor may handle, and how notifications and deadlines
 * name a report, by its channel and day only, never what it says or who said it (P-11). Stateless.
 */
final class Reports {
  private Reports() {}

  /**
   * @param s the command's session
   * @param id a report
   * @return it, if the actor may handle it; refused as unknown if it does not exist or the actor may not read the
   *     unit's reports (whoever may not read a report learns nothing of it), as denied if they may read but not handle
   *     them
   */
  static Outcome<Report> toHandle(Session s, ReportId id) {
    Optional<Report> found = s.store().reports().find(id);
    if (found.isEmpty() || !s.may(Operation.READ_REPORTS, found.get().unitId(), false)) {
      return Outcome.refused(Refusals.unknown("举报", "report", id));
    }
    Optional<Refusal> denied = s.deny(Operation.MANAGE_REPORTS, found.get().unitId());
    return denied.isPresent() ? Outcome.refused(denied.get()) : Outcome.accepted(found.get());
  }

  static String titleZh(ReportChannel channel, LocalDate received) {
    return "举报（" + channel.chinese() + "，" + received + " 收到）";
  }

  static String titleEn(ReportChannel channel, LocalDate received) {
    return "report (" + channel.code() + ", received " + received + ")";
  }
}
