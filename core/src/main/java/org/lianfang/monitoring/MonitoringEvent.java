package org.lianfang.monitoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.DomainEvent;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.MonitoringIndicator;
import org.lianfang.risk.RiskPointId;

/** Events of the third defense line (S-9). Each names the unit whose journal chain records it. */
public sealed interface MonitoringEvent extends DomainEvent {

  /**
   * @param unitId the unit warned
   * @param warningId the warning
   * @param subject whom it is addressed to
   * @param notice the notice
   * @param level the level it was issued at
   * @param day the day it was issued
   * @param replyDue the last day for the reply
   */
  record WarningIssued(UnitId unitId, WarningId warningId, WarningSubject subject, WarningNotice notice,
      WarningLevel level, LocalDate day, LocalDate replyDue) implements MonitoringEvent {
    @Override
    public String type() {
      return "warning.issued";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("warning", warningId).put("subject", subject).put("notice", notice)
          .put("level", level).put("day", day).put("replyDue", replyDue).build();
    }
  }

  /**
   * A step of a warning's closed loop, its type after the step ({@link WarningAction#eventType()}).
   *
   * @param unitId the unit warned
   * @param warningId the warning
   * @param action the step
   * @param day the day
   * @param level the level after the step: one up after a failed verification
   * @param reply the reply given
   * @param remark why a reply was returned, what a verification found, or why it was transferred or cancelled
   * @param due the deadline the step set: the verification's when a reply is accepted, the new reply's after a
   *     failed verification
   */
  record WarningStepped(UnitId unitId, WarningId warningId, WarningAction action, LocalDate day, WarningLevel level,
      Optional<WarningReply> reply, Optional<String> remark, Optional<LocalDate> due) implements MonitoringEvent {
    /** @throws NullPointerException if a part is null */
    public WarningStepped {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(level, "level");
      Objects.requireNonNull(reply, "reply");
      Objects.requireNonNull(remark, "remark");
      Objects.requireNonNull(due, "due");
    }

    @Override
    public String type() {
      return action.eventType();
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("warning", warningId).put("day", day).put("level", level)
          .put("reply", reply).put("remark", remark).put("due", due).build();
    }
  }

  /**
   * @param unitId the unit that must rectify
   * @param itemId the item
   * @param terms what it asks
   * @param day the day it was opened
   */
  record RectificationOpened(UnitId unitId, RectificationItemId itemId, RectificationTerms terms, LocalDate day)
      implements MonitoringEvent {
    @Override
    public String type() {
      return "rectification.opened";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("item", itemId).put("terms", terms).put("day", day).build();
    }
  }

  /**
   * A step of a rectification item, its type after the step ({@link RectificationAction#eventType()}).
   *
   * @param unitId the unit that must rectify
   * @param itemId the item
   * @param action the step
   * @param day the day
   * @param remark the evidence submitted, why a submission was rejected, or what a verification found
   */
  record RectificationStepped(UnitId unitId, RectificationItemId itemId, RectificationAction action, LocalDate day,
      Optional<String> remark) implements MonitoringEvent {
    /** @throws NullPointerException if a part is null */
    public RectificationStepped {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(remark, "remark");
    }

    @Override
    public String type() {
      return action.eventType();
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("item", itemId).put("day", day).put("remark", remark).build();
    }
  }

  /**
   * A rectification item carried over at the close of a year (P-21, S-16).
   *
   * @param unitId the unit that must rectify
   * @param itemId the item
   * @param carryOver from which year, why, the due day it had and the day
   * @param due its new due day
   */
  record RectificationCarried(UnitId unitId, RectificationItemId itemId, CarryOver carryOver, LocalDate due)
      implements MonitoringEvent {
    /** @throws NullPointerException if a part is null */
    public RectificationCarried {
      Objects.requireNonNull(carryOver, "carryOver");
      Objects.requireNonNull(due, "due");
    }

    @Override
    public String type() {
      return "rectification.carried-over";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("item", itemId).put("carryOver", carryOver).put("due", due).build();
    }
  }

  /**
   * A report logged (P-19). It names neither the reporter nor the content nor whom it concerns (P-11): only that a
   * report came in, how, on which day, whether its reporter gave a name, and by when it is to be forwarded or accepted.
   *
   * @param unitId the unit it concerns
   * @param reportId the report
   * @param channel where it came in
   * @param day the day it was received
   * @param realName whether the reporter gave their name
   * @param forwardBy the last day to forward or accept it
   */
  record ReportReceived(UnitId unitId, ReportId reportId, ReportChannel channel, LocalDate day, boolean realName,
      LocalDate forwardBy) implements MonitoringEvent {
    /** @throws NullPointerException if a part is null */
    public ReportReceived {
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(forwardBy, "forwardBy");
    }

    @Override
    public String type() {
      return "report.received";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("report", reportId).put("channel", channel).put("day", day)
          .put("realName", realName).put("forwardBy", forwardBy).build();
    }
  }

