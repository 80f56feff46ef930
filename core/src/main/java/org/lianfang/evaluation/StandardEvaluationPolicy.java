package org.lianfang.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.lianfang.grading.PolicyVersion;

/**
 * The default evaluation policy (P-24): the 遂宁 2010 / 城建局 2019 table of six items, scored from the year's records.
 *
 * <ul>
 *   <li>组织机构 5: the share of the unit's risk points with their three owners named (P-7) [G].
 *   <li>工作机制 15: half for the share of points with a measure in force (P-14), half for the share of the monthly
 *       checks owed that were submitted (P-22) [G].
 *   <li>公开 10: the share of power items with a disclosure in effect (P-15) [G].
 *   <li>措施落实 40: the mean monthly rating (FULL 1, PARTIAL 0.5, NONE 0) × 40 [G].
 *   <li>廉洁自律 20: 20 less, per case, 4 for a principal leader held accountable and 2 for anyone else (the SOE table),
 *       3 for a report of the year still open, 1 for a rectification item overdue [G]; never below 0.
 *   <li>群众评议 10: full at {@code satisfiedForFull} % satisfied (90, 城建局), linear below [G]; 0 without a round
 *       (未开展本项不得分).
 * </ul>
 *
 * An item of no records scores 0: what was not done is not scored (清廉国企: 未开展本项不得分). The composite is the
 * self-assessment, the office's score and the leaders' at {@code self} / {@code office} / {@code leaders} percent (20 /
 * 40 / 40, 遂宁); bands from {@code excellentFrom} (90, 优秀) and {@code passFrom} (80, 合格), below it 不合格. Immutable,
 * thread-safe and deterministic.
 *
 * @param self the self-assessment's share in percent
 * @param office the office's share
 * @param leaders the leaders' share; the three sum to 100
 * @param excellentFrom the lowest total of 优秀, above {@code passFrom} and at most 100
 * @param passFrom the lowest total of 合格, 1 or more
 * @param satisfiedForFull the satisfied share in percent that gives 群众评议 full marks, 1 to 100
 */
