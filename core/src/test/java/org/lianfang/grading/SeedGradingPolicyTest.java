package org.lianfang.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;

class SeedGradingPolicyTest {
  private final SeedGradingPolicy policy = SeedGradingPolicy.standard();

  private static PostProfile discretionaryMoney() {
    return new PostProfile(false, Set.of(Resource.MONEY), true, false, Set.of(), Transparency.PARTIAL);
  }

  private static PostProfile licensing() {
    return new PostProfile(false, Set.of(), false, false, Set.of(AdministrativePower.LICENSING), Transparency.OPEN);
  }

  private static boolean fired(Grade g, String code) {
    return g.rationale().stream().anyMatch(r -> r.code().equals(code));
  }

  @Test
  void s6_majorMatterIsHigherEvenWhenUnlikelyAndSlight() {
    Grade g = policy.grade(new GradingInput(new Assessment(1, 1, true, false), PostProfile.ordinary()));
    assertEquals(RiskGrade.HIGHER, g.level());
    assertTrue(fired(g, "S-6.higher.major-matter"));
  }

  @Test
  void s6_discretionaryPowerOverMoneyIsHigher() {
    Grade g = policy.grade(new GradingInput(Assessment.of(1, 1), discretionaryMoney()));
    assertEquals(RiskGrade.HIGHER, g.level());
    assertTrue(fired(g, "S-6.higher.discretionary-resources"));
  }

  @Test
  void s6_commonProblemWithSeriousHarmIsHigher() {
    assertEquals(RiskGrade.HIGHER,
        policy.grade(new GradingInput(new Assessment(1, 4, false, true), PostProfile.ordinary())).level());
    assertEquals(RiskGrade.LOWER,
        policy.grade(new GradingInput(new Assessment(1, 3, false, true), PostProfile.ordinary())).level());
  }

  @Test
  void s6_postWithPowerButNoPeopleMoneyOrGoodsIsAtLeastGeneral() {
    Grade g = policy.grade(new GradingInput(Assessment.of(1, 1), licensing()));
    assertEquals(RiskGrade.GENERAL, g.level());
    assertTrue(fired(g, "S-6.general.power"));
  }

  @Test
  void s6_openPostWithoutPowerIsLowerWhenTheMatrixSaysSo() {
    Grade g = policy.grade(new GradingInput(Assessment.of(2, 2), PostProfile.ordinary()));
    assertEquals(RiskGrade.LOWER, g.level());
    assertEquals(List.of("S-6.matrix"), g.rationale().stream().map(FiredRule::code).toList());
  }

  @Test
  void s6_theMatrixAloneCanRaiseAnOrdinaryPost() {
    assertEquals(RiskGrade.HIGHER, policy.grade(new GradingInput(Assessment.of(4, 3), PostProfile.ordinary())).level());
    assertEquals(RiskGrade.GENERAL, policy.grade(new GradingInput(Assessment.of(1, 5), PostProfile.ordinary())).level());
  }

  @Test
  void gradeRecordsThePolicyAndItsMatrix() {
    Grade g = policy.grade(new GradingInput(Assessment.of(3, 3), licensing()));
    assertEquals("seed-s6", g.policy().name());
    assertEquals("matrix=LLLLG/LLGGG/LGGHH/LGHHH/GGHHH", g.policy().parameters(),
        "p × h ≥ 12 is H, ≥ 5 is G, rows p = 1..5, columns h = 1..5");
  }

  @Test
  void aLocalMatrixIsRecordedAndUsed() {
    GradeMatrix strict = GradeMatrix.byProduct(6, 2);
    SeedGradingPolicy local = SeedGradingPolicy.withMatrix(strict, "2011-gd");
    Grade g = local.grade(new GradingInput(Assessment.of(2, 3), PostProfile.ordinary()));
    assertEquals(RiskGrade.HIGHER, g.level());
    assertEquals("2011-gd", g.policy().version());
    assertNotEquals(policy.version(), local.version());
  }

  @Test
  void rejectsAMatrixThatIsNotMonotone() {
    List<List<RiskGrade>> rows = new java.util.ArrayList<>();
    for (int p = 0; p < 5; p++) {
      rows.add(Collections.nCopies(5, RiskGrade.GENERAL));
    }
    rows.set(4, List.of(RiskGrade.GENERAL, RiskGrade.GENERAL, RiskGrade.LOWER, RiskGrade.GENERAL,
        RiskGrade.GENERAL));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GradeMatrix.of(rows));
    assertTrue(e.getMessage().contains("not monotone"), e.getMessage());
  }

  @Test
  void rejectsAMatrixOfTheWrongSize() {
    assertThrows(IllegalArgumentException.class, () -> GradeMatrix.of(List.of(List.of(RiskGrade.LOWER))));
  }

  @Test
  void matrixFromRowsEqualsTheSameMatrixByProduct() {
    GradeMatrix byProduct = GradeMatrix.standard();
    List<List<RiskGrade>> rows = new java.util.ArrayList<>();
    for (int p = 1; p <= 5; p++) {
      List<RiskGrade> row = new java.util.ArrayList<>();
      for (int h = 1; h <= 5; h++) {
        row.add(byProduct.at(p, h));
      }
      rows.add(row);
    }
    assertEquals(byProduct, GradeMatrix.of(rows));
  }

  @Test
  void p4_labelSetsNameTheSameThreeLevels() {
    assertEquals("较高", GradeLabels.SEED.label(RiskGrade.HIGHER));
    assertEquals("一级", GradeLabels.LEVELS.label(RiskGrade.HIGHER));
    assertEquals("三级", GradeLabels.LEVELS.label(RiskGrade.LOWER));
    assertEquals("中", GradeLabels.HIGH_MEDIUM_LOW.label(RiskGrade.GENERAL));
    for (GradeLabels set : GradeLabels.values()) {
      for (RiskGrade g : RiskGrade.values()) {
        assertEquals(g, set.parse(set.label(g)).orElseThrow(), set + " " + g);
      }
      assertTrue(set.parse("无此等级").isEmpty());
    }
    assertEquals(RiskGrade.LOWER, GradeLabels.ENGLISH.parse("lower").orElseThrow());
  }

  @Test
  void rejectsAnAssessmentOffTheScale() {
    assertThrows(IllegalArgumentException.class, () -> Assessment.of(0, 3));
    assertThrows(IllegalArgumentException.class, () -> Assessment.of(3, 6));
  }
}
