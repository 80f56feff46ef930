package org.lianfang.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.application.DefaultAccessPolicy;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.testing.MutableClock;

/**
 * A command that conflicts with another transaction is run again, up to three attempts in all, when it runs in a
 * transaction of its own (the conflict rolled all of it back); inside a transaction it did not begin, the conflict
 * reaches the caller at once, since it ended that transaction too. Each attempt starts afresh: what a failed attempt
 * wrote is gone.
 */
class CommandRunnerRetryTest {
  private final InMemoryStore store = InMemoryStore.create();
  private final CommandRunner runner = new CommandRunner(store, MutableClock.at(LocalDate.of(2024, 3, 1)),
      new DefaultAccessPolicy(), InputValidator.defaultProvider());
  private final Actor actor = Actor.of("registrar", "登记员", List.of(), List.of());

  /** A command with nothing to validate. */
  record Go(String what) {}

  /** Registers a unit of its own each attempt, then conflicts on the first {@code conflicts} attempts. */
  private CommandHandler<Go, UnitId> conflicting(int conflicts, AtomicInteger calls) {
    return (s, c) -> {
      UnitId unit = new UnitId(UUID.randomUUID());
      s.store().units().insert(s.record(Unit.register(unit, "53" + calls.get(), "昆明市", UnitKind.CITY,
          Optional.empty())));
      if (calls.incrementAndGet() <= conflicts) {
        throw new StaleAggregateException("Unit " + unit + " in a race", 1);
      }
      return Outcome.accepted(unit);
    };
  }

  @Test
  void aConflictOnItsOwnTransactionIsRunAgainAndOnlyTheLastAttemptLeavesAnything() {
    AtomicInteger calls = new AtomicInteger();
    UnitId unit = runner.run(actor, new Go("unit"), conflicting(2, calls)).orElseThrow();
    assertEquals(3, calls.get(), "two conflicts, then the third attempt");
    assertEquals(List.of(unit), store.units().roots().stream().map(Unit::id).toList(),
        "the units of the failed attempts were rolled back");
    assertEquals(1, store.journal().read(unit, 0, 10).size());
  }

  @Test
  void aThirdConflictReachesTheCallerAndNothingIsLeft() {
    AtomicInteger calls = new AtomicInteger();
    assertThrows(StaleAggregateException.class, () -> runner.run(actor, new Go("unit"), conflicting(3, calls)));
    assertEquals(3, calls.get());
    assertEquals(List.of(), store.units().roots());
  }

  @Test
  void insideATransactionItDidNotBeginTheConflictReachesTheCallerAtOnce() {
    AtomicInteger calls = new AtomicInteger();
    StaleAggregateException thrown = assertThrows(StaleAggregateException.class, () -> store.transactions()
        .inTransaction(() -> runner.run(actor, new Go("unit"), conflicting(1, calls))));
    assertEquals(1, calls.get(), "not run again: the caller's transaction ended with the conflict");
    assertSame(StaleAggregateException.class, thrown.getClass());
    assertEquals(List.of(), store.units().roots());
  }
}