  /**
   * A step of a report, its type after the step ({@link ReportAction#eventType()}). It carries no text: to whom it was
   * forwarded, the disposal's note and the result stay with the report (P-11, P-19).
   *
   * @param unitId the unit it concerns
   * @param reportId the report
   * @param action the step
   * @param day the day
   * @param way how it was disposed of, with {@link ReportAction#DISPOSE} only
   * @param due the deadline the step set for a real-name report: telling the acceptance when it is accepted, the
   *     result when it is closed
   */
  record ReportStepped(UnitId unitId, ReportId reportId, ReportAction action, LocalDate day, Optional<Disposal> way,
      Optional<LocalDate> due) implements MonitoringEvent {
    /** @throws NullPointerException if a part is null */
    public ReportStepped {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(way, "way");
      Objects.requireNonNull(due, "due");
    }

    @Override
    public String type() {
      return action.eventType();
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("report", reportId).put("day", day).put("way", way).put("due", due)
          .build();
    }
  }

  /**
   * A report's triage linked it to risk points of its unit and to warnings (P-19). The journal records how many, not
   * which: a point is a post's and a warning names its official, and the journal's readers may be the people reported
   * on (P-19); the record's digest covers the links.
   *
   * @param unitId the unit it concerns
   * @param reportId the report
   * @param points the points linked by this step, in order
   * @param warnings the warnings linked by this step, in order
   */
  record ReportLinked(UnitId unitId, ReportId reportId, List<RiskPointId> points, List<WarningId> warnings)
      implements MonitoringEvent {
    /** @throws NullPointerException if a part is null */
    public ReportLinked {
      points = List.copyOf(points);
      warnings = List.copyOf(warnings);
    }

    @Override
    public String type() {
      return "report.linked";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("report", reportId).put("points", points.size())
          .put("warnings", warnings.size()).build();
    }
  }

  /**
   * A case under electronic supervision reported (P-20).
   *
   * @param unitId the unit whose power it exercises
   * @param caseId the case
   * @param terms what it is
   */
  record CaseOpened(UnitId unitId, SupervisionCaseId caseId, CaseTerms terms) implements MonitoringEvent {
    @Override
    public String type() {
      return "case.opened";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("case", caseId).put("terms", terms).build();
    }
  }

  /**
   * A step of a case, its type after the step ({@link CaseAction#eventType()}).
   *
   * @param unitId the unit whose power it exercises
   * @param caseId the case
   * @param action the step
   * @param at when
   * @param step the name of a procedure's step
   * @param limit the working time promised for that step, if any
   */
  record CaseStepped(UnitId unitId, SupervisionCaseId caseId, CaseAction action, Instant at, Optional<String> step,
      Optional<Duration> limit) implements MonitoringEvent {
    /** @throws NullPointerException if a part is null */
    public CaseStepped {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(limit, "limit");
    }

    /**
     * @param unitId the unit
     * @param caseId the case
     * @param action the step
     * @param at when
     * @param step the name of a procedure's step; with no limit of its own
     */
    public CaseStepped(UnitId unitId, SupervisionCaseId caseId, CaseAction action, Instant at,
        Optional<String> step) {
      this(unitId, caseId, action, at, step, Optional.empty());
    }

    @Override
    public String type() {
      return action.eventType();
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("case", caseId).put("at", at).put("step", step)
          .put("limit", limit.map(Duration::toString)).build();
    }
  }

  /**
   * A signal a case reached, recorded once (P-9, P-20).
   *
   * @param unitId the unit whose power it exercises
   * @param caseId the case
   * @param signal the signal
   * @param at when it was recorded
   * @param warning the warning it raised under the policy, if any
   * @param step the step whose own limit ran out, for a YELLOW raised by a step while the case was within its limit
   */
  record CaseSignalled(UnitId unitId, SupervisionCaseId caseId, SupervisionSignal signal, Instant at,
      Optional<WarningId> warning, Optional<String> step) implements MonitoringEvent {
    /** @throws NullPointerException if a part is null */
    public CaseSignalled {
      Objects.requireNonNull(signal, "signal");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(warning, "warning");
      Objects.requireNonNull(step, "step");
    }

    /**
     * @param unitId the unit
     * @param caseId the case
     * @param signal the signal
     * @param at when
     * @param warning the warning it raised, if any; raised by the case's limit, not a step's
     */
    public CaseSignalled(UnitId unitId, SupervisionCaseId caseId, SupervisionSignal signal, Instant at,
        Optional<WarningId> warning) {
      this(unitId, caseId, signal, at, warning, Optional.empty());
    }

    @Override
    public String type() {
      return "case.signalled";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("case", caseId).put("signal", signal).put("at", at).put("warning", warning)
          .put("step", step).build();
    }
  }

  /**
   * A value of a measure's monitoring indicator reported (P-6). The measure itself does not change; the entry names it.
   *
   * @param unitId the measure's unit
   * @param measureId the measure
   * @param indicator the indicator as the measure states it
   * @param value the value
   * @param taken the day it was taken
   * @param signalled whether it lies beyond the threshold
   * @param warning the warning it raised under the policy, if any
   */
  record IndicatorReported(UnitId unitId, ControlMeasureId measureId, MonitoringIndicator indicator, BigDecimal value,
      LocalDate taken, boolean signalled, Optional<WarningId> warning) implements MonitoringEvent {
    /** @throws NullPointerException if a part is null */
    public IndicatorReported {
      Objects.requireNonNull(indicator, "indicator");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(taken, "taken");
      Objects.requireNonNull(warning, "warning");
    }

    @Override
    public String type() {
      return "indicator.reported";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("measure", measureId).put("indicator", indicator).put("value", value)
          .put("taken", taken).put("signalled", signalled).put("warning", warning).build();
    }
  }
}
