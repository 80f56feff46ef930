package org.lianfang.organization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/** What a unit's records may name (S-2, P-1), asked by the commands and the ledger import alike. */
class UnitReferencesTest {
  private final UnitId bureau = new UnitId(UUID.randomUUID());
  private final UnitId section = new UnitId(UUID.randomUUID());
  private final UnitId sibling = new UnitId(UUID.randomUUID());
  private final Official leader = Official.restore(new OfficialId(UUID.randomUUID()), bureau, "GT0001", "张国强", 1);
  private final Post post = Post.restore(new PostId(UUID.randomUUID()), section, "GT-02", "审批科科员",
      PostProfile.ordinary(), 1);

  @Test
  void aRecordOfTheUnitHoldsAndOneOfAnotherUnitDoesNotS2() {
    assertTrue(UnitReferences.holds(section, post, false, List::of));
    assertFalse(UnitReferences.holds(sibling, post, false, List::of));
    assertFalse(UnitReferences.holds(sibling, post, true, () -> Set.of(sibling, bureau)));
  }

  @Test
  void aRecordOfAUnitAboveHoldsOnlyForAKindVisibleBelowP1() {
    assertTrue(UnitReferences.holds(section, leader, true, () -> Set.of(section, bureau)));
    assertFalse(UnitReferences.holds(section, leader, false, () -> Set.of(section, bureau)));
    assertFalse(UnitReferences.holds(sibling, leader, true, () -> Set.of(sibling)));
  }

  @Test
  void theRefusalsNameTheIdAsUnknownReferences() {
    Refusal foreign = UnitReferences.post(sibling, post.id(), Optional.of(post)).orElseThrow();
    assertEquals(Refusal.Code.UNKNOWN_REFERENCE, foreign.code());
    assertTrue(foreign.messageZh().contains(post.id().toString()) && foreign.messageEn().contains(post.id().toString()),
        foreign.toString());
    assertEquals(Optional.empty(), UnitReferences.post(section, post.id(), Optional.of(post)));
    assertEquals(Optional.empty(), UnitReferences.official(Set.of(section, bureau), leader.id(), Optional.of(leader)));
    assertTrue(UnitReferences.official(Set.of(sibling), leader.id(), Optional.of(leader)).isPresent());
  }
}
