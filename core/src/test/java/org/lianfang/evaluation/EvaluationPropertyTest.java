package org.lianfang.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.testing.EvaluationGenerators;

/**
 * The annual evaluation's invariants (issue 13, S-11, P-24) over generated years, under both policies: a score within
 * [0, 100] and each item within its weight; a FULL rating added never lowers a score, a deduction never raises one; a
 * veto always gives the lowest band, and anyone held accountable rules out the highest; the same figures under the
 * same policy version give the same scorecard.
 */
class EvaluationPropertyTest {
  private static final List<EvaluationPolicy> POLICIES = List.of(StandardEvaluationPolicy.standard(),
      new SoeEvaluationPolicy());

  private static Scorecard card(EvaluationPolicy p, EvaluationFigures f, int self, List<BigDecimal> leaders,
      List<Deduction> less, List<Veto> vetoes) {
    return Scorecard.of(p, f, Optional.of(BigDecimal.valueOf(self)), less, leaders, vetoes);
  }

  @Test
  void p24_itemWeightsSumTo100() {
    for (EvaluationPolicy p : POLICIES) {
      assertEquals(100, p.items().stream().mapToInt(EvaluationItem::weight).sum(), p.version().name());
      assertEquals(100, p.composite().stream().mapToInt(Integer::intValue).sum(), p.version().name());
    }
  }

  @Test
  void p24_aScoreIsWithin0And100AndEachItemWithinItsWeight() {
    qt().forAll(EvaluationGenerators.figures(), integers().between(0, 100), EvaluationGenerators.leaderScores())
        .checkAssert((f, self, leaders) -> {
          for (EvaluationPolicy p : POLICIES) {
            Scorecard c = card(p, f, self, leaders, List.of(), List.of());
            for (ItemScore i : c.items()) {
              assertTrue(i.score().signum() >= 0 && i.score().compareTo(BigDecimal.valueOf(i.item().weight())) <= 0,
                  i.toString());
            }
            for (BigDecimal x : List.of(c.office(), c.total())) {
              assertTrue(x.signum() >= 0 && x.compareTo(BigDecimal.valueOf(100)) <= 0, c.toString());
            }
          }
        });
  }

  @Test
  void p24_aFullRatingAddedNeverLowersAScore() {
    qt().forAll(EvaluationGenerators.figures(), integers().between(0, 100), EvaluationGenerators.leaderScores())
        .checkAssert((f, self, leaders) -> {
          EvaluationFigures more = new EvaluationFigures(f.unit(), f.year(), f.asOf(), f.points(), f.pointsOwned(),
              f.pointsCovered(), f.powerItems(), f.powerItemsDisclosed(), f.checksDue(), f.checksSubmitted(),
              f.ratedFull() + 1, f.ratedPartial(), f.ratedNone(), f.itemsOverdue(), f.reportsOpen(),
              f.leadersHeldAccountable(), f.othersHeldAccountable(), f.appraisalScored(), f.appraisalSatisfied());
          for (EvaluationPolicy p : POLICIES) {
            Scorecard before = card(p, f, self, leaders, List.of(), List.of());
            Scorecard after = card(p, more, self, leaders, List.of(), List.of());
            assertTrue(after.office().compareTo(before.office()) >= 0, before + " → " + after);
            assertTrue(after.total().compareTo(before.total()) >= 0, before + " → " + after);
            assertTrue(after.band().compareTo(before.band()) <= 0, "the band never worsens");
          }
        });
  }

  @Test
  void p24_aDeductionNeverRaisesAScoreAndNeverTakesAnItemBelow0() {
    qt().forAll(EvaluationGenerators.figures(), integers().between(0, 100), integers().between(1, 3000),
        integers().between(0, 5)).checkAssert((f, self, hundredths, which) -> {
          for (EvaluationPolicy p : POLICIES) {
            EvaluationItem item = p.items().get(which % p.items().size());
            Deduction d = new Deduction(item.code(), BigDecimal.valueOf(hundredths, 2), "重要信访件未按期办结",
                "昆纪〔2010〕1号");
            Scorecard before = card(p, f, self, List.of(BigDecimal.valueOf(85)), List.of(), List.of());
            Scorecard after = card(p, f, self, List.of(BigDecimal.valueOf(85)), List.of(d), List.of());
            assertTrue(after.office().compareTo(before.office()) <= 0);
            assertTrue(after.total().compareTo(before.total()) <= 0);
            ItemScore was = before.items().get(which % p.items().size());
            ItemScore is = after.items().get(which % p.items().size());
            assertEquals(was.score().subtract(d.points()).max(BigDecimal.ZERO).setScale(2), is.score(),
                "lowered by the deduction, to 0 at most");
          }
        });
  }

  @Test
  void p24_aVetoAlwaysGivesTheLowestBandAndAccountabilityRulesOutTheHighest() {
    qt().forAll(EvaluationGenerators.figures(), integers().between(0, 100), EvaluationGenerators.leaderScores())
        .checkAssert((f, self, leaders) -> {
          for (EvaluationPolicy p : POLICIES) {
            Scorecard vetoed = card(p, f, self, leaders, List.of(), List.of(new Veto("班子成员违纪", "昆纪决〔2010〕9号")));
            assertEquals(Band.FAIL, vetoed.band());
            assertEquals(p.label(Band.FAIL), vetoed.label());
            Scorecard c = card(p, f, self, leaders, List.of(), List.of());
            if (f.anyoneHeldAccountable()) {
              assertNotEquals(Band.EXCELLENT, c.band());
            } else {
              assertEquals(p.band(c.total()), c.band(), "otherwise the policy's thresholds alone");
            }
          }
        });
  }

  @Test
  void p24_theSameFiguresUnderTheSamePolicyVersionGiveTheSameScorecard() {
    qt().forAll(EvaluationGenerators.figures(), integers().between(0, 100), EvaluationGenerators.leaderScores())
        .checkAssert((f, self, leaders) -> {
          StandardEvaluationPolicy again = new StandardEvaluationPolicy(20, 40, 40, 90, 80, 90);
          assertEquals(StandardEvaluationPolicy.standard().version(), again.version());
          assertEquals(card(StandardEvaluationPolicy.standard(), f, self, leaders, List.of(), List.of()),
              card(again, f, self, leaders, List.of(), List.of()));
          assertEquals(card(new SoeEvaluationPolicy(), f, self, leaders, List.of(), List.of()),
              card(new SoeEvaluationPolicy(), f, self, leaders, List.of(), List.of()));
        });
  }
}
