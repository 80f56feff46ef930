package org.lianfang.cycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.ControlGenerators;
import org.lianfang.testing.Generators;
import org.lianfang.testing.RiskGenerators;

/**
 * The properties of the revision's diff (issue 14, S-12, P-26): the same registers give an empty diff; every point of
 * the closed register is in the one that goes on or deleted with its reason; every point found since is added; a new
 * owner chain is an adjustment of the owners and nothing else.
 */
class RegisterDiffPropertyTest {
  private static final Year YEAR = Year.of(2010);
  private static final Instant LATER = Instant.parse("2011-01-10T02:00:00Z");

  @Test
  void s12_closingThenOpeningWithNoChangeGivesAnEmptyDiff() {
    qt().withExamples(60).forAll(integers().between(1, 12), integers().between(0, 6)).checkAssert((n, m) -> {
      UnitId unit = new UnitId(UUID.randomUUID());
      List<RiskPoint> points = Generators.draw(RiskGenerators.riskPoints(unit), n);
      List<ControlMeasure> measures = controlling(Generators.draw(ControlGenerators.measures(unit), m), points);
      assertEquals(List.of(), RegisterDiff.between(YEAR, points, measures, points, measures).entries());
    });
  }

  @Test
  void s12_s13_everyPointOfTheClosedRegisterGoesOnOrIsDeletedWithItsReasonAndEveryNewOneIsAdded() {
    qt().withExamples(60).forAll(integers().between(1, 12), integers().between(0, 4), integers().between(0, 99))
        .checkAssert((n, added, seed) -> {
          UnitId unit = new UnitId(UUID.randomUUID());
          List<RiskPoint> frozen = Generators.draw(RiskGenerators.riskPoints(unit), n);
          List<RiskPoint> live = new ArrayList<>();
          Set<RiskPointId> retiredNow = new HashSet<>();
          for (int i = 0; i < frozen.size(); i++) {
            RiskPoint p = frozen.get(i);
            boolean retire = (seed + i) % 3 == 0 && p.state() != ReviewState.RETIRED;
            if (retire) {
              live.add(p.retire("inspector", LATER, "职能调整，第 " + i + " 项不再适用").orElseThrow().after());
              retiredNow.add(p.id());
            } else {
              live.add(p);
            }
          }
          List<RiskPoint> found = Generators.draw(RiskGenerators.riskPoints(unit), added);
          live.addAll(found);
          RegisterDiff diff = RegisterDiff.between(YEAR, frozen, List.of(), live, List.of());
          Set<RiskPointId> goesOn = new HashSet<>();
          live.stream().filter(p -> p.state() != ReviewState.RETIRED).forEach(p -> goesOn.add(p.id()));
          for (RiskPoint p : frozen) {
            if (p.state() == ReviewState.RETIRED) {
              continue;
            }
            boolean deleted = diff.of(RegisterDiff.Kind.DELETED).stream().anyMatch(e -> e.point().equals(p.id())
                && !e.reason().isBlank());
            assertTrue(goesOn.contains(p.id()) != deleted, p.code());
            assertEquals(retiredNow.contains(p.id()), deleted, p.code());
          }
          assertEquals(found.stream().filter(p -> p.state() != ReviewState.RETIRED).map(RiskPoint::id)
              .collect(java.util.stream.Collectors.toSet()), diff.of(RegisterDiff.Kind.ADDED).stream()
              .map(RegisterDiff.Entry::point).collect(java.util.stream.Collectors.toSet()));
          diff.of(RegisterDiff.Kind.DELETED).forEach(e -> assertTrue(e.reason().startsWith("职能调整"), e.reason()));
          assertTrue(diff.of(RegisterDiff.Kind.ADJUSTED).isEmpty(), "nothing else changed");
        });
  }

  @Test
  void s12_aNewOwnerChainIsAnAdjustmentOfTheOwnersAlone() {
    java.util.concurrent.atomic.AtomicLong adjusted = new java.util.concurrent.atomic.AtomicLong();
    qt().withExamples(60).forAll(integers().between(1, 8)).checkAssert(n -> {
      UnitId unit = new UnitId(UUID.randomUUID());
      List<RiskPoint> frozen = Generators.draw(RiskGenerators.riskPoints(unit), n).stream()
          .filter(p -> p.state() != ReviewState.RETIRED).toList();
      OwnerChain chain = new OwnerChain(new OfficialId(UUID.randomUUID()), new OfficialId(UUID.randomUUID()),
          new OfficialId(UUID.randomUUID()));
      List<RiskPoint> live = frozen.stream().map(p -> p.assignOwners("leader", chain).map(c -> c.after())
          .whyRefused().isEmpty() ? p.assignOwners("leader", chain).orElseThrow().after() : p).toList();
      RegisterDiff diff = RegisterDiff.between(YEAR, frozen, List.of(), live, List.of());
      for (RegisterDiff.Entry e : diff.entries()) {
        assertEquals(RegisterDiff.Kind.ADJUSTED, e.kind());
        assertEquals(Set.of(RegisterDiff.Aspect.OWNERS), e.aspects());
        assertFalse(e.reason().isBlank());
      }
      long reassigned = 0;
      for (int i = 0; i < frozen.size(); i++) {
        reassigned += frozen.get(i).owners().equals(live.get(i).owners()) ? 0 : 1;
      }
      assertEquals(reassigned, diff.entries().size(), "one adjustment per point whose owners changed");
      adjusted.addAndGet(reassigned);
    });
    assertTrue(adjusted.get() > 0, "some examples reassign owners: the property is not met vacuously");
  }

  /** The measures, each made to control some of the points, so the registers' measures are those of their points. */
  private static List<ControlMeasure> controlling(List<ControlMeasure> measures, List<RiskPoint> points) {
    List<ControlMeasure> out = new ArrayList<>();
    for (int i = 0; i < measures.size(); i++) {
      ControlMeasure m = measures.get(i);
      List<RiskPointId> its = List.of(points.get(i % points.size()).id());
      out.add(ControlMeasure.restore(m.id(), m.unitId(), its, m.plan(), m.drafted(), m.life(), m.version()));
    }
    return out;
  }
}
