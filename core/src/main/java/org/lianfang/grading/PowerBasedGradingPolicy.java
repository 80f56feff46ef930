package org.lianfang.grading;

import java.util.ArrayList;
import java.util.List;
import org.lianfang.organization.PostProfile;

/**
 * Grading by the power held (P-4): 较高 for posts disposing of people, money or goods or handling 三重一大 matters; 一般
 * for posts holding an administrative power (licensing, penalty, enforcement…) or a principal leader's post; 较低
 * otherwise. Probability and harm are recorded but do not change the level. Immutable and thread-safe.
 */
public final class PowerBasedGradingPolicy implements GradingPolicy {
  /** The name recorded with every grade this policy gives. */
  public static final String NAME = "power-held";

  private final PolicyVersion version;

  private PowerBasedGradingPolicy(String version) {
    this.version = new PolicyVersion(NAME, version, "");
  }

  /** @return the policy */
  public static PowerBasedGradingPolicy standard() {
    return new PowerBasedGradingPolicy("1");
  }

  @Override
  public Grade grade(GradingInput input) {
    PostProfile post = input.profile();
    List<FiredRule> fired = new ArrayList<>();
    if (post.disposesAny()) {
      fired.add(new FiredRule("P-4.power.resources", RiskGrade.HIGHER,
          "岗位支配人财物 " + post.disposes(), "the post disposes of " + post.disposes()));
    }
    if (input.majorMatter()) {
      fired.add(new FiredRule("P-4.power.major-matter", RiskGrade.HIGHER,
          "涉及“三重一大”事项", "major matters (三重一大) are involved"));
    }
    if (!post.powers().isEmpty()) {
      fired.add(new FiredRule("P-4.power.administrative", RiskGrade.GENERAL,
          "岗位拥有行政职权 " + post.powers(), "the post holds " + post.powers()));
    }
    if (post.principalLeader()) {
      fired.add(new FiredRule("P-4.power.principal-leader", RiskGrade.GENERAL,
          "党政主要领导岗位", "a principal leader's post"));
    }
    if (fired.isEmpty()) {
      fired.add(new FiredRule("P-4.power.none", RiskGrade.LOWER,
          "岗位不涉及人财物和行政职权", "the post holds no power over people, money, goods or administration"));
    }
    RiskGrade level = fired.stream().map(FiredRule::result).max(Enum::compareTo).orElseThrow();
    return new Grade(level, fired, version);
  }

  @Override
  public PolicyVersion version() {
    return version;
  }
}
