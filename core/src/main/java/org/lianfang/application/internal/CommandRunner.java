package org.lianfang.application.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.lianfang.Actor;
import org.lianfang.ConflictException;
import org.lianfang.DomainEvent;
import org.lianfang.LianfangException;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.spi.AccessPolicy;
import org.lianfang.spi.Journal;
import org.lianfang.spi.Store;

/**
 * Runs every command the same way (ARCHITECTURE.md decisions 1–3): validate the input (nothing is read or written for
 * invalid input), then in one transaction let the handler check access and rules and write, let the areas' {@link
 * Reaction}s follow each event recorded, and append the events to each unit's journal chain. A refusal rolls the
 * transaction back, so it changes nothing. Queries take their {@link Session} from it too, so reads and commands see
 * the access policy and the clock alike. Thread-safe when the store is.
 */
public final class CommandRunner {
  /** How often a command is run when it conflicts with another transaction each time. */
  private static final int ATTEMPTS = 3;
  private final Store store;
  private final Clock clock;
  private final AccessPolicy access;
  private final InputValidator validator;
  private final List<Reaction> reactions = new CopyOnWriteArrayList<>();
  private final java.util.Map<String, Recurrence> recurrences = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * @param store where the records live
   * @param clock the time source; its zone decides what day it is
   * @param access the access policy every command and query asks
   * @param validator checks each command before anything is read
   */
  public CommandRunner(Store store, Clock clock, AccessPolicy access, InputValidator validator) {
    this.store = store;
    this.clock = clock;
    this.access = access;
    this.validator = validator;
  }

  /** @return the store every command and query goes to, for the work no actor asks (the dispatcher, the tick) */
  public Store store() {
    return store;
  }

  /** @return the time source: what instant it is, and in its zone what day */
  public Clock clock() {
    return clock;
  }

  /** @return the digest of the store's archive ({@link org.lianfang.spi.Journal#digest()}) */
  public ChainDigest digest() {
    return store.journal().digest();
  }

  /**
   * Adds a reaction to the events of every command run from now on; called by an area when it is built.
   *
   * @param reaction what an area does when another area's records change
   */
  public void addReaction(Reaction reaction) {
    reactions.add(Objects.requireNonNull(reaction, "reaction"));
  }

  /**
   * Makes one kind of deadline come back once the tick has said it is overdue; called by an area when it is built.
   *
   * @param what the deadline's kind ({@link org.lianfang.monitoring.DueItem#what()})
   * @param recurrence what follows it
   * @throws IllegalStateException if the kind recurs already
   */
  public void addRecurrence(String what, Recurrence recurrence) {
    if (recurrences.putIfAbsent(Objects.requireNonNull(what, "what"), Objects.requireNonNull(recurrence,
        "recurrence")) != null) {
      throw new IllegalStateException(what + " recurs already");
    }
  }

  /** @param what a kind of deadline @return what follows it once overdue, if it recurs */
  public java.util.Optional<Recurrence> recurrence(String what) {
    return java.util.Optional.ofNullable(recurrences.get(what));
  }

  /**
   * @param actor who acts
   * @param command the command
   * @param handler what carries it out
   * @param <C> the command's type
   * @param <R> what an accepted command returns
   * @return the handler's value, or a refusal that changed nothing
   * @throws NullPointerException if the actor or the command is null
   * @throws ConflictException if the command conflicted with another transaction on each of {@value
   *     #ATTEMPTS} attempts, or once when it ran in a transaction it did not begin (a caller's, or the host's, which
   *     the conflict rolled back too)
   */
  public <C, R> Outcome<R> run(Actor actor, C command, CommandHandler<C, R> handler) {
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(command, "command");
    List<Refusal.Violation> violations = validator.check(command);
    if (!violations.isEmpty()) {
      return Outcome.refused(Refusals.invalid(violations));
    }
    // a conflict with another transaction (two commands, or a command and the tick, on one record) rolled back
    // everything: on a transaction of its own the command is run again, reading what the other wrote (a command that
    // names the version its user saw, expectedVersion, is then refused STALE rather than applied to a newer one)
    boolean own = store.transactions().mayCommitOnAnotherThread();
    for (int attempt = 1; ; attempt++) {
      try {
        return once(actor, command, handler);
      } catch (ConflictException e) {
        if (!own || attempt == ATTEMPTS) {
          throw e;
        }
        pause(attempt, e);
      }
    }
  }

