package org.lianfang.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Resource;
import org.lianfang.organization.Transparency;

class AlternativeGradingPoliciesTest {
  @Test
  void p4_byPowerHeld() {
    PowerBasedGradingPolicy p = PowerBasedGradingPolicy.standard();
    assertEquals(RiskGrade.HIGHER, p.grade(new GradingInput(Assessment.of(1, 1),
        new PostProfile(false, Set.of(Resource.GOODS), false, false, Set.of(), Transparency.OPEN))).level());
    assertEquals(RiskGrade.GENERAL, p.grade(new GradingInput(Assessment.of(5, 5),
        new PostProfile(false, Set.of(), false, false, Set.of(AdministrativePower.PENALTY), Transparency.OPEN)))
        .level());
    Grade none = p.grade(new GradingInput(Assessment.of(5, 5), PostProfile.ordinary()));
    assertEquals(RiskGrade.LOWER, none.level());
    assertEquals("P-4.power.none", none.rationale().get(0).code());
  }

  @Test
  void p4_byLikelihoodTimesConsequenceWithLocalThresholds() {
    LikelihoodConsequencePolicy p = LikelihoodConsequencePolicy.of(16, 9, "local-1");
    assertEquals(RiskGrade.HIGHER, p.grade(new GradingInput(Assessment.of(4, 4), PostProfile.ordinary())).level());
    assertEquals(RiskGrade.GENERAL, p.grade(new GradingInput(Assessment.of(3, 5), PostProfile.ordinary())).level());
    assertEquals(RiskGrade.LOWER, p.grade(new GradingInput(Assessment.of(2, 4), PostProfile.ordinary())).level());
    assertEquals("higher>=16;general>=9", p.version().parameters());
    assertThrows(IllegalArgumentException.class, () -> LikelihoodConsequencePolicy.of(5, 9, "bad"));
  }

  @Test
  void p4_threeCriteriaMetMakeLevelOne() {
    CriteriaCountPolicy p = CriteriaCountPolicy.standard();
    PostProfile threeCriteria = new PostProfile(false, Set.of(Resource.PEOPLE, Resource.MONEY), true, false,
        Set.of(), Transparency.OPEN);
    Grade g = p.grade(new GradingInput(Assessment.of(1, 1), threeCriteria));
    assertEquals(RiskGrade.HIGHER, g.level());
    assertTrue(g.rationale().get(0).zh().contains("3 项"), g.rationale().get(0).zh());
    assertEquals("一级", GradeLabels.LEVELS.label(g.level()));
    assertEquals(RiskGrade.LOWER, p.grade(new GradingInput(Assessment.of(1, 1), PostProfile.ordinary())).level());
  }

  @Test
  void p4_customCriteriaAndThresholds() {
    CriteriaCountPolicy p = CriteriaCountPolicy.of(List.of(
        new CriteriaCountPolicy.Criterion("leader", "主要领导", "leader", in -> in.profile().principalLeader()),
        new CriteriaCountPolicy.Criterion("harm", "危害大", "harmful", in -> in.assessment().harm() >= 3)),
        2, 1, "x");
    PostProfile leader = new PostProfile(true, Set.of(), false, false, Set.of(), Transparency.OPEN);
    assertEquals(RiskGrade.HIGHER, p.grade(new GradingInput(Assessment.of(1, 3), leader)).level());
    assertEquals(RiskGrade.GENERAL, p.grade(new GradingInput(Assessment.of(1, 1), leader)).level());
    assertThrows(IllegalArgumentException.class, () -> CriteriaCountPolicy.of(List.of(), 1, 1, "x"));
  }
}
