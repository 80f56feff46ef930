package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.testing.MonitoringGenerators;
import org.quicktheories.generators.SourceDSL;

/**
 * The third line's funnel (issue 15, P-8, P-18, P-21) counts every record at the first stage, the replied, verified
 * and closed ones at theirs, as overdue those overdue that day and those done late, and never less for any stage when
 * a record is added.
 */
class FunnelPropertyTest {
  private static final UnitId UNIT = new UnitId(UUID.fromString("00000000-0000-0000-0000-000000000015"));

  @Test
  void p18_warningsAreCountedAtEveryStageTheyReachedAndTheOverdueAmongThem() {
    qt().withExamples(150).forAll(SourceDSL.lists().of(MonitoringGenerators.warnings(UNIT)).ofSizeBetween(0, 12),
        SourceDSL.integers().between(0, 800)).checkAssert((warnings, days) -> {
          LocalDate asOf = LocalDate.of(2010, 1, 1).plusDays(days);
          Funnel f = Funnel.ofWarnings(warnings, asOf);
          assertEquals(warnings.size(), f.stages().get(0).count(), "every warning was issued");
          assertEquals(warnings.stream().filter(w -> w.state() == WarningState.CLOSED).count(),
              f.stages().get(f.stages().size() - 1).count(), "the closed ones at the last stage");
          assertEquals(warnings.stream().filter(w -> w.rounds().stream().anyMatch(r -> r.reply().isPresent())
              || w.state() == WarningState.CLOSED).count(), f.stages().get(1).count(), "replied, or closed");
          assertEquals(warnings.stream().filter(w -> w.rounds().stream().anyMatch(r -> r.verification()
              .filter(v -> v.passed()).isPresent()) || w.state() == WarningState.CLOSED).count(),
              f.stages().get(2).count(), "verified, or closed");
          long dueNow = warnings.stream().filter(w -> w.replyOverdue(asOf) || w.verificationOverdue(asOf)).count();
          long doneLate = warnings.stream().filter(w -> !w.replyOverdue(asOf) && !w.verificationOverdue(asOf)
              && w.rounds().stream().anyMatch(r -> r.reply().filter(x -> x.day().isAfter(r.replyDue())).isPresent()
              || r.verification().filter(v -> v.day().isAfter(r.verifyBy().orElseThrow())).isPresent())).count();
          assertEquals(dueNow + doneLate, f.overdue(), "those overdue that day and those done late");
          assertNeverLessWithOneMore(f, warnings.isEmpty() ? f
              : Funnel.ofWarnings(warnings.subList(0, warnings.size() - 1), asOf));
        });
  }

  @Test
  void p21_itemsAreCountedAtEveryStageTheyReachedAndTheOverdueAmongThem() {
    qt().withExamples(150).forAll(SourceDSL.lists().of(MonitoringGenerators.rectificationItems(UNIT))
        .ofSizeBetween(0, 12), SourceDSL.integers().between(0, 800)).checkAssert((items, days) -> {
          LocalDate asOf = LocalDate.of(2010, 1, 1).plusDays(days);
          Funnel f = Funnel.ofRectifications(items, asOf);
          assertEquals(items.size(), f.stages().get(0).count(), "every item was opened");
          assertEquals(items.stream().filter(i -> i.state() == RectificationState.CLOSED).count(),
              f.stages().get(3).count(), "the closed ones at the last stage");
          assertEquals(items.stream().filter(i -> i.life().verified().isEmpty() && asOf.isAfter(i.terms().due())
              || i.life().verified().filter(v -> v.day().isAfter(i.terms().due())).isPresent()).count(), f.overdue(),
              "those past their due day unverified, and those verified late");
          assertTrue(f.overdue() >= items.stream().filter(i -> i.overdue(asOf)).count(), "among them all overdue now");
          List<RectificationItem> fewer = new ArrayList<>(items);
          if (!fewer.isEmpty()) {
            fewer.remove(0);
          }
          assertNeverLessWithOneMore(f, Funnel.ofRectifications(fewer, asOf));
          assertEquals(f.stages().size() + 1, f.table().rows().size(), "a row per stage and the overdue");
        });
  }

  private static void assertNeverLessWithOneMore(Funnel more, Funnel fewer) {
    for (int i = 0; i < more.stages().size(); i++) {
      assertTrue(more.stages().get(i).count() >= fewer.stages().get(i).count(), "stage " + i);
    }
    assertTrue(more.overdue() >= fewer.overdue());
  }
}