public record StandardEvaluationPolicy(int self, int office, int leaders, int excellentFrom, int passFrom,
    int satisfiedForFull) implements EvaluationPolicy {
  /** 组织机构. */
  public static final EvaluationItem ORGANIZATION = new EvaluationItem("organization", "组织机构", 5);
  /** 工作机制. */
  public static final EvaluationItem MECHANISM = new EvaluationItem("mechanism", "工作机制", 15);
  /** 公开. */
  public static final EvaluationItem OPENNESS = new EvaluationItem("openness", "公开", 10);
  /** 措施落实. */
  public static final EvaluationItem IMPLEMENTATION = new EvaluationItem("implementation", "措施落实", 40);
  /** 廉洁自律. */
  public static final EvaluationItem INTEGRITY = new EvaluationItem("integrity", "廉洁自律", 20);
  /** 群众评议. */
  public static final EvaluationItem APPRAISAL = new EvaluationItem("appraisal", "群众评议", 10);
  private static final List<EvaluationItem> ITEMS = List.of(ORGANIZATION, MECHANISM, OPENNESS, IMPLEMENTATION,
      INTEGRITY, APPRAISAL);

  /** @throws IllegalArgumentException if the shares do not sum to 100 or the thresholds are out of order */
  public StandardEvaluationPolicy {
    if (self < 0 || office < 0 || leaders < 0 || self + office + leaders != 100 || passFrom < 1
        || excellentFrom <= passFrom || excellentFrom > 100 || satisfiedForFull < 1 || satisfiedForFull > 100) {
      throw new IllegalArgumentException("the shares sum to 100, and 1 ≤ pass < excellent ≤ 100, full appraisal at 1 "
          + "to 100 %");
    }
  }

  /** @return the documented defaults: 20 / 40 / 40, 优秀 from 90, 合格 from 80, 群众评议 full at 90 % */
  public static StandardEvaluationPolicy standard() {
    return new StandardEvaluationPolicy(20, 40, 40, 90, 80, 90);
  }

  @Override
  public PolicyVersion version() {
    return new PolicyVersion("p24-standard", "1", "composite=" + self + "/" + office + "/" + leaders + ";bands="
        + excellentFrom + "/" + passFrom + ";appraisalFull=" + satisfiedForFull);
  }

  @Override
  public List<EvaluationItem> items() {
    return ITEMS;
  }

  @Override
  public List<ItemScore> score(EvaluationFigures f) {
    BigDecimal covered = share(f.pointsCovered(), f.points());
    BigDecimal checked = share(Math.min(f.checksSubmitted(), f.checksDue()), f.checksDue());
    BigDecimal rating = f.rated() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(2L * f.ratedFull() + f.ratedPartial())
        .divide(BigDecimal.valueOf(2L * f.rated()), 10, RoundingMode.HALF_UP);
    long integrity = 20L - 4L * f.leadersHeldAccountable() - 2L * f.othersHeldAccountable() - 3L * f.reportsOpen()
        - f.itemsOverdue();
    BigDecimal satisfied = f.appraisalScored() == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(f.appraisalSatisfied())
        .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(f.appraisalScored()), 10, RoundingMode.HALF_UP);
    BigDecimal full = BigDecimal.valueOf(satisfiedForFull);
    return List.of(
        item(ORGANIZATION, share(f.pointsOwned(), f.points()).multiply(BigDecimal.valueOf(5)),
            "风险点 " + f.points() + " 个，明确三级责任人 " + f.pointsOwned() + " 个；占比 × 5"),
        item(MECHANISM, covered.add(checked).multiply(new BigDecimal("7.5")), "风险点 " + f.points() + " 个，有措施施行 "
            + f.pointsCovered() + " 个；应月查 " + f.checksDue() + " 次，报送 " + f.checksSubmitted() + " 次；两项占比各 × 7.5"),
        item(OPENNESS, share(f.powerItemsDisclosed(), f.powerItems()).multiply(BigDecimal.TEN), "权力事项 "
            + f.powerItems() + " 项，公开 " + f.powerItemsDisclosed() + " 项；占比 × 10"),
        item(IMPLEMENTATION, rating.multiply(BigDecimal.valueOf(40)), "月查评级 " + f.rated() + " 项：完全落实 "
            + f.ratedFull() + "、部分落实 " + f.ratedPartial() + "、未落实 " + f.ratedNone() + "；平均（1、0.5、0）× 40"),
        item(INTEGRITY, BigDecimal.valueOf(Math.max(0, integrity)), "20 分，主要领导被问责 "
            + f.leadersHeldAccountable() + " 人次 × 4、其他人员 " + f.othersHeldAccountable() + " 人次 × 2、信访举报未办结 "
            + f.reportsOpen() + " 件 × 3、整改逾期 " + f.itemsOverdue() + " 项 × 1，扣完为止"),
        item(APPRAISAL, satisfied.compareTo(full) >= 0 ? BigDecimal.TEN : satisfied.multiply(BigDecimal.TEN)
            .divide(full, 10, RoundingMode.HALF_UP), f.appraisalScored() == 0 ? "未开展群众评议，本项不得分"
                : "群众评议计分答复 " + f.appraisalScored() + " 份，满意和基本满意 " + f.appraisalSatisfied() + " 份；满意率达 "
                    + satisfiedForFull + "% 得满分，以下按比例"));
  }

  @Override
  public List<Integer> composite() {
    return List.of(self, office, leaders);
  }

  @Override
  public Band band(BigDecimal total) {
    return total.compareTo(BigDecimal.valueOf(excellentFrom)) >= 0 ? Band.EXCELLENT
        : total.compareTo(BigDecimal.valueOf(passFrom)) >= 0 ? Band.PASS : Band.FAIL;
  }

  @Override
  public String label(Band band) {
    return switch (band) {
      case EXCELLENT -> "优秀";
      case PASS -> "合格";
      case FAIL -> "不合格";
    };
  }

  /** @return part ÷ whole to ten places, 0 when the whole is 0 */
  static BigDecimal share(long part, long whole) {
    return whole == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 10,
        RoundingMode.HALF_UP);
  }

  /** @return the item's score to two decimals, half up, within 0 and its weight */
  static ItemScore item(EvaluationItem item, BigDecimal raw, String rationale) {
    BigDecimal score = raw.setScale(2, RoundingMode.HALF_UP).max(BigDecimal.ZERO)
        .min(BigDecimal.valueOf(item.weight()).setScale(2));
    return new ItemScore(item, score, rationale);
  }
}
