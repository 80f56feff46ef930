package org.lianfang.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.organization.PostId;
import org.lianfang.testing.Generators;
import org.lianfang.testing.ProcessGenerators;

/**
 * A chart is accepted exactly when it has no problems, given the unit's posts; an accepted definition or revision
 * records an event whose fields are the new chart, and a revision keeps id, unit, code and version.
 */
class BusinessProcessPropertyTest {
  private final UnitId unit = new UnitId(UUID.randomUUID());

  @Test
  void aValidChartIsDefinedAndItsEventIsTheChart() {
    qt().forAll(ProcessGenerators.processes(unit)).checkAssert(chart -> {
      Outcome<Change<BusinessProcess>> o = BusinessProcess.define(chart.id(), unit, chart.code(), chart.name(),
          chart.steps(), chart.flows(), chart.posts(), Map.of());
      BusinessProcess p = o.orElseThrow().after();
      assertEquals(BusinessProcess.restore(chart.id(), unit, chart.code(), chart.name(), chart.steps(),
          chart.flows(), 0), p);
      assertEquals(List.of(new ProcessEvent.ProcessDefined(p.unitId(), p.id(), p.code(), p.name(), p.steps(),
          p.flows())), o.orElseThrow().events());
    });
  }

  @Test
  void aChartWhoseStepsNameAnotherUnitsPostIsRefusedStepByStep() {
    qt().forAll(ProcessGenerators.processes(unit)).checkAssert(chart -> {
      Refusal r = BusinessProcess.define(chart.id(), unit, chart.code(), chart.name(), chart.steps(), chart.flows(),
          Set.of(), Map.of()).whyRefused().orElseThrow();
      assertEquals(Refusal.Code.RULE_VIOLATED, r.code());
      assertEquals(chart.steps().size(), r.violations().size());
      r.violations().forEach(v -> assertEquals("steps:dangling-post", v.path() + ":" + v.rule()));
    });
  }

  @Test
  void anyValidRevisionKeepsIdentityAndVersionAndItsEventIsTheNewChart() {
    qt().forAll(ProcessGenerators.processes(unit), ProcessGenerators.processes(unit)).checkAssert((stored, drawn) -> {
      Set<PostId> posts = new HashSet<>(stored.posts());
      posts.addAll(drawn.posts());
      Outcome<Change<BusinessProcess>> o = stored.revise(drawn.name(), drawn.steps(), drawn.flows(), posts,
          Map.of());
      BusinessProcess after = o.orElseThrow().after();
      assertEquals(BusinessProcess.restore(stored.id(), unit, stored.code(), drawn.name(), drawn.steps(),
          drawn.flows(), stored.version()), after);
      assertEquals(List.of(new ProcessEvent.ProcessRevised(after.unitId(), after.id(), after.name(), after.steps(),
          after.flows())), o.orElseThrow().events());
      assertFalse(after.revise(after.name(), after.steps(), after.flows(), posts, Map.of()).isAccepted(),
          "redrawing the same chart changes nothing");
    });
  }
}
