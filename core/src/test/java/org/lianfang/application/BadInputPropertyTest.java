package org.lianfang.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianfang.Limits;
import org.lianfang.Refusal;
import org.lianfang.application.organization.RegisterPost;
import org.lianfang.application.risk.GradeRiskPoint;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.PostProfile;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.Generators;
import org.lianfang.testing.NoTrace;
import org.lianfang.testing.World;

/** Invalid input is always refused naming the field, in both languages, and changes nothing. */
class BadInputPropertyTest {
  private final InMemoryStore store = InMemoryStore.create();
  private final World w = World.in(store);

  @Test
  void anInvalidNameIsRefusedNamingTheFieldAndLeavesNoTrace() {
    qt().withExamples(200).forAll(Generators.invalidNames(Limits.NAME)).checkAssert(name -> {
      Refusal r = NoTrace.assertRefused(store, Refusal.Code.INVALID_INPUT,
          () -> w.lianfang.organization().registerPost(w.landLeader,
              new RegisterPost(w.land, "GT-99", name, PostProfile.ordinary())));
      assertEquals(List.of("name"), r.violations().stream().map(Refusal.Violation::path).toList());
      Refusal.Violation v = r.violations().get(0);
      assertFalse(v.messageZh().isBlank());
      assertFalse(v.messageEn().isBlank());
    });
  }

  @Test
  void s6_aScaleValueOffOneToFiveIsRefusedAndLeavesNoTrace() {
    RiskPointId id = w.draft(w.aPointOnApprover().build());
    qt().withExamples(200).forAll(Generators.invalidScale(), Generators.invalidScale()).checkAssert((p, h) -> {
      Refusal r = NoTrace.assertRefused(store, Refusal.Code.INVALID_INPUT,
          () -> w.lianfang.risks().grade(w.landLeader, new GradeRiskPoint(id, p, h, false, false)));
      assertEquals(List.of("harm", "probability"), r.violations().stream().map(Refusal.Violation::path).toList());
    });
  }
}
