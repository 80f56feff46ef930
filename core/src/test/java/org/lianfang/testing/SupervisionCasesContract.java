package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.monitoring.CaseLife;
import org.lianfang.monitoring.CaseTerms;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.SupervisionSignal;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link org.lianfang.spi.SupervisionCases}: the {@link RepositoryContract}; cases have no code of
 * Lianfang's, so nothing but the id is unique. Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class SupervisionCasesContract extends RepositoryContract<SupervisionCase, SupervisionCaseId> {
  @Override
  protected final Repository<SupervisionCase, SupervisionCaseId> repository(Store store) {
    return store.supervisionCases();
  }

  @Override
  protected final Gen<SupervisionCase> aggregates(UnitId unit) {
    return MonitoringGenerators.supervisionCases(unit);
  }

  @Override
  protected final SupervisionCase withVersion(SupervisionCase aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /**
   * Columns change: the number, the start (a minute earlier), the limit, the commitment, the pause under way or the
   * completion (cleared when there is one, a completion added when there is neither), and the life's lists (a step
   * with its own limit and a signal more, or none of either).
   */
  @Override
  protected final SupervisionCase changed(SupervisionCase c) {
    CaseTerms t = c.terms();
    CaseTerms terms = new CaseTerms(t.powerItem(), t.number() + "-改", t.started().minusSeconds(60),
        t.limit().plus(Duration.ofMinutes(1)), t.commitment().isPresent() ? Optional.empty()
            : Optional.of(new org.lianfang.control.ServiceCommitmentId(c.id().value())));
    CaseLife l = c.life();
    java.time.Instant last = l.last().orElse(t.started());
    List<CaseLife.Step> steps = new ArrayList<>(l.steps());
    if (steps.isEmpty() && l.completed().isEmpty()) {
      steps.add(new CaseLife.Step("补充环节", last, Optional.of(Duration.ofMinutes(90))));
    } else {
      steps.clear();
    }
    Optional<java.time.Instant> completed = l.completed().isPresent() || l.pausedSince().isPresent()
        ? Optional.empty() : Optional.of(last.plusSeconds(60));
    List<CaseLife.Raised> signals = l.signals().isEmpty()
        ? List.of(new CaseLife.Raised(SupervisionSignal.PROMPT, last, Optional.empty()))
        : List.of();
    return SupervisionCase.restore(c.id(), c.unitId(), terms, new CaseLife(steps, l.pauses(), Optional.empty(),
        completed, signals), c.version());
  }

  @Override
  protected final Optional<SupervisionCase> rival(SupervisionCase holder) {
    return Optional.empty();
  }

  /**
   * Issue 12, the tick's signal path: cases read together in a transaction ({@code findAll}), one raised a signal (its
   * lists only grow) and one changed throughout (its lists rewritten), are read again in that transaction as written
   * and come back whole after it; a case read and left alone is unchanged.
   */
  @Test
  public void casesReadTogetherThenUpdatedAreAsWrittenInTheTransactionAndAfter() {
    List<SupervisionCase> drawn = new ArrayList<>();
    while (drawn.size() < 3) {
      SupervisionCase k = one();
      if (k.life().signals().size() < SupervisionSignal.values().length) {
        drawn.add(k);
      }
    }
    tx(() -> drawn.forEach(repository()::insert));
    SupervisionCase a = drawn.get(0);
    SupervisionCase b = drawn.get(1);
    SupervisionCase c = drawn.get(2);
    List<SupervisionCase> written = tx(() -> {
      Map<SupervisionCaseId, SupervisionCase> read = repository().findAll(List.of(a.id(), b.id(), c.id()));
      assertEquals(Map.of(a.id(), a, b.id(), b, c.id(), c), read);
      CaseLife l = a.life();
      List<CaseLife.Raised> signals = new ArrayList<>(l.signals());
      signals.add(new CaseLife.Raised(SupervisionSignal.values()[signals.size()],
          l.last().orElse(a.terms().started()).plusSeconds(3600), Optional.empty()));
      SupervisionCase raised = SupervisionCase.restore(a.id(), a.unitId(), a.terms(), new CaseLife(l.steps(),
          l.pauses(), l.pausedSince(), l.completed(), signals), a.version());
      repository().update(raised);
      SupervisionCase rewritten = changed(b);
      repository().update(rewritten);
      List<SupervisionCase> now = List.of(raised.withVersion(a.version() + 1),
          rewritten.withVersion(b.version() + 1));
      assertEquals(Optional.of(now.get(0)), repository().find(a.id()), "read again in the transaction, as written");
      assertEquals(Optional.of(now.get(1)), repository().find(b.id()));
      return now;
    });
    assertEquals(Optional.of(written.get(0)), repository().find(a.id()), "its signal row added to those it had");
    assertEquals(Optional.of(written.get(1)), repository().find(b.id()), "its lists replaced");
    assertEquals(Optional.of(c), repository().find(c.id()));
  }
}
