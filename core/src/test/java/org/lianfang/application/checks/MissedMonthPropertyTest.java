package org.lianfang.application.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.monitoring.Notification;
import org.lianfang.testing.CheckScenarios;
import org.lianfang.testing.World;

/**
 * P-22: a missed month is found exactly once (issue 13's property). Over eight months, a random set of them has its
 * check submitted in time and the tick runs on random days, however late; once the tick has caught up, every month
 * without a check was said missed to the discipline body exactly once, and no month with one was.
 */
class MissedMonthPropertyTest {
  @Test
  void p22_aMissedMonthIsFoundExactlyOnceWhateverTheTicksDays() {
    qt().withExamples(25).forAll(lists().of(booleans().all()).ofSize(8),
        lists().of(integers().between(1, 75)).ofSizeBetween(0, 8)).checkAssert((checked, gaps) -> {
          World w = World.in(InMemoryStore.create());
          CheckScenarios.Post p = CheckScenarios.Post.of(w);
          YearMonth first = YearMonth.from(w.clock.today());
          LocalDate start = w.clock.today();
          TreeMap<LocalDate, List<Runnable>> plan = new TreeMap<>();
          for (int i = 0; i < 8; i++) {
            YearMonth month = first.plusMonths(i);
            LocalDate day = month.atDay(25).isBefore(start) ? start : month.atDay(25);
            if (checked.get(i)) {
              plan.computeIfAbsent(day, d -> new ArrayList<>()).add(() -> submit(w, p, month));
            }
          }
          LocalDate tickDay = start;
          for (int gap : gaps) {
            tickDay = tickDay.plusDays(gap);
            plan.computeIfAbsent(tickDay, d -> new ArrayList<>()).add(() -> w.lianfang.schedule().tick());
          }
          List<Notification> said = new ArrayList<>();
          plan.forEach((day, work) -> {
            if (day.isBefore(first.plusMonths(8).atDay(1))) {
              w.clock.setDay(day);
              work.forEach(Runnable::run);
              said.addAll(deliver(w));
            }
          });
          w.clock.setDay(first.plusMonths(8).atDay(2));
          for (int catchUp = 0; catchUp < 10; catchUp++) {
            w.clock.advance(Duration.ofMinutes(1));
            w.lianfang.schedule().tick();
            said.addAll(deliver(w));
          }
          List<String> expected = new ArrayList<>();
          for (int i = 0; i < 8; i++) {
            if (!checked.get(i)) {
              expected.add(first.plusMonths(i) + " 月查");
            }
          }
          assertEquals(expected, said.stream().filter(n -> n.recipient().startsWith("discipline:"))
              .map(n -> n.bodyZh().substring(n.bodyZh().indexOf(" 的 ") + 3, n.bodyZh().indexOf("："))).toList(),
              "checked " + checked + ", ticks " + gaps);
        });
  }

  private static void submit(World w, CheckScenarios.Post p, YearMonth month) {
    MonthlyCheckId id = w.lianfang.checks().recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver,
        month, w.li, List.of(RowInput.full(p.publication()), RowInput.full(p.ledger())))).orElseThrow();
    w.lianfang.checks().stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(id)).orElseThrow();
  }

  private static List<Notification> deliver(World w) {
    return w.deliver().stream().filter(n -> n.kind().equals("check.due.overdue")).toList();
  }
}
