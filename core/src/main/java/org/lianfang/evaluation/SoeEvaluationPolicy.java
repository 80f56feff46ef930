package org.lianfang.evaluation;

import java.math.BigDecimal;
import java.util.List;
import org.lianfang.grading.PolicyVersion;

/**
 * The alternative policy (P-24): the state-owned enterprise table of 党风廉政建设 考核, one item of 100 less per case —
 * a report of the year still open 3 (重要信访件未办结), a rectification item overdue 4 (问题不查), a principal leader held
 * accountable 4, anyone else 2 — never below 0; the office's score is the whole result (no self-assessment or leaders'
 * share); 优秀 from 90, 达标 above 75 (76–89 in the source's whole points), 不达标 at 75 or below. Stateless and thread-safe.
 */
public final class SoeEvaluationPolicy implements EvaluationPolicy {
  /** 党风廉政建设. */
  public static final EvaluationItem CONDUCT = new EvaluationItem("conduct", "党风廉政建设", 100);

  @Override
  public PolicyVersion version() {
    return new PolicyVersion("p24-soe", "1", "");
  }

  @Override
  public List<EvaluationItem> items() {
    return List.of(CONDUCT);
  }

  @Override
  public List<ItemScore> score(EvaluationFigures f) {
    long score = 100L - 3L * f.reportsOpen() - 4L * f.itemsOverdue() - 4L * f.leadersHeldAccountable()
        - 2L * f.othersHeldAccountable();
    return List.of(StandardEvaluationPolicy.item(CONDUCT, BigDecimal.valueOf(Math.max(0, score)), "100 分，信访举报未办结 "
        + f.reportsOpen() + " 件 × 3、整改逾期 " + f.itemsOverdue() + " 项 × 4、主要领导被问责 " + f.leadersHeldAccountable()
        + " 人次 × 4、其他人员 " + f.othersHeldAccountable() + " 人次 × 2，扣完为止"));
  }

  @Override
  public List<Integer> composite() {
    return List.of(0, 100, 0);
  }

  @Override
  public Band band(BigDecimal total) {
    return total.compareTo(BigDecimal.valueOf(90)) >= 0 ? Band.EXCELLENT
        : total.compareTo(BigDecimal.valueOf(75)) > 0 ? Band.PASS : Band.FAIL;
  }

  @Override
  public String label(Band band) {
    return switch (band) {
      case EXCELLENT -> "优秀";
      case PASS -> "达标";
      case FAIL -> "不达标";
    };
  }
}
