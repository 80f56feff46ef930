package org.lianfang.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.grading.RiskGrade;
import org.quicktheories.core.Gen;

/**
 * The control policies over any set of measures (P-14 and the residual grade): the residual grade is never above the
 * inherent one; putting one more measure in force never adds a coverage gap and never raises the residual grade; the
 * default coverage asks at least what the seed's rule alone asks. Examples pin each rule of the defaults.
 */
class ControlPoliciesPropertyTest {
  private static final CoveragePolicy STANDARD = CoveragePolicy.standard();
  private static final CoveragePolicy SEED = CoveragePolicy.anyMeasureInForce();
  private static final ResidualGradingPolicy RESIDUAL = ResidualGradingPolicy.standard();

  /** One measure of the point: its phase, line, whether it has an indicator, and how far along its life it got. */
  record Drawn(ControlPhase phase, DefenseLine line, boolean indicator, int steps) {}

  static Gen<Drawn> measures() {
    return integers().between(0, 2).zip(integers().between(0, 2), booleans().all(), integers().between(0, 3),
        (p, l, i, s) -> new Drawn(ControlPhase.values()[p], DefenseLine.values()[l], i, s));
  }

  /** A point's facts: its grade, principal leader's post, 三重一大. */
  record Facts(RiskGrade grade, boolean leader, boolean major) {}

  static Gen<Facts> facts() {
    return integers().between(0, 2).zip(booleans().all(), booleans().all(),
        (g, l, m) -> new Facts(RiskGrade.values()[g], l, m));
  }

  /** Builds the measure through its own steps: 0 draft, 1 registered, 2 in force, 3 retired after being in force. */
  static ControlMeasure measure(Drawn d) {
    ControlMeasure m = ControlMeasure.draft(new ControlMeasureId(UUID.randomUUID()), ControlMeasureTest.LAND,
        List.of(ControlMeasureTest.POINT), ControlMeasureTest.plan(d.phase(), d.line(),
            d.indicator() ? Optional.of(ControlMeasureTest.LATE_REPORTS) : Optional.empty()),
        ControlMeasureTest.DRAFTED).orElseThrow().after();
    if (d.steps() >= 1) {
      m = m.register(ControlMeasureTest.DRAFTED).orElseThrow().after();
    }
    if (d.steps() >= 2) {
      m = m.putInForce(ControlMeasureTest.DRAFTED.plusDays(1)).orElseThrow().after();
    }
    if (d.steps() >= 3) {
      m = m.retire(ControlMeasureTest.DRAFTED.plusDays(2), "职能调整").orElseThrow().after();
    }
    return m;
  }

  static ControlledPoint point(Facts f, List<ControlMeasure> ms) {
    return new ControlledPoint(ControlMeasureTest.POINT, f.grade(), f.leader(), f.major(), ms);
  }

  @Test
  void theResidualGradeIsNeverAboveTheInherentOneAndNamesARuleForEveryStepDown() {
    qt().forAll(facts(), lists().of(measures()).ofSizeBetween(0, 8)).checkAssert((f, ds) -> {
      ResidualGrade r = RESIDUAL.residual(point(f, ds.stream().map(ControlPoliciesPropertyTest::measure).toList()));
      assertTrue(r.grade().ordinal() <= f.grade().ordinal(), r + " above " + f.grade());
      assertTrue(f.grade().ordinal() - r.grade().ordinal() <= r.fired().size(), "every step down has its rule");
    });
  }

  @Test
  void oneMoreMeasureInForceNeverAddsAGapNorRaisesTheResidualGrade() {
    qt().forAll(facts(), lists().of(measures()).ofSizeBetween(0, 6), measures()).checkAssert((f, ds, extra) -> {
      List<ControlMeasure> before = new ArrayList<>(ds.stream().map(ControlPoliciesPropertyTest::measure).toList());
      ControlledPoint was = point(f, before);
      before.add(measure(new Drawn(extra.phase(), extra.line(), extra.indicator(), 2)));
      ControlledPoint now = point(f, before);
      for (CoveragePolicy policy : List.of(STANDARD, SEED)) {
        assertTrue(policy.gaps(was).containsAll(policy.gaps(now)), policy.gaps(was) + " then " + policy.gaps(now));
      }
      assertTrue(RESIDUAL.residual(now).grade().ordinal() <= RESIDUAL.residual(was).grade().ordinal());
    });
  }

