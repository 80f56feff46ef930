package org.lianfang.application.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Concerned;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.internal.Ids;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportDeadlines;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.ReportIntake;
import org.lianfang.monitoring.Reporter;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Unit;

/**
 * Logs a report (P-19): answered as for a unit that does not exist if the actor may not read the unit's organisation
 * (issue 10, finding 12); refused unless the actor may manage the unit's reports; its post, official and points must
 * be the unit's (the official: or a unit's above it); a reporter's name and contact come together, and only for a
 * channel the public reports through (an audit's, an inspection's or e-supervision's finding has no reporter); the day
 * received is today or earlier. The intake is sealed with a seal of its own (P-11).
 */
final class ReceiveReportHandler implements CommandHandler<ReceiveReport, ReportId> {
  private final Ids ids;
  private final ReportDeadlines deadlines;

  ReceiveReportHandler(Ids ids, ReportDeadlines deadlines) {
    this.ids = ids;
    this.deadlines = deadlines;
  }

  @Override
  public Outcome<ReportId> execute(Session s, ReceiveReport c) {
    Optional<Unit> unit = s.unit(c.unit());
    Refusal unknown = Refusals.unknown("单位", "unit", c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(unknown);
    }
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.MANAGE_REPORTS, unit.get(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (c.reporterName().isPresent() != c.reporterContact().isPresent()) {
      return Outcome.refused(Refusals.invalid("reporterContact", "WithTheName", "举报人联系方式", "reporter's contact",
          "实名举报须同时登记举报人姓名和联系方式，匿名举报两者都不登记",
          "a real-name report gives the reporter's name and contact, an anonymous one neither"));
    }
    if (c.reporterName().isPresent() && !c.channel().fromThePublic()) {
      return Outcome.refused(Refusals.invalid("reporterName", "FromThePublic", "举报人姓名", "reporter's name",
          c.channel().chinese() + "是机关自身的发现，没有举报人", "a finding of " + c.channel().code()
              + " is a body's own and has no reporter to name"));
    }
    Optional<Refusal> points = Concerned.points(s, c.unit(), c.points());
    if (points.isPresent()) {
      return Outcome.refused(points.get());
    }
    List<OfficialId> officials = new ArrayList<>();
    c.official().ifPresent(officials::add);
    Optional<Refusal> people = Concerned.people(s, c.unit(), c.post(), officials);
    if (people.isPresent()) {
      return Outcome.refused(people.get());
    }
    Optional<Reporter> reporter = c.reporterName().map(name -> new Reporter(name, c.reporterContact().get()));
    ReportIntake intake = new ReportIntake(c.channel(), c.received(),
        new WarningSubject(c.post(), c.official(), c.points()), c.content(), reporter, ids.seal());
    ReportId id = new ReportId(ids.next());
    return Report.receive(id, c.unit(), intake, s.today(), deadlines).map(change -> {
      s.store().reports().insert(s.record(change));
      return id;
    });
  }
}
