package org.lianfang.grading;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;

/**
 * Grading by how many of a set of criteria a post meets (P-4: three or more → level 1). Criteria must be monotone:
 * a criterion met at some probability and harm stays met when either rises. The policy's version records the
 * criteria by code, not their code: whoever changes what a criterion tests must give it a new code or the policy a
 * new version. Immutable and thread-safe.
 */
public final class CriteriaCountPolicy implements GradingPolicy {
  /** The name recorded with every grade this policy gives. */
  public static final String NAME = "criteria-count";

  /**
   * One criterion.
   *
   * @param code a stable code
   * @param zh its wording in Chinese
   * @param en its wording in English
   * @param test whether an input meets it
   */
  public record Criterion(String code, String zh, String en, Predicate<GradingInput> test) {
    /** @throws NullPointerException if a part is null */
    public Criterion {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(zh, "zh");
      Objects.requireNonNull(en, "en");
      Objects.requireNonNull(test, "test");
    }
  }

  private final List<Criterion> criteria;
  private final int higherFrom;
  private final int generalFrom;
  private final PolicyVersion version;

  private CriteriaCountPolicy(List<Criterion> criteria, int higherFrom, int generalFrom, String version) {
    this.criteria = List.copyOf(criteria);
    checkArgument(!this.criteria.isEmpty(), "at least one criterion is needed");
    checkArgument(1 <= generalFrom && generalFrom <= higherFrom && higherFrom <= this.criteria.size(),
        "thresholds must satisfy 1 <= general (%s) <= higher (%s) <= number of criteria (%s)",
        generalFrom, higherFrom, this.criteria.size());
    this.higherFrom = higherFrom;
    this.generalFrom = generalFrom;
    this.version = new PolicyVersion(NAME, Objects.requireNonNull(version, "version"),
        "higher>=" + higherFrom + ";general>=" + generalFrom + ";criteria="
            + this.criteria.stream().map(Criterion::code).collect(Collectors.joining(",")));
  }

  /**
   * @param criteria the criteria
   * @param higherFrom how many met make 一级 / 较高
   * @param generalFrom how many met make 二级 / 一般
   * @param version the local version of this configuration
   * @return the policy
   */
  public static CriteriaCountPolicy of(List<Criterion> criteria, int higherFrom, int generalFrom, String version) {
    return new CriteriaCountPolicy(criteria, higherFrom, generalFrom, version);
  }

  /** @return the default criteria ({@link #defaultCriteria()}), three or more → 较高, one or more → 一般 */
  public static CriteriaCountPolicy standard() {
    return new CriteriaCountPolicy(defaultCriteria(), 3, 1, "1");
  }

  /** @return ten criteria gathered from the practice of several cities */
  public static List<Criterion> defaultCriteria() {
    return List.of(
        new Criterion("people", "涉及人事权", "disposes of people",
            in -> in.profile().disposes().contains(Resource.PEOPLE)),
        new Criterion("money", "涉及财务权", "disposes of money",
            in -> in.profile().disposes().contains(Resource.MONEY)),
        new Criterion("goods", "涉及物资权", "disposes of goods",
            in -> in.profile().disposes().contains(Resource.GOODS)),
        new Criterion("major-matter", "涉及“三重一大”", "major matters (三重一大)", GradingInput::majorMatter),
        new Criterion("licensing-penalty", "拥有许可、处罚或强制权", "holds licensing, penalty or enforcement power",
            in -> in.profile().powers().stream().anyMatch(p -> p != AdministrativePower.OTHER)),
        new Criterion("discretion", "有自由裁量权", "has discretionary power", in -> in.profile().discretionary()),
        new Criterion("principal-leader", "党政主要领导岗位", "a principal leader's post",
            in -> in.profile().principalLeader()),
        new Criterion("not-open", "工作不完全公开", "work not fully open",
            in -> in.profile().transparency() != Transparency.OPEN),
        new Criterion("likely", "发生机率较大 (≥4)", "probability 4 or more",
            in -> in.assessment().probability() >= 4),
        new Criterion("harmful", "危害程度较重 (≥4)", "harm 4 or more", in -> in.assessment().harm() >= 4));
  }

  @Override
  public Grade grade(GradingInput input) {
    List<Criterion> met = new ArrayList<>();
    for (Criterion c : criteria) {
      if (c.test().test(input)) {
        met.add(c);
      }
    }
    int n = met.size();
    RiskGrade level = n >= higherFrom ? RiskGrade.HIGHER : n >= generalFrom ? RiskGrade.GENERAL : RiskGrade.LOWER;
    String zh = met.stream().map(Criterion::zh).collect(Collectors.joining("、"));
    String en = met.stream().map(Criterion::en).collect(Collectors.joining(", "));
    FiredRule rule = new FiredRule("P-4.criteria", level,
        "符合 " + n + " 项标准" + (n == 0 ? "" : "：" + zh) + " → " + GradeLabels.SEED.label(level),
        n + " criteria met" + (n == 0 ? "" : ": " + en) + " -> " + GradeLabels.ENGLISH.label(level));
    return new Grade(level, List.of(rule), version);
  }

  @Override
  public PolicyVersion version() {
    return version;
  }
}