  @Test
  void p14_theDefaultAsksAtLeastWhatTheSeedsRuleAsks() {
    qt().forAll(facts(), lists().of(measures()).ofSizeBetween(0, 6)).checkAssert((f, ds) -> {
      ControlledPoint p = point(f, ds.stream().map(ControlPoliciesPropertyTest::measure).toList());
      assertTrue(STANDARD.gaps(p).containsAll(SEED.gaps(p)));
      assertEquals(p.inForce().isEmpty(), SEED.gaps(p).contains(CoverageGap.NO_MEASURE_IN_FORCE));
    });
  }

  @Test
  void p14_aHigherPointOnAPrincipalLeadersPostNeedsAMonitoringMeasureAndOneOnThePowerLine() {
    Facts leaderHigher = new Facts(RiskGrade.HIGHER, true, false);
    assertEquals(List.of(CoverageGap.NO_MEASURE_IN_FORCE, CoverageGap.NO_MONITORING_MEASURE,
        CoverageGap.NO_POWER_REGULATION), STANDARD.gaps(point(leaderHigher, List.of())));
    ControlMeasure educating = measure(new Drawn(ControlPhase.PREVENTION, DefenseLine.EDUCATION, false, 2));
    assertEquals(List.of(CoverageGap.NO_MONITORING_MEASURE, CoverageGap.NO_POWER_REGULATION),
        STANDARD.gaps(point(leaderHigher, List.of(educating))));
    ControlMeasure monitoringOnPower = measure(new Drawn(ControlPhase.MONITORING, DefenseLine.POWER_REGULATION,
        false, 2));
    assertEquals(List.of(), STANDARD.gaps(point(leaderHigher, List.of(educating, monitoringOnPower))));
    assertEquals(List.of(), STANDARD.gaps(point(new Facts(RiskGrade.LOWER, false, false), List.of(educating))),
        "a 较低 point off the leaders' posts needs one measure in force");
    ControlMeasure registeredOnly = measure(new Drawn(ControlPhase.MONITORING, DefenseLine.POWER_REGULATION,
        false, 1));
    assertEquals(List.of(CoverageGap.NO_MEASURE_IN_FORCE), SEED.gaps(point(leaderHigher, List.of(registeredOnly))),
        "registered is not in force");
  }

  @Test
  void s7_s8_s9_p6_theDefaultResidualGradeStepsDownOnceForThreeLinesAndOnceForAWatchedMonitoringMeasure() {
    Facts higher = new Facts(RiskGrade.HIGHER, false, true);
    List<ControlMeasure> threeLines = List.of(
        measure(new Drawn(ControlPhase.PREVENTION, DefenseLine.EDUCATION, false, 2)),
        measure(new Drawn(ControlPhase.PREVENTION, DefenseLine.POWER_REGULATION, false, 2)),
        measure(new Drawn(ControlPhase.DISPOSAL, DefenseLine.SUPERVISION, false, 2)));
    assertEquals(new ResidualGrade(RiskGrade.HIGHER, List.of()), RESIDUAL.residual(point(higher, List.of())));
    assertEquals(new ResidualGrade(RiskGrade.GENERAL, List.of(ResidualRule.ALL_THREE_LINES)),
        RESIDUAL.residual(point(higher, threeLines)));
    List<ControlMeasure> watched = new ArrayList<>(threeLines);
    watched.add(measure(new Drawn(ControlPhase.MONITORING, DefenseLine.SUPERVISION, true, 2)));
    assertEquals(new ResidualGrade(RiskGrade.LOWER,
        List.of(ResidualRule.ALL_THREE_LINES, ResidualRule.MONITORED_BY_INDICATOR)),
        RESIDUAL.residual(point(higher, watched)));
    assertEquals(RiskGrade.LOWER, RESIDUAL.residual(point(new Facts(RiskGrade.LOWER, false, false), watched))
        .grade(), "never below the lowest grade");
    List<ControlMeasure> retired = List.of(measure(new Drawn(ControlPhase.MONITORING, DefenseLine.SUPERVISION,
        true, 3)));
    assertEquals(RiskGrade.HIGHER, RESIDUAL.residual(point(higher, retired)).grade(), "a retired measure counts nil");
  }
}
