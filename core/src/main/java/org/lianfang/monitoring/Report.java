package org.lianfang.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.risk.RiskPointId;

/**
 * A report (检举控告 / 信访, P-19) concerning a unit, logged by the discipline body: what came in
 * ({@link ReportIntake}), where it is ({@link ReportLife}) and what its triage linked it to ({@link ReportLinks}). It
 * is forwarded to the body that handles it or accepted here within {@link ReportDeadlines#forward} working days,
 * disposed of one of the four ways, closed with its result; a real-name reporter is told of the acceptance and of the
 * result within their deadlines. Every step follows {@link ReportTransitions}, the one table.
 *
 * <p>Confidential (P-11, P-19): the reporter and the content are kept in clear with a random seal for those cleared to
 * read sealed identities and hidden from everyone else ({@link #sealed()}); the events name neither, nor the subject;
 * {@link #toString()} shows none of them. Immutable and thread-safe.
 */
public final class Report implements Aggregate<ReportId> {
  private final ReportId id;
  private final UnitId unitId;
  private final ReportIntake intake;
  private final ReportLife life;
  private final ReportLinks links;
  private final long version;

  private Report(ReportId id, UnitId unitId, ReportIntake intake, ReportLife life, ReportLinks links, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.intake = Objects.requireNonNull(intake, "intake");
    this.life = Objects.requireNonNull(life, "life");
    this.links = Objects.requireNonNull(links, "links");
    this.version = version;
    if (life.lastDay().map(d -> d.isBefore(intake.received())).orElse(false)) {
      throw new IllegalArgumentException("a report's steps come on or after the day it was received");
    }
    if (!intake.realName() && (life.acceptanceTold().isPresent() || life.resultTold().isPresent())) {
      throw new IllegalArgumentException("only a real-name reporter is told");
    }
  }

  /**
   * Logs a report, not yet stored.
   *
   * @param id the id
   * @param unitId the unit it concerns
   * @param intake what came in
   * @param today the day it is logged
   * @param deadlines the working-day deadlines (P-19)
   * @return the report and its {@link MonitoringEvent.ReportReceived} event, or a refusal if it was received after
   *     today
   */
  public static Outcome<Change<Report>> receive(ReportId id, UnitId unitId, ReportIntake intake, LocalDate today,
      ReportDeadlines deadlines) {
    Objects.requireNonNull(intake, "intake");
    if (intake.received().isAfter(today)) {
      return Outcome.refused(Refusal.invalidField("received", "NotInTheFuture", "收到日期", "day received",
          "收到日期 " + intake.received() + " 晚于今天 " + today,
          "the day received, " + intake.received() + ", is after today, " + today));
    }
    Report report = new Report(id, unitId, intake, ReportLife.RECEIVED, ReportLinks.NONE, 0);
    return Outcome.accepted(Change.of(report, new MonitoringEvent.ReportReceived(unitId, id, intake.channel(),
        intake.received(), intake.realName(), deadlines.forwardBy(intake.received()))));
  }

  /**
   * Rebuilds a stored report; for store adapters.
   *
   * @param id the id
   * @param unitId the unit it concerns
   * @param intake what came in
   * @param life where it is
   * @param links what its triage linked it to
   * @param version the stored version
   * @return the report
   */
  public static Report restore(ReportId id, UnitId unitId, ReportIntake intake, ReportLife life, ReportLinks links,
      long version) {
    return new Report(id, unitId, intake, life, links, version);
  }

