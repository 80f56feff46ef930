package org.lianfang.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.DomainEvent;
import org.lianfang.UnitId;
import org.lianfang.grading.PolicyVersion;

/** Events of the annual evaluation (S-11, P-24), each in the journal of the unit evaluated. */
public sealed interface EvaluationEvent extends DomainEvent {

  /**
   * @param unitId the unit
   * @param evaluationId the evaluation
   * @param year the year
   * @param policy the policy it is scored under
   * @param self the unit's self-assessment
   */
  record SelfAssessed(UnitId unitId, AnnualEvaluationId evaluationId, Year year, PolicyVersion policy,
      SelfAssessment self) implements EvaluationEvent {
    /** @throws NullPointerException if a part is null */
    public SelfAssessed {
      Objects.requireNonNull(year, "year");
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(self, "self");
    }

    @Override
    public String type() {
      return "evaluation.self-assessed";
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("evaluation", evaluationId).put("year", year.getValue())
          .put("policy", policy).put("self", self).build();
    }
  }

  /**
   * A step of an evaluation, its type after the step ({@link EvaluationAction#eventType()}).
   *
   * @param unitId the unit
   * @param evaluationId the evaluation
   * @param action the step
   * @param day the day
   * @param review the figures, deductions and vetoes, with an inspection
   * @param leaders the leaders' scores, with a proposal
   * @param decision the decision, with one
   */
  record Stepped(UnitId unitId, AnnualEvaluationId evaluationId, EvaluationAction action, LocalDate day,
      Optional<EvaluationReview> review, List<BigDecimal> leaders, Optional<EvaluationDecision> decision)
      implements EvaluationEvent {
    /** @throws NullPointerException if a part is null */
    public Stepped {
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(review, "review");
      leaders = List.copyOf(leaders);
      Objects.requireNonNull(decision, "decision");
    }

    @Override
    public String type() {
      return action.eventType();
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("evaluation", evaluationId).put("day", day).put("review", review)
          .put("leaders", leaders).put("decision", decision).build();
    }
  }
}
