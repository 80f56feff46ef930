package org.lianfang.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.testing.EvaluationGenerators;

/**
 * The default policy of P-24 on a bureau's year worked by hand, and the SOE alternative on the same year: each figure
 * as the documented rule gives it, the composite at 20 / 40 / 40, the bands at 90 and 80 (76 for the SOE table).
 */
class StandardEvaluationPolicyTest {
  /** 10 points, 8 owned, 9 covered; 30 checks owed, 27 submitted; 4 powers, 3 disclosed; 20 rows; 1 held; 2 overdue. */
  private static final EvaluationFigures BUREAU = EvaluationGenerators.bureau(new UnitId(UUID.randomUUID()),
      Year.of(2010), LocalDate.of(2010, 12, 31));

  @Test
  void p24_eachItemIsScoredFromTheFiguresByItsRule() {
    Scorecard c = Scorecard.of(StandardEvaluationPolicy.standard(), BUREAU, Optional.of(new BigDecimal("90")),
        List.of(), List.of(new BigDecimal("88"), new BigDecimal("92")), List.of());
    // 8/10 × 5; (9/10 + 27/30) × 7.5; 3/4 × 10; (16 + 2 × 0.5)/20 × 40; 20 − 2 − 2; 85 % of 90 % × 10
    assertEquals(List.of("4.00", "13.50", "7.50", "34.00", "16.00", "9.44"), c.items().stream()
        .map(i -> i.score().toPlainString()).toList());
    assertEquals(new BigDecimal("84.44"), c.office());
    assertEquals(Optional.of(new BigDecimal("90.00")), c.leaders(), "the leaders' mean");
    assertEquals(Optional.of(new BigDecimal("87.78")), c.composite(), "90 × 0.2 + 84.44 × 0.4 + 90 × 0.4 = 87.776");
    assertEquals(Band.PASS, c.band());
    assertEquals("合格", c.label());
    assertTrue(c.items().get(3).rationale().contains("完全落实 16"), "the rationale names the figures");
  }

  @Test
  void p24_theCompositeWaitsForEveryPartAndTheBandReadsTheOfficesScoreUntilThen() {
    Scorecard c = Scorecard.of(StandardEvaluationPolicy.standard(), BUREAU, Optional.empty(), List.of(), List.of(),
        List.of());
    assertEquals(Optional.empty(), c.composite());
    assertEquals(new BigDecimal("84.44"), c.total());
    assertEquals(Band.PASS, c.band());
  }

  @Test
  void p24_deductionsLowerTheirItemTo0AtMostAndNameTheirCase() {
    Scorecard c = Scorecard.of(StandardEvaluationPolicy.standard(), BUREAU, Optional.empty(), List.of(
        new Deduction("integrity", new BigDecimal("3"), "重要信访件未按期办结", "信访登记 2010-117"),
        new Deduction("integrity", new BigDecimal("15.5"), "扣压举报", "昆纪〔2010〕3号"),
        new Deduction("openness", new BigDecimal("0.25"), "公开栏未更新", "检查记录")), List.of(), List.of());
    assertEquals(new BigDecimal("0.00"), c.items().get(4).score(), "16 − 3 − 15.5 stops at 0 (扣完为止)");
    assertEquals(new BigDecimal("7.25"), c.items().get(2).score());
    assertTrue(c.items().get(4).rationale().contains("扣压举报"));
    assertEquals(new BigDecimal("68.19"), c.office(), "4 + 13.5 + 7.25 + 34 + 0 + 9.44");
    assertEquals(Band.FAIL, c.band());
    assertThrows(IllegalArgumentException.class, () -> Scorecard.of(StandardEvaluationPolicy.standard(), BUREAU,
        Optional.empty(), List.of(new Deduction("nonsense", BigDecimal.ONE, "？", "？")), List.of(), List.of()));
  }

  @Test
  void p24_theSoeTableDeductsPerCaseFrom100AndBandsAt90And76() {
    Scorecard c = Scorecard.of(new SoeEvaluationPolicy(), BUREAU, Optional.of(new BigDecimal("99")), List.of(),
        List.of(new BigDecimal("99")), List.of());
    assertEquals(new BigDecimal("90.00"), c.office(), "100 − 2 overdue × 4 − 1 other held × 2");
    assertEquals(Optional.of(new BigDecimal("90.00")), c.composite(), "the office's score is the whole result");
    assertEquals(Band.PASS, c.band(), "90 would be 优秀, but someone was held accountable (P-24)");
    assertEquals("达标", c.label());
    assertEquals(Band.PASS, new SoeEvaluationPolicy().band(new BigDecimal("76")));
    assertEquals(Band.FAIL, new SoeEvaluationPolicy().band(new BigDecimal("75")));
  }

  @Test
  void p24_aPolicyOutOfOrderIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new StandardEvaluationPolicy(20, 40, 30, 90, 80, 90));
    assertThrows(IllegalArgumentException.class, () -> new StandardEvaluationPolicy(20, 40, 40, 80, 80, 90));
    assertThrows(IllegalArgumentException.class, () -> new StandardEvaluationPolicy(20, 40, 40, 90, 80, 0));
  }

  @Test
  void p24_aDeductionNamesAnItemsCodeAndADecidedTotalIsInHundredths() {
    assertThrows(IllegalArgumentException.class, () -> new Deduction("", BigDecimal.ONE, "扣分", "依据"));
    assertThrows(IllegalArgumentException.class, () -> new Deduction("项".repeat(65), BigDecimal.ONE, "扣分", "依据"));
    assertThrows(IllegalArgumentException.class, () -> new Deduction("integrity", new BigDecimal("0.001"), "扣分",
        "依据"));
    assertThrows(IllegalArgumentException.class, () -> new EvaluationDecision(LocalDate.of(2010, 12, 31), "同意",
        new BigDecimal("90.005"), Band.EXCELLENT, "优秀"));
    assertEquals(new BigDecimal("90.50"), new EvaluationDecision(LocalDate.of(2010, 12, 31), "同意",
        new BigDecimal("90.50"), Band.EXCELLENT, "优秀").total());
  }
}
