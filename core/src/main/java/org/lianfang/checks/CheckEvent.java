package org.lianfang.checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.DomainEvent;
import org.lianfang.UnitId;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;

/**
 * Events of the checks (S-10, P-22, P-23): monthly checks, special inspections and half-year self-checks. Each names
 * the unit whose journal chain records it.
 */
public sealed interface CheckEvent extends DomainEvent {

  /**
   * @param unitId the unit checked
   * @param checkId the check
   * @param post the post checked
   * @param month the month checked, written {@code 2010-10}
   * @param checker who checked
   * @param rows the rows as filled in
   * @param day the day it was opened
   */
  record CheckOpened(UnitId unitId, MonthlyCheckId checkId, PostId post, YearMonth month, OfficialId checker,
      List<CheckRow> rows, LocalDate day) implements CheckEvent {
    /** @throws NullPointerException if a part is null */
    public CheckOpened {
      Objects.requireNonNull(month, "month");
      rows = List.copyOf(rows);
    }

    @Override
    public String type() {
      return "check.opened";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("check", checkId).put("post", post).put("month", month.toString())
          .put("checker", checker).put("rows", rows).put("day", day).build();
    }
  }

  /**
   * @param unitId the unit checked
   * @param checkId the check
   * @param rows the rows as filled in again
   * @param day the day
   */
  record CheckRevised(UnitId unitId, MonthlyCheckId checkId, List<CheckRow> rows, LocalDate day)
      implements CheckEvent {
    /** @throws NullPointerException if a part is null */
    public CheckRevised {
      rows = List.copyOf(rows);
    }

    @Override
    public String type() {
      return "check.revised";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("check", checkId).put("rows", rows).put("day", day).build();
    }
  }

  /**
   * A step of a check, its type after the step ({@link CheckAction#eventType()}). A review's items and reminders are
   * in the rows of the check's state, and each has its own event after this one.
   *
   * @param unitId the unit checked
   * @param checkId the check
   * @param action the step
   * @param day the day
   * @param remark why it was returned
   */
  record CheckStepped(UnitId unitId, MonthlyCheckId checkId, CheckAction action, LocalDate day,
      Optional<String> remark) implements CheckEvent {
    /** @throws NullPointerException if a part is null */
    public CheckStepped {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(remark, "remark");
    }

    @Override
    public String type() {
      return action.eventType();
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("check", checkId).put("day", day).put("remark", remark).build();
    }
  }

  /**
   * @param unitId the discipline body's unit
   * @param inspectionId the inspection
   * @param plan what it is to do
   * @param day the day it was planned
   */
  record InspectionPlanned(UnitId unitId, SpecialInspectionId inspectionId, InspectionPlan plan, LocalDate day)
      implements CheckEvent {
    @Override
    public String type() {
      return "inspection.planned";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("inspection", inspectionId).put("plan", plan).put("day", day).build();
    }
  }

  /**
   * A step of an inspection, its type after the step ({@link InspectionAction#eventType()}).
   *
   * @param unitId the discipline body's unit
   * @param inspectionId the inspection
   * @param action the step
   * @param day the day
   * @param summary the report's summary
   */
  record InspectionStepped(UnitId unitId, SpecialInspectionId inspectionId, InspectionAction action, LocalDate day,
      Optional<String> summary) implements CheckEvent {
    /** @throws NullPointerException if a part is null */
    public InspectionStepped {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(summary, "summary");
    }

    @Override
    public String type() {
      return action.eventType();
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("inspection", inspectionId).put("day", day).put("summary", summary).build();
    }
  }

  /**
   * @param unitId the unit inspected
   * @param findingId the finding
   * @param inspectionId the inspection, of the body above
   * @param problem the problem found
   * @param points the unit's risk points it concerns
   * @param item the rectification item its order opened, whose own event follows
   * @param day the day
   */
  record FindingRecorded(UnitId unitId, InspectionFindingId findingId, SpecialInspectionId inspectionId,
      String problem, List<RiskPointId> points, RectificationItemId item, LocalDate day) implements CheckEvent {
    /** @throws NullPointerException if a part is null */
    public FindingRecorded {
      points = List.copyOf(points);
    }

    @Override
    public String type() {
      return "inspection.finding-recorded";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("finding", findingId).put("inspection", inspectionId)
          .put("problem", problem).put("points", points).put("item", item).put("day", day).build();
    }
  }

