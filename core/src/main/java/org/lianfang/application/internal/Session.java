package org.lianfang.application.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lianfang.Actor;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.DomainEvent;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.AccessDecision;
import org.lianfang.access.AccessTarget;
import org.lianfang.access.Operation;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.JournalChain;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Unit;
import org.lianfang.spi.AccessPolicy;
import org.lianfang.spi.Store;

/**
 * What one command or query sees: the store, the actor, one instant, access checks and the events recorded. Made by the
 * {@link CommandRunner} for one command or query on one thread; not thread-safe.
 */
public final class Session {
  private final Store store;
  private final Actor actor;
  private final Instant now;
  private final LocalDate today;
  private final AccessPolicy access;
  private final List<Reaction> reactions;
  private final List<Recorded> events = new ArrayList<>();
  private final Map<UnitId, Optional<Unit>> units = new HashMap<>();
  private final Map<UnitId, List<UnitId>> paths = new HashMap<>();
  private Set<PostId> heldToday;
  /** The sections of the posts of each unit read, for actors with a grant limited to a section. */
  private final Map<UnitId, Map<PostId, Optional<String>>> sections = new HashMap<>();
  /** The closed years of each unit written to, read once per unit ({@link ClosedYears}). */
  private final ClosedYears closedYears;

  Session(Store store, Actor actor, Instant now, LocalDate today, AccessPolicy access, List<Reaction> reactions) {
    this.store = store;
    this.actor = actor;
    this.now = now;
    this.today = today;
    this.access = access;
    this.reactions = reactions;
    this.closedYears = new ClosedYears(store);
  }

  /** @return the store, inside the command's transaction */
  public Store store() {
    return store;
  }

  /** @return who acts or reads */
  public Actor actor() {
    return actor;
  }

  /** @return the instant of the command, to the millisecond */
  public Instant now() {
    return now;
  }

  /** @return the day of {@link #now()} in the clock's zone */
  public LocalDate today() {
    return today;
  }

  /**
   * The units a command or query reads are read once per session, each with the units above it in one read of the
   * store ({@link org.lianfang.spi.Units#lineage}), so the access path that follows reads nothing more (issue 9: a
   * command read its unit to check it exists, then again with each unit above for the access check). Nothing in one
   * command changes a unit it has read.
   *
   * @param unit a unit's id
   * @return the unit, if it exists
   */
  public Optional<Unit> unit(UnitId unit) {
    Optional<Unit> found = units.get(unit);
    if (found == null) {
      List<Unit> lineage = store.units().lineage(unit);
      lineage.forEach(u -> units.putIfAbsent(u.id(), Optional.of(u)));
      found = units.computeIfAbsent(unit, u -> Optional.empty());
    }
    return found;
  }

  /**
   * Keeps units read together (a subtree, {@link Visibility#subtree}) for the session, so that their paths are found
   * without a read per unit.
   *
   * @param read units just read from the store
   */
  public void know(List<Unit> read) {
    read.forEach(u -> units.putIfAbsent(u.id(), Optional.of(u)));
  }

  /** @param unit a unit @return the unit and its ancestors, root first; empty for an unknown unit */
  public List<UnitId> path(UnitId unit) {
    return paths.computeIfAbsent(unit, u -> {
      List<UnitId> up = new ArrayList<>();
      Set<UnitId> seen = new HashSet<>();
      Optional<Unit> cur = unit(u);
      while (cur.isPresent() && seen.add(cur.get().id())) {
        up.add(0, cur.get().id());
        cur = cur.get().parent().flatMap(this::unit);
      }
      return List.copyOf(up);
    });
  }

  /**
   * The posts held are read once per session.
   *
   * @param post a post
   * @return whether the actor, as an official, holds the post today
   */
  public boolean holds(PostId post) {
    if (heldToday == null) {
      heldToday = new HashSet<>();
      actor.officialKey().flatMap(Session::officialId).ifPresent(o -> store.tenures().ofOfficial(o).stream()
          .filter(t -> t.covers(today)).forEach(t -> heldToday.add(t.postId())));
    }
    return heldToday.contains(post);
  }

