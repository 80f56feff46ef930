package org.lianfang.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.DomainEvent;
import org.lianfang.UnitId;
import org.lianfang.organization.PowerItemId;
import org.lianfang.risk.RiskPointId;

/** Events of the control stage. Each names the unit whose journal chain records it. */
public sealed interface ControlEvent extends DomainEvent {

  /**
   * @param unitId the unit
   * @param measureId the measure
   * @param points the risk points it controls, in order
   * @param plan what it says
   * @param drafted the day it was drafted
   */
  record MeasureDrafted(UnitId unitId, ControlMeasureId measureId, List<RiskPointId> points, MeasurePlan plan,
      LocalDate drafted) implements ControlEvent {
    /** @throws NullPointerException if the points or one of them is null */
    public MeasureDrafted {
      points = List.copyOf(points);
    }

    @Override
    public String type() {
      return "measure.drafted";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("measure", measureId)
          .put("points", points)
          .put("plan", plan)
          .put("drafted", drafted)
          .build();
    }
  }

  /** @param unitId the unit @param measureId the measure @param day the day it was entered on Form 3 */
  record MeasureRegistered(UnitId unitId, ControlMeasureId measureId, LocalDate day) implements ControlEvent {
    @Override
    public String type() {
      return "measure.registered";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("measure", measureId).put("day", day).build();
    }
  }

  /** @param unitId the unit @param measureId the measure @param day the first day it applies */
  record MeasurePutInForce(UnitId unitId, ControlMeasureId measureId, LocalDate day) implements ControlEvent {
    @Override
    public String type() {
      return "measure.in-force";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("measure", measureId).put("day", day).build();
    }
  }

  /** @param unitId the unit @param measureId the measure @param day the day withdrawn @param reason why */
  record MeasureRetired(UnitId unitId, ControlMeasureId measureId, LocalDate day, String reason)
      implements ControlEvent {
    @Override
    public String type() {
      return "measure.retired";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("measure", measureId).put("day", day).put("reason", reason).build();
    }
  }

  /** @param unitId the unit @param measureId the measure @param day the day replaced @param by its replacement */
  record MeasureSuperseded(UnitId unitId, ControlMeasureId measureId, LocalDate day, ControlMeasureId by)
      implements ControlEvent {
    @Override
    public String type() {
      return "measure.superseded";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("measure", measureId).put("day", day).put("by", by).build();
    }
  }
  /**
   * @param unitId the unit
   * @param activityId the activity
   * @param content what it was
   * @param recorded the day it was recorded
   */
  record EducationRecorded(UnitId unitId, EducationActivityId activityId, EducationContent content,
      LocalDate recorded) implements ControlEvent {
    @Override
    public String type() {
      return "education.recorded";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("activity", activityId).put("content", content).put("recorded", recorded)
          .build();
    }
  }

  /** @param unitId the unit @param activityId the activity @param day the day withdrawn @param reason why */
  record EducationWithdrawn(UnitId unitId, EducationActivityId activityId, LocalDate day, String reason)
      implements ControlEvent {
    @Override
    public String type() {
      return "education.withdrawn";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("activity", activityId).put("day", day).put("reason", reason).build();
    }
  }
  /**
   * A power item published, first or again (P-16).
   *
   * @param unitId the unit
   * @param disclosureId the disclosure
   * @param powerItem the item
   * @param itemVersion the item's version it is published from
   * @param content what is published, where and when
   * @param day the day it is published
   */
  record PowerPublished(UnitId unitId, PowerDisclosureId disclosureId, PowerItemId powerItem, long itemVersion,
      DisclosureContent content, LocalDate day) implements ControlEvent {
    @Override
    public String type() {
      return "power.published";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("disclosure", disclosureId).put("powerItem", powerItem)
          .put("itemVersion", itemVersion).put("content", content).put("day", day).build();
    }
  }

  /** @param unitId the unit @param disclosureId the disclosure @param day the day withdrawn @param reason why */
  record PowerWithdrawn(UnitId unitId, PowerDisclosureId disclosureId, LocalDate day, String reason)
      implements ControlEvent {
    @Override
    public String type() {
      return "power.withdrawn";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("disclosure", disclosureId).put("day", day).put("reason", reason).build();
    }
  }
  /**
   * @param unitId the unit
   * @param commitmentId the commitment
   * @param terms what it promises
   * @param day the day it was proposed
   */
  record CommitmentProposed(UnitId unitId, ServiceCommitmentId commitmentId, CommitmentTerms terms, LocalDate day)
      implements ControlEvent {
    @Override
    public String type() {
      return "commitment.proposed";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("commitment", commitmentId).put("terms", terms).put("day", day).build();
    }
  }

  /**
   * A step of a service commitment's life (审诺, 公示, 践诺, 评诺 or 撤回), its type after the step
   * ({@link CommitmentAction#eventType()}).
   *
   * @param unitId the unit
   * @param commitmentId the commitment
   * @param action the step
   * @param day the day
   * @param verdict the verdict of 评诺
   * @param explanation what was said in public at 评诺, or why it was withdrawn
   */
  record CommitmentStepped(UnitId unitId, ServiceCommitmentId commitmentId, CommitmentAction action, LocalDate day,
      Optional<Verdict> verdict, Optional<String> explanation) implements ControlEvent {
    /** @throws NullPointerException if a part is null */
    public CommitmentStepped {
      java.util.Objects.requireNonNull(action, "action");
      java.util.Objects.requireNonNull(verdict, "verdict");
      java.util.Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public String type() {
      return action.eventType();
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("commitment", commitmentId).put("day", day).put("verdict", verdict)
          .put("explanation", explanation).build();
    }
  }
}
