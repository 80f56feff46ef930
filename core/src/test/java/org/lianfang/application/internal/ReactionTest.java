package org.lianfang.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Actor;
import org.lianfang.DomainEvent;
import org.lianfang.LianfangException;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.DefaultAccessPolicy;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.OrganizationEvent;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.testing.MutableClock;
import org.lianfang.testing.NoTrace;

/**
 * How a {@link Reaction} follows the events of a command: in its transaction, as each event is recorded, before the
 * change is written, with its own events after the one it reacts to; undone with the command.
 */
class ReactionTest {
  private final InMemoryStore store = InMemoryStore.create();
  private final CommandRunner runner = new CommandRunner(store, MutableClock.at(LocalDate.of(2024, 3, 1)),
      new DefaultAccessPolicy(), InputValidator.defaultProvider());
  private final Actor actor = Actor.of("registrar", "登记员", List.of(), List.of());
  private final UnitId unit = new UnitId(UUID.randomUUID());
  private final PostId post = new PostId(UUID.randomUUID());

  /** A command with nothing to validate. */
  record Go(String what) {}

  /** Registers the unit, then answers what the handler says. */
  private CommandHandler<Go, UnitId> registerUnitThen(Outcome<UnitId> answer) {
    return (s, c) -> {
      s.store().units().insert(s.record(Unit.register(unit, "5301", "昆明市", UnitKind.CITY, Optional.empty())));
      return answer;
    };
  }

  /** On a unit registered, registers a post in it, noting whether the unit was stored yet. */
  private final class AddsAPost implements Reaction {
    final List<Boolean> unitStoredWhenReacting = new ArrayList<>();

    @Override
    public Optional<Refusal> react(Session s, DomainEvent event) {
      if (event instanceof OrganizationEvent.UnitRegistered e) {
        unitStoredWhenReacting.add(s.store().units().find(e.unitId()).isPresent());
        s.store().posts().insert(s.record(Post.register(post, e.unitId(), "GT-01", "局长", PostProfile.ordinary())));
      }
      return Optional.empty();
    }
  }

  private List<String> journal(UnitId u) {
    return store.journal().read(u, 0, 100).stream().map(JournalEntry::eventType).toList();
  }

  @Test
  void aReactionRunsAsTheEventIsRecordedAndItsEventsFollowIt() {
    AddsAPost reaction = new AddsAPost();
    runner.addReaction(reaction);
    assertEquals(unit, runner.run(actor, new Go("unit"), registerUnitThen(Outcome.accepted(unit))).orElseThrow());
    assertEquals(List.of(false), reaction.unitStoredWhenReacting,
        "once, before the change is written: the reaction sees the records as they were");
    assertEquals(List.of("unit.registered", "post.registered"), journal(unit));
    assertTrue(store.posts().find(post).isPresent(), "what the reaction wrote is committed with the command");
  }

  @Test
  void aRefusedCommandUndoesWhatItsReactionsDid() {
    runner.addReaction(new AddsAPost());
    NoTrace.assertRefused(store, Refusal.Code.RULE_VIOLATED, () -> runner.run(actor, new Go("unit"),
        registerUnitThen(Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "拒绝", "refused")))));
    assertTrue(store.posts().find(post).isEmpty());
  }

  @Test
  void aFailingReactionFailsTheCommandAndLeavesNothing() {
    runner.addReaction(new AddsAPost());
    runner.addReaction((s, e) -> {
      throw new LianfangException("反应失败 / the reaction failed");
    });
    InMemoryStore.Snapshot before = store.snapshot();
    assertThrows(LianfangException.class,
        () -> runner.run(actor, new Go("unit"), registerUnitThen(Outcome.accepted(unit))));
    assertEquals(before, store.snapshot());
  }

  @Test
  void aReactionThatRefusesRefusesTheCommandWithItsReasonAndLeavesNothing() {
    runner.addReaction(new AddsAPost());
    Refusal why = Refusal.of(Refusal.Code.RULE_VIOLATED, "后续区域的规则不允许", "a later area's rule forbids it");
    runner.addReaction((s, e) -> e instanceof OrganizationEvent.PostRegistered ? Optional.of(why)
        : Optional.empty());
    InMemoryStore.Snapshot before = store.snapshot();
    assertEquals(Optional.of(why), runner.run(actor, new Go("unit"), registerUnitThen(Outcome.accepted(unit)))
        .whyRefused(), "the refusal of a reaction to the reaction's own event, two levels down");
    assertEquals(before, store.snapshot());
  }
}
