package org.lianfang.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A transition table says where each allowed action leads, refuses a transition entered twice, and cannot change. */
class TransitionTableTest {
  private enum S { A, B, C }

  private enum Act { GO, BACK }

  @Test
  void eachAllowedActionLeadsWhereTheTableSaysAndNoOtherIsAllowed() {
    TransitionTable.Builder<S, Act> b = TransitionTable.of(S.class, Act.class).on(S.A, Act.GO, S.B)
        .on(S.B, Act.BACK, S.A).on(S.B, Act.GO, S.C);
    TransitionTable<S, Act> t = b.build();
    assertEquals(Optional.of(S.B), t.target(S.A, Act.GO));
    assertEquals(Optional.empty(), t.target(S.A, Act.BACK));
    assertEquals(Map.of(), t.from(S.C));
    assertEquals(Map.of(Act.BACK, S.A, Act.GO, S.C), t.from(S.B));
    assertThrows(UnsupportedOperationException.class, () -> t.from(S.A).put(Act.BACK, S.C));
    assertThrows(IllegalStateException.class, () -> b.on(S.A, Act.GO, S.C), "a transition entered twice");
    b.on(S.C, Act.BACK, S.B);
    assertEquals(Map.of(), t.from(S.C), "a built table does not change with its builder");
  }
}
