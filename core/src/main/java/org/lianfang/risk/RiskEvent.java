package org.lianfang.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.DomainEvent;
import org.lianfang.UnitId;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;

/** Events of risk identification and review. */
public sealed interface RiskEvent extends DomainEvent {

  /** @return the risk point concerned */
  RiskPointId riskPointId();

  /**
   * @param unitId the unit
   * @param riskPointId the new point
   * @param code its code
   * @param post its post; empty for unit-wide
   * @param step its process step, if any
   * @param powerItem its power item, if any
   * @param description what and how it was found
   * @param owners the owner chain, if named
   * @param custom custom fields
   */
  record RiskPointIdentified(
      UnitId unitId, RiskPointId riskPointId, String code, Optional<PostId> post, Optional<StepRef> step,
      Optional<PowerItemId> powerItem, RiskDescription description, Optional<OwnerChain> owners,
      Map<String, CustomValue> custom) implements RiskEvent {
    @Override
    public String type() {
      return "risk.identified";
    }

    /**
     * @return whether who identified the point is sealed (P-11; issue 10, finding 10): for a point raised by colleagues,
     *     the public or a public report ({@link RiskDescription#sealsRaiser()}) the journal names no one, as for a
     *     comment; the point keeps the raiser for those cleared to read it
     */
    @Override
    public boolean sealsActor() {
      return description.sealsRaiser();
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("riskPoint", riskPointId)
          .put("code", code)
          .put("post", post)
          .put("step", step)
          .put("powerItem", powerItem)
          .put("description", description)
          .put("owners", owners)
          .put("custom", custom)
          .build();
    }
  }

  /** @param unitId the unit @param riskPointId the point @param from the state before @param note the reviewer's note */
  record RiskPointReviewed(UnitId unitId, RiskPointId riskPointId, ReviewState from, String note) implements RiskEvent {
    @Override
    public String type() {
      return "risk.reviewed";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("riskPoint", riskPointId)
          .put("from", from)
          .put("note", note)
          .build();
    }
  }

  /**
   * @param unitId the unit
   * @param riskPointId the point
   * @param audience to whom the notice is shown
   * @param scope where published
   * @param start first day
   * @param end first day after
   */
  record RiskPointPublished(
      UnitId unitId, RiskPointId riskPointId, NoticeAudience audience, String scope, LocalDate start, LocalDate end)
      implements RiskEvent {
    @Override
    public String type() {
      return "risk.published";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("riskPoint", riskPointId)
          .put("audience", audience)
          .put("scope", scope)
          .put("start", start)
          .put("end", end)
          .build();
    }
  }

  /**
   * A comment received. Who commented is sealed (P-11): it is kept with the point for those cleared to read it, never
   * in the journal, which leaders and auditors read.
   *
   * @param unitId the unit @param riskPointId the point @param text the comment
   */
  record NoticeCommentReceived(UnitId unitId, RiskPointId riskPointId, String text)
      implements RiskEvent {
    @Override
    public String type() {
      return "risk.commented";
    }

    @Override
    public boolean sealsActor() {
      return true;
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("riskPoint", riskPointId)
          .put("text", text)
          .build();
    }
  }

  /** @param unitId the unit @param riskPointId the point @param decidedBy the body @param decidedOn the day */
  record RiskPointConfirmed(UnitId unitId, RiskPointId riskPointId, String decidedBy, LocalDate decidedOn)
      implements RiskEvent {
    @Override
    public String type() {
      return "risk.confirmed";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("riskPoint", riskPointId)
          .put("decidedBy", decidedBy)
          .put("decidedOn", decidedOn)
          .build();
    }
  }

  /**
   * @param unitId the unit
   * @param riskPointId the point
   * @param reason why
   * @param measures what becomes of the control measures left controlling nothing, when the retirement said
   */
  record RiskPointRetired(UnitId unitId, RiskPointId riskPointId, String reason, Optional<OrphanMeasures> measures)
      implements RiskEvent {
    /** @throws NullPointerException if a part is null */
    public RiskPointRetired {
      java.util.Objects.requireNonNull(measures, "measures");
    }

    @Override
    public String type() {
      return "risk.retired";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("riskPoint", riskPointId)
          .put("reason", reason)
          .put("measures", measures)
          .build();
    }
  }

  /** @param unitId the unit @param riskPointId the point @param from the state before @param cause what changed */
  record RiskPointMarkedStale(UnitId unitId, RiskPointId riskPointId, ReviewState from, String cause)
      implements RiskEvent {
    @Override
    public String type() {
      return "risk.stale";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("riskPoint", riskPointId)
          .put("from", from)
          .put("cause", cause)
          .build();
    }
  }

  /** @param unitId the unit @param riskPointId the point @param assessment the judgment @param level the grade @param rules the codes of the rules that fired @param policy the policy */
  record RiskPointGraded(
      UnitId unitId, RiskPointId riskPointId, Assessment assessment, RiskGrade level, List<String> rules,
      PolicyVersion policy) implements RiskEvent {
    @Override
    public String type() {
      return "risk.graded";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("riskPoint", riskPointId)
          .put("assessment", assessment)
          .put("level", level)
          .put("rules", rules)
          .put("policy", policy)
          .build();
    }
  }

  /** @param unitId the unit @param riskPointId the point @param owners the new chain */
  record OwnersAssigned(UnitId unitId, RiskPointId riskPointId, OwnerChain owners) implements RiskEvent {
    @Override
    public String type() {
      return "risk.owners-assigned";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder()
          .put("riskPoint", riskPointId)
          .put("owners", owners)
          .build();
    }
  }
}