  private static Optional<OfficialId> officialId(String key) {
    try {
      return Optional.of(OfficialId.parse(key));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }

  /**
   * @param op the operation
   * @param unit the unit acted on
   * @param holdsPost whether the actor holds the post concerned
   * @return whether the access policy allows it
   */
  public boolean may(Operation op, UnitId unit, boolean holdsPost) {
    return access.decide(actor, op, new AccessTarget(path(unit), holdsPost)).allowed();
  }

  /** @param op the operation @param unit the unit acted on @return empty if allowed, else the refusal */
  public Optional<Refusal> deny(Operation op, UnitId unit) {
    return deny(op, new AccessTarget(path(unit), false));
  }

  /**
   * As {@link #deny(Operation, UnitId)}, but an actor refused the operation who may not even read the unit's
   * organization is refused as if the record were absent, so that the refusal does not tell whether it exists (issue
   * 10, finding 12: one answer for unknown and not allowed).
   *
   * @param op the operation
   * @param unit the unit the record is in
   * @param unknown the refusal a missing record gets
   * @return empty if allowed, else the refusal
   */
  public Optional<Refusal> denyUnseen(Operation op, UnitId unit, Refusal unknown) {
    Optional<Refusal> denied = deny(op, unit); // an actor allowed the operation goes on, whatever else it may read
    return denied.isEmpty() || may(Operation.READ_ORGANIZATION, unit, false) ? denied : Optional.of(unknown);
  }

  /**
   * As {@link #denyUnseen} for an operation addressed to the unit itself (registering a post, an official, a power
   * item, a process or a unit below it): the unit is seen by whoever may find it ({@link Visibility#canFind}, which
   * also shows root units to whoever may register one), and they are refused as not allowed, not told it is unknown.
   *
   * @param op the operation
   * @param unit the unit
   * @param unknown the refusal a missing unit gets
   * @return empty if allowed, else the refusal
   */
  public Optional<Refusal> denyUnseenUnit(Operation op, Unit unit, Refusal unknown) {
    Optional<Refusal> denied = deny(op, unit.id());
    return denied.isEmpty() || Visibility.canFind(this, unit) ? denied : Optional.of(unknown);
  }

  /**
   * @param op the operation
   * @param unit the unit acted on
   * @param post the post concerned, if any; holding it may grant more (自己找)
   * @return empty if allowed, else the refusal
   */
  public Optional<Refusal> denyOnPost(Operation op, UnitId unit, Optional<PostId> post) {
    return deny(op, onPost(unit, post));
  }

  /**
   * @param op the operation
   * @param unit the unit acted on
   * @param post the post concerned, if any
   * @return whether the access policy allows it
   */
  public boolean mayOnPost(Operation op, UnitId unit, Optional<PostId> post) {
    return access.decide(actor, op, onPost(unit, post)).allowed();
  }

  /**
   * The target of an operation on a unit's post: whether the actor holds it and, when the actor holds a grant limited
   * to a section of that unit, the post's section (the unit's posts read once per session, issue 10, finding 13).
   */
  private AccessTarget onPost(UnitId unit, Optional<PostId> post) {
    boolean holds = post.map(this::holds).orElse(false);
    if (post.isEmpty() || actor.grants().stream().noneMatch(g -> g.section().isPresent() && g.unit().equals(unit))) {
      return new AccessTarget(path(unit), holds);
    }
    Map<PostId, Optional<String>> ofUnit = sections.computeIfAbsent(unit, u -> {
      Map<PostId, Optional<String>> m = new HashMap<>();
      store.posts().inUnit(u).forEach(p -> m.put(p.id(), p.section()));
      return m;
    });
    return new AccessTarget(path(unit), holds, ofUnit.getOrDefault(post.get(), Optional.empty()));
  }

  /** @param op the operation @param target what it is done to @return empty if allowed, else the refusal */
  public Optional<Refusal> deny(Operation op, AccessTarget target) {
    AccessDecision d = access.decide(actor, op, target);
    return d.allowed()
        ? Optional.empty()
        : Optional.of(Refusal.of(Refusal.Code.ACCESS_DENIED, d.reasonZh(), d.reasonEn()));
  }

  /**
   * @param record a record about to be written without a command's change: an archive's, merged into the store
   * @return the refusal if it belongs to a year its unit has closed ({@link ClosedYears}), as {@link #record} gives it
   */
  public Optional<Refusal> closedYear(Aggregate<?> record) {
    return closedYears.refusal(record);
  }

  /**
   * Keeps a change's events for the journal, which the runner appends when the command is accepted, each with the
   * digest of the changed record's state (issue 10, finding 2), then hands each of them to the registered {@link
   * Reaction}s, whose own events follow. Record a change before writing it: the reactions see the records as they
   * were before it. A record of a closed year is refused here, whichever command writes it ({@link ClosedYears}), and
   * the command rolls back.
   *
   * @param change an aggregate after a change, with the events it caused
   * @param <T> the aggregate
   * @return the aggregate after the change, to store
   */
  public <T extends Aggregate<?>> T record(Change<T> change) {
    T after = change.after();
    Optional<Refusal> frozen = closedYears.refusal(after);
    if (frozen.isPresent()) {
      throw new ReactionRefused(frozen.get());
    }
    String digest = JournalChain.recordDigest(store.journal().digest(), AggregateKinds.state(after));
    UUID id = after.id().value();
    for (DomainEvent e : change.events()) {
      events.add(new Recorded(e, id, digest));
    }
    for (DomainEvent e : change.events()) {
      for (Reaction r : reactions) {
        Optional<Refusal> refused = r.react(this, e);
        if (refused.isPresent()) {
          throw new ReactionRefused(refused.get());
        }
      }
    }
    return after;
  }

  /** Carries a reaction's refusal out of the handler to the {@link CommandRunner}, which rolls the command back. */
  static final class ReactionRefused extends org.lianfang.LianfangException {
    private static final long serialVersionUID = 1L;
    private final transient Refusal refusal;

    ReactionRefused(Refusal refusal) {
      super(refusal.code().name());
      this.refusal = refusal;
    }

    Refusal refusal() {
      return refusal;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /**
   * An event recorded, with the record it changed and the digest of that record's state after the change.
   *
   * @param event the event
   * @param recordId the record's id
   * @param recordDigest the digest of its state after the change
   */
  record Recorded(DomainEvent event, UUID recordId, String recordDigest) {}

  List<Recorded> events() {
    return events;
  }
}
