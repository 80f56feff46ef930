package org.lianfang.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.FiredRule;
import org.lianfang.grading.Grade;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.grading.RiskGrade;
import org.lianfang.json.Codecs.IsoInstant;
import org.lianfang.json.MixIns.Explicit;
import org.lianfang.risk.GradingRecord;

/**
 * The mix-ins of grading (S-6, P-4): a risk point's grade as given, the assessment, the grade with the rules that fired
 * and the policy version. All are records, read through their canonical constructor (see {@link MixIns}).
 */
final class GradingMixIns {
  private GradingMixIns() {}

  /** The area's mix-ins with the classes they annotate. */
  static final Map<Class<?>, Class<?>> ALL = Map.ofEntries(
      Map.entry(GradingRecord.class, Grading.class),
      Map.entry(Assessment.class, AssessmentMixIn.class),
      Map.entry(Grade.class, GradeMixIn.class),
      Map.entry(FiredRule.class, Rule.class),
      Map.entry(PolicyVersion.class, Policy.class));

  @Explicit
  @JsonPropertyOrder({"assessment", "grade", "gradedBy", "gradedAt", "stale"})
  abstract static class Grading {
    @JsonCreator
    Grading(
        @JsonProperty(value = "assessment", required = true) Assessment assessment,
        @JsonProperty(value = "grade", required = true) Grade grade,
        @JsonProperty(value = "gradedBy", required = true) String gradedBy,
        @JsonProperty(value = "gradedAt", required = true) @IsoInstant Instant gradedAt,
        @JsonProperty(value = "stale", required = true) boolean stale) {}

    @JsonProperty("assessment") abstract Assessment assessment();

    @JsonProperty("grade") abstract Grade grade();

    @JsonProperty("gradedBy") abstract String gradedBy();

    @JsonProperty("gradedAt") @IsoInstant abstract Instant gradedAt();

    @JsonProperty("stale") abstract boolean stale();
  }

  @Explicit
  @JsonPropertyOrder({"probability", "harm", "majorMatter", "commonProblem"})
  abstract static class AssessmentMixIn {
    @JsonCreator
    AssessmentMixIn(
        @JsonProperty(value = "probability", required = true) int probability,
        @JsonProperty(value = "harm", required = true) int harm,
        @JsonProperty(value = "majorMatter", required = true) boolean majorMatter,
        @JsonProperty(value = "commonProblem", required = true) boolean commonProblem) {}

    @JsonProperty("probability") abstract int probability();

    @JsonProperty("harm") abstract int harm();

    @JsonProperty("majorMatter") abstract boolean majorMatter();

    @JsonProperty("commonProblem") abstract boolean commonProblem();
  }

  @Explicit
  @JsonPropertyOrder({"level", "rationale", "policy"})
  abstract static class GradeMixIn {
    @JsonCreator
    GradeMixIn(
        @JsonProperty(value = "level", required = true) RiskGrade level,
        @JsonProperty(value = "rationale", required = true) List<FiredRule> rationale,
        @JsonProperty(value = "policy", required = true) PolicyVersion policy) {}

    @JsonProperty("level") abstract RiskGrade level();

    @JsonProperty("rationale") abstract List<FiredRule> rationale();

    @JsonProperty("policy") abstract PolicyVersion policy();
  }

  @Explicit
  @JsonPropertyOrder({"code", "result", "zh", "en"})
  abstract static class Rule {
    @JsonCreator
    Rule(
        @JsonProperty(value = "code", required = true) String code,
        @JsonProperty(value = "result", required = true) RiskGrade result,
        @JsonProperty(value = "zh", required = true) String zh,
        @JsonProperty(value = "en", required = true) String en) {}

    @JsonProperty("code") abstract String code();

    @JsonProperty("result") abstract RiskGrade result();

    @JsonProperty("zh") abstract String zh();

    @JsonProperty("en") abstract String en();
  }

  @Explicit
  @JsonPropertyOrder({"name", "version", "parameters"})
  abstract static class Policy {
    @JsonCreator
    Policy(
        @JsonProperty(value = "name", required = true) String name,
        @JsonProperty(value = "version", required = true) String version,
        @JsonProperty(value = "parameters", required = true) String parameters) {}

    @JsonProperty("name") abstract String name();

    @JsonProperty("version") abstract String version();

    @JsonProperty("parameters") abstract String parameters();
  }
}