  /**
   * Waits a little before the next attempt, a random 5 to 25 ms times the attempt, so that the transaction that won
   * (a tick's batch of 500, say) can end first instead of meeting the same conflict again.
   */
  private static void pause(int attempt, ConflictException conflict) {
    try {
      Thread.sleep(attempt * java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 26));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw conflict;
    }
  }

  private <C, R> Outcome<R> once(Actor actor, C command, CommandHandler<C, R> handler) {
    try {
      return store.transactions().inCommand(() -> {
        Session s = session(actor);
        Outcome<R> outcome;
        try {
          outcome = handler.execute(s, command);
        } catch (Session.ReactionRefused r) { // an area's reaction refused what the handler recorded
          outcome = Outcome.refused(r.refusal());
        }
        if (outcome instanceof Outcome.Refused<R> refused) {
          throw new Rollback(refused);
        }
        oneUnit(command, s);
        append(s);
        return outcome;
      });
    } catch (Rollback r) {
      @SuppressWarnings("unchecked")
      Outcome<R> refused = (Outcome<R>) r.refused;
      return refused;
    }
  }

  /**
   * @param actor who reads or acts
   * @return a session at this instant of the clock, for one query or one command
   */
  public Session session(Actor actor) {
    Objects.requireNonNull(actor, "actor");
    Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    return new Session(store, actor, now, LocalDate.ofInstant(now, clock.getZone()), access, reactions);
  }

  /**
   * Runs work of Lianfang's own, not a user's command, in the caller's transaction: a session of the actor at the
   * instant, whose recorded events are appended to the journal when the work returns. No access is checked and
   * nothing is validated: the work changes only what its rules decide (the tick's signals, ARCHITECTURE.md decision
   * 5).
   *
   * @param actor whom the journal names for it
   * @param now the instant it happens at
   * @param work what it does
   * @param <T> what it returns
   * @return what the work returned
   */
  public <T> T system(Actor actor, Instant now, java.util.function.Function<Session, T> work) {
    Objects.requireNonNull(actor, "actor");
    Instant at = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    Session s = new Session(store, actor, at, LocalDate.ofInstant(at, clock.getZone()), access, reactions);
    T result = work.apply(s);
    append(s);
    return result;
  }

  /**
   * ARCHITECTURE.md decision 9: a command writes one unit's records, so that a store sharded by unit (issue 16) runs
   * each command on one shard. Every change is recorded as an event of its record's unit, so the events tell; a
   * command whose events name two units is a bug in its handler, rolled back with an {@link IllegalStateException}
   * before anything is journaled, in every test that runs it.
   */
  private static void oneUnit(Object command, Session s) {
    Set<UnitId> units = new LinkedHashSet<>();
    s.events().forEach(r -> units.add(r.event().unitId()));
    if (units.size() > 1) {
      throw new IllegalStateException("a command writes one unit's records (ARCHITECTURE.md decision 9), but "
          + command.getClass().getSimpleName() + " wrote those of " + units);
    }
  }

  private void append(Session s) {
    Journal journal = store.journal();
    for (Session.Recorded r : s.events()) {
      DomainEvent e = r.event();
      Optional<ChainHead> head = journal.head(e.unitId());
      String actor = e.sealsActor() ? DomainEvent.SEALED_ACTOR : s.actor().id();
      journal.append(JournalChain.next(journal.digest(), head, e.unitId(), e.type(), actor, s.now(),
          CanonicalJson.of(e), r.recordId(), r.recordDigest()));
    }
  }

  /** Carries a refusal out of the transaction so that it rolls back. */
  private static final class Rollback extends LianfangException {
    private static final long serialVersionUID = 1L;
    private final transient Outcome.Refused<?> refused;

    Rollback(Outcome.Refused<?> refused) {
      super(refused.refusal().code().name());
      this.refused = refused;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }
}