  /**
   * Takes one step of {@link ReportTransitions} on a day, with what it needs and nothing else: the body it goes to
   * when forwarded, the way and a note when disposed of, the result when closed; nothing to accept or tell.
   *
   * @param action the step
   * @param day the day
   * @param way the way it is disposed of, for {@link ReportAction#DISPOSE} only
   * @param remark the body, the note or the result
   * @param deadlines the working-day deadlines (P-19)
   * @return the report and its {@link MonitoringEvent.ReportStepped} event, or a refusal naming the field and the
   *     rule
   */
  public Outcome<Change<Report>> act(ReportAction action, LocalDate day, Optional<Disposal> way,
      Optional<String> remark, ReportDeadlines deadlines) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(way, "way");
    Objects.requireNonNull(remark, "remark");
    ReportState from = life.state();
    if (ReportTransitions.target(from, action).isEmpty()) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
          "举报处于“" + from.chinese() + "”状态，不能" + action.chinese(),
          "the report is " + from.code() + "; " + action.code() + " is not allowed"));
    }
    if (action.tellsTheReporter() && !intake.realName()) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "匿名举报无人可告知，不能" + action.chinese(),
          "an anonymous report has no one to tell; " + action.code() + " is not allowed"));
    }
    if (action == ReportAction.TELL_ACCEPTANCE && life.acceptanceTold().isPresent()) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "已于 " + life.acceptanceTold().get() + " 告知受理", "the reporter was told of the acceptance on "
              + life.acceptanceTold().get()));
    }
    LocalDate last = life.lastDay().orElse(intake.received());
    if (day.isBefore(last)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "日期 " + day + " 早于该举报上一步的日期 " + last,
          "the day " + day + " is before the report's last step, on " + last));
    }
    boolean disposing = action == ReportAction.DISPOSE;
    if (disposing != way.isPresent()) {
      return Outcome.refused(Refusal.invalidField("disposal", "DisposalWhereNeeded", "处置方式", "disposal",
          disposing ? "处置须选定处置方式" : action.chinese() + "不选处置方式",
          disposing ? "a disposal names its way" : action.code() + " takes no disposal"));
    }
    boolean remarked = action == ReportAction.FORWARD || disposing || action == ReportAction.CLOSE;
    if (remarked != remark.isPresent()) {
      return Outcome.refused(Refusal.invalidField("remark", "RemarkWhereNeeded", "说明", "remark",
          remarked ? action.chinese() + "须写明转往机关、处置意见或办理结果" : action.chinese() + "不附说明",
          remarked ? action.code() + " needs the body, the note or the result" : action.code()
              + " takes no remark"));
    }
    ReportLife l = life;
    Optional<LocalDate> today = Optional.of(day);
    ReportLife after = switch (action) {
      case FORWARD -> new ReportLife(remark.map(text -> new Remark(day, text)), l.accepted(), l.acceptanceTold(),
          l.disposal(), l.closed(), l.resultTold());
      case ACCEPT -> new ReportLife(l.forwarded(), today, l.acceptanceTold(), l.disposal(), l.closed(),
          l.resultTold());
      case TELL_ACCEPTANCE -> new ReportLife(l.forwarded(), l.accepted(), today, l.disposal(), l.closed(),
          l.resultTold());
      case DISPOSE -> new ReportLife(l.forwarded(), l.accepted(), l.acceptanceTold(),
          Optional.of(new ReportDisposal(day, way.get(), remark.get())), l.closed(), l.resultTold());
      case CLOSE -> new ReportLife(l.forwarded(), l.accepted(), l.acceptanceTold(), l.disposal(),
          remark.map(text -> new Remark(day, text)), l.resultTold());
      case TELL_RESULT -> new ReportLife(l.forwarded(), l.accepted(), l.acceptanceTold(), l.disposal(), l.closed(),
          today);
    };
    Optional<LocalDate> due = Optional.empty();
    if (intake.realName() && action == ReportAction.ACCEPT) {
      due = Optional.of(deadlines.acceptanceNoticeBy(intake.received()));
    } else if (intake.realName() && action == ReportAction.CLOSE) {
      due = Optional.of(deadlines.resultNoticeBy(day));
    }
    return Outcome.accepted(Change.of(new Report(id, unitId, intake, after, links, version),
        new MonitoringEvent.ReportStepped(unitId, id, action, day, way, due)));
  }

  /**
   * Links a report handled here to risk points of its unit and to warnings it raised (its triage, P-19).
   *
   * @param points points to link, none linked already
   * @param warnings warnings to link, none linked already
   * @return the report and its {@link MonitoringEvent.ReportLinked} event, or a refusal if it is not handled here,
   *     nothing new is linked, or something is linked twice
   */
  public Outcome<Change<Report>> link(List<RiskPointId> points, List<WarningId> warnings) {
    if (!life.state().handledHere()) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
          "举报处于“" + life.state().chinese() + "”状态，受理后才能关联风险点或预警",
          "the report is " + life.state().code() + "; it is linked once accepted"));
    }
    if (points.isEmpty() && warnings.isEmpty()) {
      return Outcome.refused(Refusal.invalidField("points", "SomethingToLink", "关联风险点", "points linked",
          "须关联至少一个风险点或预警", "link at least one risk point or warning"));
    }
    List<RiskPointId> allPoints = new ArrayList<>(links.points());
    allPoints.addAll(points);
    List<WarningId> allWarnings = new ArrayList<>(links.warnings());
    allWarnings.addAll(warnings);
    if (allPoints.stream().distinct().count() != allPoints.size()) {
      return Outcome.refused(Refusal.invalidField("points", "Distinct", "关联风险点", "points linked",
          "同一风险点只能关联一次", "each risk point is linked once"));
    }
    if (allWarnings.stream().distinct().count() != allWarnings.size()) {
      return Outcome.refused(Refusal.invalidField("warnings", "Distinct", "关联预警", "warnings linked",
          "同一预警只能关联一次", "each warning is linked once"));
    }
    return Outcome.accepted(Change.of(
        new Report(id, unitId, intake, life, new ReportLinks(allPoints, allWarnings), version),
        new MonitoringEvent.ReportLinked(unitId, id, points, warnings)));
  }

  /**
   * @return the report as readers without clearance for sealed identities see it (P-11, P-19): the content, the
   *     reporter, the seal, whom it concerns, every text of its steps and its links hidden (a linked point is a post's,
   *     a linked warning names its official); the channel, the days, whether it was made in a name and the way it was
   *     disposed of as they are
   */
  public Report sealed() {
    return new Report(id, unitId, intake.sealed(), life.sealed(), ReportLinks.NONE, version);
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public Report withVersion(long newVersion) {
    return new Report(id, unitId, intake, life, links, newVersion);
  }

  /** @return where it is, {@code life().state()} */
  public ReportState state() {
    return life.state();
  }

  /** @return the id */
  @Override
  public ReportId id() {
    return id;
  }

  /** @return the unit it concerns */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return what came in */
  public ReportIntake intake() {
    return intake;
  }

  /** @return where it is and since when */
  public ReportLife life() {
    return life;
  }

  /** @return what its triage linked it to */
  public ReportLinks links() {
    return links;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Report r
        && id.equals(r.id)
        && unitId.equals(r.unitId)
        && intake.equals(r.intake)
        && life.equals(r.life)
        && links.equals(r.links)
        && version == r.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, intake, life, links, version);
  }

  /** @return the id, the state, the channel and the day received: never the content or the reporter (P-11) */
  @Override
  public String toString() {
    return "Report[" + id + " " + life.state().code() + " " + intake.channel().code() + " " + intake.received() + "]";
  }
}
