package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;
import org.lianfang.Outcome;
import org.lianfang.Refusal;

/**
 * One command that must be refused, and what the refusal must name: the bad-input cases of the scenarios, checked
 * one way everywhere.
 *
 * @param what what is wrong with it, for the failure message
 * @param run runs it on the world
 * @param code the refusal's code
 * @param path the path of its first violation, or null when the refusal names no field (a rule of other records)
 * @param zh a part of its Chinese message (of the refusal or of a violation)
 */
public record BadInput(String what, Function<World, Outcome<?>> run, Refusal.Code code, String path, String zh) {
  /**
   * Runs each case and checks it is refused with its code, naming the field and the rule in Chinese and English, and
   * that nothing changed.
   *
   * @param w the world
   * @param bad the cases, run in order on the same world
   * @param state what a refusal must leave unchanged (records and journals), read before and after each case
   */
  public static void assertEachRefusedChangingNothing(World w, List<BadInput> bad, Function<World, ?> state) {
    for (BadInput b : bad) {
      Object before = state.apply(w);
      Outcome<?> outcome = b.run().apply(w);
      Refusal r = assertInstanceOf(Outcome.Refused.class, outcome, b.what()).refusal();
      assertEquals(b.code(), r.code(), b.what() + ": " + r);
      if (b.path() != null) {
        assertEquals(b.path(), r.violations().get(0).path(), b.what() + ": " + r);
      }
      assertTrue(r.messageZh().contains(b.zh()) || r.violations().stream().anyMatch(v -> v.messageZh()
          .contains(b.zh())), b.what() + ": " + r);
      assertTrue(!r.messageEn().isBlank() && !r.messageEn().equals(r.messageZh()), b.what() + ": " + r.messageEn());
      assertEquals(before, state.apply(w), b.what() + " changed nothing");
    }
  }
}
