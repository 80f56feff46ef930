package org.lianfang.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.application.DefaultAccessPolicy;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.testing.MutableClock;

/**
 * ARCHITECTURE.md decision 9 (issue 16): a command writes one unit's records, so that a store sharded by unit runs it
 * on one shard. A handler that records changes of two units is a bug: its command is rolled back with an
 * {@link IllegalStateException} naming it, and nothing of it is written or journaled. Every other command of every
 * test (in memory, on H2, PostgreSQL and MariaDB, and the pilot's whole year) runs under the same check.
 */
class OneUnitPerCommandTest {
  private final InMemoryStore store = InMemoryStore.create();
  private final CommandRunner runner = new CommandRunner(store, MutableClock.at(LocalDate.of(2024, 3, 1)),
      new DefaultAccessPolicy(), InputValidator.defaultProvider());
  private final Actor actor = Actor.of("registrar", "登记员", List.of(), List.of());
  private final UnitId city = new UnitId(UUID.randomUUID());
  private final UnitId bureau = new UnitId(UUID.randomUUID());

  /** A command with nothing to validate. */
  record Register(String what) {}

  @Test
  void decision9_aCommandThatWritesTwoUnitsIsRolledBackNamingItAndLeavesNoTrace() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> runner.run(actor, new Register("two"),
        (s, c) -> {
          s.store().units().insert(s.record(Unit.register(city, "5301", "昆明市", UnitKind.CITY, Optional.empty())));
          s.store().units().insert(s.record(Unit.register(bureau, "KMGT", "市国土资源管理局",
              UnitKind.MUNICIPAL_BUREAU, Optional.of(city))));
          return Outcome.accepted(bureau);
        }));
    assertTrue(e.getMessage().contains("Register") && e.getMessage().contains(city.toString())
        && e.getMessage().contains(bureau.toString()), e.getMessage());
    assertFalse(store.units().find(city).isPresent() || store.units().find(bureau).isPresent(), "nothing written");
    assertEquals(List.of(), store.journal().read(city, 0, 10), "nothing journaled");
    assertEquals(List.of(), store.journal().read(bureau, 0, 10));
  }

  @Test
  void aCommandThatWritesOneUnitRuns() {
    assertEquals(city, runner.run(actor, new Register("one"), (s, c) -> {
      s.store().units().insert(s.record(Unit.register(city, "5301", "昆明市", UnitKind.CITY, Optional.empty())));
      return Outcome.accepted(city);
    }).orElseThrow());
    assertEquals(1, store.journal().read(city, 0, 10).size());
  }
}
