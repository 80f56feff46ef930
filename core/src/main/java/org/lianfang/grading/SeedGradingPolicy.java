package org.lianfang.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Transparency;

/**
 * The seed's grading (S-6), the default policy: probability and harm give a level through a {@link GradeMatrix};
 * the post's facts then set a floor, in the seed's words —
 *
 * <ul>
 *   <li>较高 for matters of 三重一大 (the risk point concerns one, or the post handles them), for posts with large,
 *       flexible, discretionary power over people, money or goods (人财物), and for problems common to the unit whose
 *       occurrence would have serious impact (common problem with harm ≥ 4);
 *   <li>一般 for posts that do not control people, money or goods at their discretion but could still use position or
 *       opportunity for private gain: they dispose of 人财物 without discretion, hold an administrative power, lead
 *       the unit, or their work is not fully open;
 *   <li>较低 otherwise: no power over people, money or goods, and open, transparent work. The matrix alone decides.
 * </ul>
 *
 * The grade is the highest of the matrix level and the floors. Every rule that applied is kept as rationale.
 * Immutable and thread-safe.
 */
public final class SeedGradingPolicy implements GradingPolicy {
  /** The name recorded with every grade this policy gives. */
  public static final String NAME = "seed-s6";

  private final GradeMatrix matrix;
  private final PolicyVersion version;

  private SeedGradingPolicy(GradeMatrix matrix, String version) {
    this.matrix = Objects.requireNonNull(matrix, "matrix");
    this.version = new PolicyVersion(NAME, version, "matrix=" + matrix.canonical());
  }

  /** @return the policy with the standard matrix ({@link GradeMatrix#standard()}) */
  public static SeedGradingPolicy standard() {
    return new SeedGradingPolicy(GradeMatrix.standard(), "1");
  }

  /**
   * @param matrix a locally agreed matrix
   * @param version the local version of this configuration
   * @return the policy
   */
  public static SeedGradingPolicy withMatrix(GradeMatrix matrix, String version) {
    return new SeedGradingPolicy(matrix, Objects.requireNonNull(version, "version"));
  }

  @Override
  public Grade grade(GradingInput input) {
    Assessment a = input.assessment();
    PostProfile post = input.profile();
    List<FiredRule> fired = new ArrayList<>();
    RiskGrade base = matrix.at(a.probability(), a.harm());
    fired.add(new FiredRule("S-6.matrix", base,
        "发生机率 " + a.probability() + " × 危害程度 " + a.harm() + " → " + GradeLabels.SEED.label(base),
        "probability " + a.probability() + " x harm " + a.harm() + " -> " + GradeLabels.ENGLISH.label(base)));
    if (a.majorMatter()) {
      fired.add(new FiredRule("S-6.higher.major-matter", RiskGrade.HIGHER,
          "涉及“三重一大”事项", "concerns a major matter (三重一大)"));
    }
    if (post.majorMatters()) {
      fired.add(new FiredRule("S-6.higher.post-major-matters", RiskGrade.HIGHER,
          "岗位办理“三重一大”事项", "the post handles major matters (三重一大)"));
    }
    if (post.disposesAny() && post.discretionary()) {
      fired.add(new FiredRule("S-6.higher.discretionary-resources", RiskGrade.HIGHER,
          "岗位对人财物有较大、较灵活的自由裁量权", "the post has discretionary power over people, money or goods"));
    }
    if (a.commonProblem() && a.harm() >= 4) {
      fired.add(new FiredRule("S-6.higher.common-problem", RiskGrade.HIGHER,
          "本单位共性问题，一旦发生将产生严重影响", "a problem common to the unit with serious impact"));
    }
    if (post.disposesAny() && !post.discretionary()) {
      fired.add(new FiredRule("S-6.general.resources", RiskGrade.GENERAL,
          "岗位经手人财物但无自由裁量权", "the post handles people, money or goods without discretion"));
    }
    if (!post.powers().isEmpty()) {
      fired.add(new FiredRule("S-6.general.power", RiskGrade.GENERAL,
          "岗位可借助职权谋取私利", "the post holds administrative power it could use for private gain"));
    }
    if (post.principalLeader()) {
      fired.add(new FiredRule("S-6.general.principal-leader", RiskGrade.GENERAL,
          "党政主要领导岗位", "a principal leader's post"));
    }
    if (post.transparency() != Transparency.OPEN) {
      fired.add(new FiredRule("S-6.general.not-open", RiskGrade.GENERAL,
          "岗位工作不完全公开透明", "the post's work is not fully open"));
    }
    RiskGrade level = fired.stream().map(FiredRule::result).max(Enum::compareTo).orElseThrow();
    return new Grade(level, fired, version);
  }

  @Override
  public PolicyVersion version() {
    return version;
  }

  @Override
  public String toString() {
    return version.toString();
  }
}
