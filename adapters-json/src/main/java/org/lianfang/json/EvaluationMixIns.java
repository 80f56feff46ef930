package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.Band;
import org.lianfang.evaluation.Deduction;
import org.lianfang.evaluation.EvaluationDecision;
import org.lianfang.evaluation.EvaluationFigures;
import org.lianfang.evaluation.EvaluationReview;
import org.lianfang.evaluation.SelfAssessment;
import org.lianfang.evaluation.Veto;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.json.Codecs.IsoDate;
import org.lianfang.json.Codecs.IsoYear;
import org.lianfang.json.MixIns.Explicit;
import org.lianfang.json.MixIns.LeftOutWhenAbsent;
import org.lianfang.json.MixIns.MayBeAbsent;

/**
 * The mix-ins of the annual evaluation (S-11, P-24): an evaluation with its policy, self-assessment, the body's reading
 * (the figures its records held, deductions and vetoes), the leaders' scores, the decision and its publication; a year
 * written as its number. Aggregates are read through their public {@code restore} factory and written through their
 * public accessors (see {@link MixIns}).
 */
final class EvaluationMixIns {
  private EvaluationMixIns() {}

  /** The area's mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(AnnualEvaluationId.class, MixIns.Id.class),
      Map.entry(AnnualEvaluation.class, Evaluation.class),
      Map.entry(SelfAssessment.class, Self.class),
      Map.entry(EvaluationReview.class, Review.class),
      Map.entry(EvaluationFigures.class, Figures.class),
      Map.entry(Deduction.class, DeductionMixIn.class),
      Map.entry(Veto.class, VetoMixIn.class),
      Map.entry(EvaluationDecision.class, Decision.class));

  @Explicit
  @JsonPropertyOrder({"id", "unitId", "year", "policy", "self", "review", "leaders", "decision", "published",
      "version"})
  abstract static class Evaluation {
    @JsonCreator
    static AnnualEvaluation restore(
        @JsonProperty(value = "id", required = true) AnnualEvaluationId id,
        @JsonProperty(value = "unitId", required = true) UnitId unitId,
        @JsonProperty(value = "year", required = true) @IsoYear Year year,
        @JsonProperty(value = "policy", required = true) PolicyVersion policy,
        @JsonProperty(value = "self", required = true) SelfAssessment self,
        @MayBeAbsent @JsonProperty("review") Optional<EvaluationReview> review,
        @JsonProperty(value = "leaders", required = true) List<BigDecimal> leaders,
        @MayBeAbsent @JsonProperty("decision") Optional<EvaluationDecision> decision,
        @MayBeAbsent @JsonProperty("published") Optional<LocalDate> published,
        @JsonProperty(value = "version", required = true) long version) {
      throw new AssertionError("mix-in");
    }

    @JsonProperty("id") abstract AnnualEvaluationId id();

    @JsonProperty("unitId") abstract UnitId unitId();

    @JsonProperty("year") @IsoYear abstract Year year();

    @JsonProperty("policy") abstract PolicyVersion policy();

    @JsonProperty("self") abstract SelfAssessment self();

    @JsonProperty("review") @LeftOutWhenAbsent abstract Optional<EvaluationReview> review();

    @JsonProperty("leaders") abstract List<BigDecimal> leaders();

    @JsonProperty("decision") @LeftOutWhenAbsent abstract Optional<EvaluationDecision> decision();

    @JsonProperty("published") @LeftOutWhenAbsent abstract Optional<LocalDate> published();

    @JsonProperty("version") abstract long version();
  }

  @Explicit
  @JsonPropertyOrder({"items", "summary", "day"})
  abstract static class Self {
    @JsonCreator
    Self(
        @JsonProperty(value = "items", required = true) List<BigDecimal> items,
        @JsonProperty(value = "summary", required = true) String summary,
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day) {}

    @JsonProperty("items") abstract List<BigDecimal> items();

    @JsonProperty("summary") abstract String summary();

    @JsonProperty("day") @IsoDate abstract LocalDate day();
  }

  @Explicit
  @JsonPropertyOrder({"figures", "deductions", "vetoes", "day"})
  abstract static class Review {
    @JsonCreator
    Review(
        @JsonProperty(value = "figures", required = true) EvaluationFigures figures,
        @JsonProperty(value = "deductions", required = true) List<Deduction> deductions,
        @JsonProperty(value = "vetoes", required = true) List<Veto> vetoes,
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day) {}

    @JsonProperty("figures") abstract EvaluationFigures figures();

    @JsonProperty("deductions") abstract List<Deduction> deductions();

    @JsonProperty("vetoes") abstract List<Veto> vetoes();

    @JsonProperty("day") @IsoDate abstract LocalDate day();
  }

  @Explicit
  @JsonPropertyOrder({"unit", "year", "asOf", "points", "pointsOwned", "pointsCovered", "powerItems",
      "powerItemsDisclosed", "checksDue", "checksSubmitted", "ratedFull", "ratedPartial", "ratedNone", "itemsOverdue",
      "reportsOpen", "leadersHeldAccountable", "othersHeldAccountable", "appraisalScored", "appraisalSatisfied"})
  abstract static class Figures {
    @JsonCreator
    Figures(
        @JsonProperty(value = "unit", required = true) UnitId unit,
        @JsonProperty(value = "year", required = true) @IsoYear Year year,
        @JsonProperty(value = "asOf", required = true) @IsoDate LocalDate asOf,
        @JsonProperty(value = "points", required = true) int points,
        @JsonProperty(value = "pointsOwned", required = true) int pointsOwned,
        @JsonProperty(value = "pointsCovered", required = true) int pointsCovered,
        @JsonProperty(value = "powerItems", required = true) int powerItems,
        @JsonProperty(value = "powerItemsDisclosed", required = true) int powerItemsDisclosed,
        @JsonProperty(value = "checksDue", required = true) int checksDue,
        @JsonProperty(value = "checksSubmitted", required = true) int checksSubmitted,
        @JsonProperty(value = "ratedFull", required = true) int ratedFull,
        @JsonProperty(value = "ratedPartial", required = true) int ratedPartial,
        @JsonProperty(value = "ratedNone", required = true) int ratedNone,
        @JsonProperty(value = "itemsOverdue", required = true) int itemsOverdue,
        @JsonProperty(value = "reportsOpen", required = true) int reportsOpen,
        @JsonProperty(value = "leadersHeldAccountable", required = true) int leadersHeldAccountable,
        @JsonProperty(value = "othersHeldAccountable", required = true) int othersHeldAccountable,
        @JsonProperty(value = "appraisalScored", required = true) long appraisalScored,
        @JsonProperty(value = "appraisalSatisfied", required = true) long appraisalSatisfied) {}

    @JsonProperty("unit") abstract UnitId unit();

    @JsonProperty("year") @IsoYear abstract Year year();

    @JsonProperty("asOf") @IsoDate abstract LocalDate asOf();

    @JsonProperty("points") abstract int points();

    @JsonProperty("pointsOwned") abstract int pointsOwned();

    @JsonProperty("pointsCovered") abstract int pointsCovered();

    @JsonProperty("powerItems") abstract int powerItems();

    @JsonProperty("powerItemsDisclosed") abstract int powerItemsDisclosed();

    @JsonProperty("checksDue") abstract int checksDue();

    @JsonProperty("checksSubmitted") abstract int checksSubmitted();

    @JsonProperty("ratedFull") abstract int ratedFull();

    @JsonProperty("ratedPartial") abstract int ratedPartial();

    @JsonProperty("ratedNone") abstract int ratedNone();

    @JsonProperty("itemsOverdue") abstract int itemsOverdue();

    @JsonProperty("reportsOpen") abstract int reportsOpen();

    @JsonProperty("leadersHeldAccountable") abstract int leadersHeldAccountable();

    @JsonProperty("othersHeldAccountable") abstract int othersHeldAccountable();

    @JsonProperty("appraisalScored") abstract long appraisalScored();

    @JsonProperty("appraisalSatisfied") abstract long appraisalSatisfied();
  }

  @Explicit
  @JsonPropertyOrder({"item", "points", "reason", "evidence"})
  abstract static class DeductionMixIn {
    @JsonCreator
    DeductionMixIn(
        @JsonProperty(value = "item", required = true) String item,
        @JsonProperty(value = "points", required = true) BigDecimal points,
        @JsonProperty(value = "reason", required = true) String reason,
        @JsonProperty(value = "evidence", required = true) String evidence) {}

    @JsonProperty("item") abstract String item();

    @JsonProperty("points") abstract BigDecimal points();

    @JsonProperty("reason") abstract String reason();

    @JsonProperty("evidence") abstract String evidence();
  }

  @Explicit
  @JsonPropertyOrder({"reason", "evidence"})
  abstract static class VetoMixIn {
    @JsonCreator
    VetoMixIn(
        @JsonProperty(value = "reason", required = true) String reason,
        @JsonProperty(value = "evidence", required = true) String evidence) {}

    @JsonProperty("reason") abstract String reason();

    @JsonProperty("evidence") abstract String evidence();
  }

  @Explicit
  @JsonPropertyOrder({"day", "remarks", "total", "band", "label"})
  abstract static class Decision {
    @JsonCreator
    Decision(
        @JsonProperty(value = "day", required = true) @IsoDate LocalDate day,
        @JsonProperty(value = "remarks", required = true) String remarks,
        @JsonProperty(value = "total", required = true) BigDecimal total,
        @JsonProperty(value = "band", required = true) Band band,
        @JsonProperty(value = "label", required = true) String label) {}

    @JsonProperty("day") @IsoDate abstract LocalDate day();

    @JsonProperty("remarks") abstract String remarks();

    @JsonProperty("total") abstract BigDecimal total();

    @JsonProperty("band") abstract Band band();

    @JsonProperty("label") abstract String label();
  }
}