  /**
   * @param unitId the unit inspected
   * @param findingId the finding
   * @param held who was held accountable, what was decided and its reference
   */
  record AccountabilityRecorded(UnitId unitId, InspectionFindingId findingId, Accountability held)
      implements CheckEvent {
    @Override
    public String type() {
      return "inspection.accountability-recorded";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("finding", findingId).put("held", held).build();
    }
  }

  /**
   * @param unitId the unit
   * @param reportId the self-check
   * @param half the half it reports on
   * @param sections what it says
   * @param day the day
   */
  record SelfCheckDrafted(UnitId unitId, SelfCheckReportId reportId, HalfYear half, SelfCheckSections sections,
      LocalDate day) implements CheckEvent {
    @Override
    public String type() {
      return "self-check.drafted";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("report", reportId).put("half", half).put("sections", sections)
          .put("day", day).build();
    }
  }

  /**
   * @param unitId the unit
   * @param reportId the self-check
   * @param sections what it says now
   * @param day the day
   */
  record SelfCheckRevised(UnitId unitId, SelfCheckReportId reportId, SelfCheckSections sections, LocalDate day)
      implements CheckEvent {
    @Override
    public String type() {
      return "self-check.revised";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("report", reportId).put("sections", sections).put("day", day).build();
    }
  }

  /**
   * A step of a self-check, its type after the step ({@link SelfCheckAction#eventType()}).
   *
   * @param unitId the unit
   * @param reportId the self-check
   * @param action the step
   * @param day the day
   * @param figures the figures read, with a submission
   * @param remarks the unit above's remarks, with an acknowledgement
   */
  record SelfCheckStepped(UnitId unitId, SelfCheckReportId reportId, SelfCheckAction action, LocalDate day,
      Optional<SelfCheckFigures> figures, Optional<String> remarks) implements CheckEvent {
    /** @throws NullPointerException if a part is null */
    public SelfCheckStepped {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(figures, "figures");
      Objects.requireNonNull(remarks, "remarks");
    }

    @Override
    public String type() {
      return action.eventType();
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("report", reportId).put("day", day).put("figures", figures)
          .put("remarks", remarks).build();
    }
  }

  /**
   * @param unitId the unit appraised
   * @param roundId the round
   * @param plan what it asks and when
   * @param day the day it was planned
   */
  record AppraisalPlanned(UnitId unitId, AppraisalRoundId roundId, AppraisalPlan plan, LocalDate day)
      implements CheckEvent {
    @Override
    public String type() {
      return "appraisal.planned";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("round", roundId).put("plan", plan).put("day", day).build();
    }
  }

  /**
   * Answers recorded in a round: the counts added and the comments written, which never carry a respondent's contact
   * (P-11, P-25); the rectification items they opened each have their own event after this one.
   *
   * @param unitId the unit appraised
   * @param roundId the round
   * @param added the answers added to each item, in the items' order
   * @param comments the comments written, sealed
   * @param day the day
   */
  record AppraisalAnswered(UnitId unitId, AppraisalRoundId roundId, List<AppraisalCounts> added,
      List<AppraisalComment> comments, LocalDate day) implements CheckEvent {
    /** @throws NullPointerException if a part is null */
    public AppraisalAnswered {
      added = List.copyOf(added);
      comments = comments.stream().map(AppraisalComment::sealed).toList();
    }

    @Override
    public String type() {
      return "appraisal.answered";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("round", roundId).put("added", added).put("comments", comments.stream()
          .map(c -> ArchiveObject.builder().put("item", c.item()).put("rating", c.rating()).put("text", c.text())
              .put("rectification", c.rectification()).build()).toList()).put("day", day).build();
    }
  }

  /**
   * A step of a round, its type after the step ({@link AppraisalAction#eventType()}).
   *
   * @param unitId the unit appraised
   * @param roundId the round
   * @param action the step
   * @param day the day
   * @param flagged the items flagged for revision, with an analysis
   * @param remarks what was fed back, with its closing
   */
  record AppraisalStepped(UnitId unitId, AppraisalRoundId roundId, AppraisalAction action, LocalDate day,
      List<Integer> flagged, Optional<String> remarks) implements CheckEvent {
    /** @throws NullPointerException if a part is null */
    public AppraisalStepped {
      Objects.requireNonNull(action, "action");
      flagged = List.copyOf(flagged);
      Objects.requireNonNull(remarks, "remarks");
    }

    @Override
    public String type() {
      return action.eventType();
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("round", roundId).put("day", day).put("flagged", flagged)
          .put("remarks", remarks).build();
    }
  }
}
