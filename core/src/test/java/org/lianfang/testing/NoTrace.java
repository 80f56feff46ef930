package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.function.Supplier;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.memory.InMemoryStore;

/** Proves that a refused command changed nothing: every record, journal entry and chain head is as before. */
public final class NoTrace {
  private NoTrace() {}

  /**
   * Runs the command and asserts that it was refused with the expected code and left the store exactly as it was.
   *
   * @param store the store the command runs against
   * @param expected the refusal's code
   * @param command the command to run
   * @return the refusal, for further assertions
   */
  public static Refusal assertRefused(InMemoryStore store, Refusal.Code expected, Supplier<Outcome<?>> command) {
    InMemoryStore.Snapshot before = store.snapshot();
    Outcome<?> o = command.get();
    assertFalse(o.isAccepted(), "expected a refusal");
    Refusal r = ((Outcome.Refused<?>) o).refusal();
    assertEquals(expected, r.code(), r.message());
    assertEquals(before, store.snapshot(), "a refused command changed state or journal: " + r.message());
    return r;
  }
}
