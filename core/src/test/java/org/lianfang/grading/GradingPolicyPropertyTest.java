package org.lianfang.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianfang.organization.PostProfile;
import org.lianfang.testing.Generators;
import org.lianfang.testing.RiskGenerators;

/** Invariants every grading policy keeps (S-6, P-4; the contract of {@link GradingPolicy}). */
class GradingPolicyPropertyTest {
  private static final List<GradingPolicy> POLICIES = List.of(SeedGradingPolicy.standard(),
      SeedGradingPolicy.withMatrix(GradeMatrix.byProduct(20, 3), "strict"), PowerBasedGradingPolicy.standard(),
      LikelihoodConsequencePolicy.standard(), CriteriaCountPolicy.standard());

  @Test
  void gradingIsDeterministic() {
    for (GradingPolicy p : POLICIES) {
      qt().forAll(RiskGenerators.gradingInputs()).checkAssert(in -> assertEquals(p.grade(in), p.grade(in)));
    }
  }

  @Test
  void gradingIsMonotoneInProbability() {
    for (GradingPolicy p : POLICIES) {
      qt().forAll(RiskGenerators.gradingInputs(), integers().between(0, 4)).checkAssert((in, up) -> {
        Assessment a = in.assessment();
        Assessment higher = new Assessment(Math.min(5, a.probability() + up), a.harm(), a.majorMatter(),
            a.commonProblem());
        assertTrue(p.grade(new GradingInput(higher, in.profile())).level().compareTo(p.grade(in).level()) >= 0,
            p.version() + ": raising probability lowered the grade of " + in);
      });
    }
  }

  @Test
  void gradingIsMonotoneInHarm() {
    for (GradingPolicy p : POLICIES) {
      qt().forAll(RiskGenerators.gradingInputs(), integers().between(0, 4)).checkAssert((in, up) -> {
        Assessment a = in.assessment();
        Assessment worse = new Assessment(a.probability(), Math.min(5, a.harm() + up), a.majorMatter(),
            a.commonProblem());
        assertTrue(p.grade(new GradingInput(worse, in.profile())).level().compareTo(p.grade(in).level()) >= 0,
            p.version() + ": raising harm lowered the grade of " + in);
      });
    }
  }

  @Test
  void s6_majorMatterIsAlwaysHigherUnderTheSeedAndPowerPolicies() {
    for (GradingPolicy p : List.of(POLICIES.get(0), POLICIES.get(1), POLICIES.get(2))) {
      qt().forAll(RiskGenerators.gradingInputs()).checkAssert(in -> {
        Assessment a = in.assessment();
        GradingInput major = new GradingInput(new Assessment(a.probability(), a.harm(), true, a.commonProblem()),
            in.profile());
        assertEquals(RiskGrade.HIGHER, p.grade(major).level(), p.version().toString());
        PostProfile f = in.profile();
        GradingInput majorPost = new GradingInput(a,
            new PostProfile(f.principalLeader(), f.disposes(), f.discretionary(), true, f.powers(), f.transparency()));
        assertEquals(RiskGrade.HIGHER, p.grade(majorPost).level(), p.version().toString());
      });
    }
  }

  @Test
  void everyGradeHasARationaleWhoseStrongestRuleGivesTheLevel() {
    for (GradingPolicy p : POLICIES) {
      qt().forAll(RiskGenerators.gradingInputs()).checkAssert(in -> {
        Grade g = p.grade(in);
        assertFalse(g.rationale().isEmpty());
        assertEquals(g.level(), g.rationale().stream().map(FiredRule::result).max(Enum::compareTo).orElseThrow());
        assertEquals(p.version(), g.policy());
        g.rationale().forEach(r -> {
          assertFalse(r.zh().isBlank());
          assertFalse(r.en().isBlank());
        });
      });
    }
  }

  @Test
  void theSeedPolicyNeverGradesBelowItsMatrix() {
    GradeMatrix m = GradeMatrix.standard();
    qt().forAll(RiskGenerators.gradingInputs()).checkAssert(in -> assertTrue(
        SeedGradingPolicy.standard().grade(in).level()
            .compareTo(m.at(in.assessment().probability(), in.assessment().harm())) >= 0));
  }
}
