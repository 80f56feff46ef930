package org.lianfang.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;
import org.quicktheories.core.Gen;

/**
 * The breach ladder over any holders' commitments (P-17): a holder's rungs count exactly the year's commitments judged
 * broken without excuse, the first 诫勉教育 and each later one 效能告诫; the holder is 不称职 exactly with three breaches
 * or more (two 告诫); a commitment kept, or broken and excused, never moves anyone on the ladder.
 */
class BreachLadderPropertyTest {
  private static final UnitId UNIT = new UnitId(UUID.fromString("00000000-0000-7000-8000-000000000001"));
  private static final Year YEAR = Year.of(2010);
  private static final List<OfficialId> HOLDERS = List.of(
      new OfficialId(UUID.fromString("00000000-0000-7000-8000-0000000000a1")),
      new OfficialId(UUID.fromString("00000000-0000-7000-8000-0000000000a2")),
      new OfficialId(UUID.fromString("00000000-0000-7000-8000-0000000000a3")));

  /** One commitment judged: its holder, the day of 评诺 (from the year before to the year after), the verdict. */
  record Drawn(int holder, int day, int verdict) {}

  static Gen<Drawn> drawn() {
    return integers().between(0, 2).zip(integers().between(-100, 460), integers().between(0, 2), Drawn::new);
  }

  /** Builds the commitment through its own steps, proposed the day before it is judged. */
  static ServiceCommitment judged(Drawn d) {
    LocalDate day = YEAR.atDay(1).plusDays(d.day());
    CommitmentTerms terms = new CommitmentTerms(CommitmentDimension.TIME_LIMIT, "限时办结", "5 个工作日内办结",
        Optional.of(5), HOLDERS.get(d.holder()), Optional.empty(), day.minusDays(1), day);
    ServiceCommitment c = ServiceCommitment.propose(new ServiceCommitmentId(UUID.randomUUID()), UNIT, terms,
        day.minusDays(1)).orElseThrow().after();
    for (CommitmentAction a : List.of(CommitmentAction.REVIEW, CommitmentAction.PUBLISH, CommitmentAction.START)) {
      c = c.act(a, day.minusDays(1), Optional.empty(), Optional.empty()).orElseThrow().after();
    }
    Verdict v = Verdict.values()[d.verdict()];
    return c.act(CommitmentAction.EVALUATE, day, Optional.of(v),
        v == Verdict.BROKEN_EXCUSED ? Optional.of("停电，已公告") : Optional.empty()).orElseThrow().after();
  }

  @Test
  void p17_theLadderCountsExactlyTheYearsUnexcusedBreachesOfEachHolder() {
    qt().withExamples(300).forAll(lists().of(drawn()).ofSizeBetween(0, 12)).checkAssert(drawn -> {
      List<ServiceCommitment> all = drawn.stream().map(BreachLadderPropertyTest::judged).toList();
      List<BreachLadder.Rungs> ladder = BreachLadder.of(all, YEAR);
      for (OfficialId h : HOLDERS) {
        long breaches = all.stream().filter(c -> c.terms().holder().equals(h)
            && c.life().verdict().equals(Optional.of(Verdict.BROKEN))
            && c.life().ended().orElseThrow().getYear() == 2010).count();
        Optional<BreachLadder.Rungs> rungs = ladder.stream().filter(r -> r.holder().equals(h)).findFirst();
        assertEquals(breaches, rungs.map(r -> (long) r.breaches().size()).orElse(0L));
        rungs.ifPresent(r -> {
          assertEquals(BreachRung.ADMONITION, r.breaches().get(0).rung());
          assertEquals(breaches - 1, r.warnings());
          assertEquals(breaches >= 3, r.unfit(), "two 效能告诫 in a year");
        });
      }
    });
  }

  @Test
  void p17_aCommitmentKeptOrExcusedNeverMovesTheLadder() {
    qt().withExamples(200).forAll(lists().of(drawn()).ofSizeBetween(0, 10), drawn()).checkAssert((drawn, more) -> {
      List<ServiceCommitment> all = drawn.stream().map(BreachLadderPropertyTest::judged).toList();
      Drawn harmless = new Drawn(more.holder(), more.day(), more.verdict() == 2 ? 0 : more.verdict());
      List<ServiceCommitment> plus = new java.util.ArrayList<>(all);
      plus.add(judged(harmless));
      assertEquals(BreachLadder.of(all, YEAR), BreachLadder.of(plus, YEAR));
    });
  }
}
