package org.lianfang.examples.city;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.DomainEvent;
import org.lianfang.Outcome;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;

/**
 * One unit's generation under way, as its steps ({@link OrganisationGenerator}, {@link PointLayout},
 * {@link RiskPointGenerator}, {@link MeasureGenerator}) share it: the unit's plan, its content stream, its id stream,
 * the timetable, and the unit's journal chain. The steps draw from the one content stream in turn, so the order in which they run, and the
 * order of the draws within each, fix the generated text; only the unit's own streams are used, so units can be
 * generated in any order.
 */
class UnitWork {
  final UnitPlan u;
  final SplittableRandom r;
  final V7Ids ids;
  final Timeline time;
  final String hrActor;
  private final Chain chain;

  UnitWork(long seed, Timeline time, UnitPlan u) {
    this.u = u;
    this.r = Seeds.random(seed, u.index, Seeds.CONTENT);
    this.ids = new V7Ids(Seeds.random(seed, u.index, Seeds.IDS));
    this.time = time;
    this.chain = new Chain(new ArrayList<>((int) Math.min(Integer.MAX_VALUE, u.journalEntries())));
    this.hrActor = "hr-" + u.code;
  }

  /** A further step of the same unit's work: the same streams, the same journal. */
  UnitWork(UnitWork shared) {
    this.u = shared.u;
    this.r = shared.r;
    this.ids = shared.ids;
    this.time = shared.time;
    this.chain = shared.chain;
    this.hrActor = shared.hrActor;
  }

  /** @return the entries appended so far, in order; the list itself, which later appends extend */
  final List<JournalEntry> journal() {
    return chain.entries;
  }

  /** @return the changed record, once the change's events are appended; a refused transition is a bug and throws */
  final <A extends Aggregate<?>> A apply(Outcome<Change<A>> outcome, String actor, long at) {
    Change<A> c = outcome.orElseThrow();
    append(c, actor, at);
    return c.after();
  }

  /** Appends the change's events as core's command runner would. */
  final void append(Change<? extends Aggregate<?>> c, String actor, long at) {
    c.events().forEach(e -> append(e, c.after(), actor, at));
  }

  /**
   * Appends one event: its type and canonical JSON, with the id and the state digest of the record it changed, as
   * core's command runner writes them.
   */
  final void append(DomainEvent event, Aggregate<?> after, String actor, long at) {
    JournalEntry e = JournalChain.next(ChainDigest.SHA_256,
        chain.head, u.id, event.type(), actor, Instant.ofEpochMilli(at),
        CanonicalJson.of(event), after.id().value(), JournalChain.recordDigest(ChainDigest.SHA_256,
            AggregateKinds.state(after)));
    chain.entries.add(e);
    chain.head = Optional.of(e.head());
  }

  /** The unit's journal: its entries and the head of its chain. */
  private static final class Chain {
    final List<JournalEntry> entries;
    Optional<ChainHead> head = Optional.empty();

    Chain(List<JournalEntry> entries) {
      this.entries = entries;
    }
  }
}
