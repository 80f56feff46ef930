package org.lianfang.application.monitoring;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.memory.InMemoryNotificationSender;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.monitoring.DispatchPolicy;
import org.lianfang.monitoring.Disposal;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportAction;
import org.lianfang.monitoring.ReportChannel;
import org.lianfang.monitoring.ReportId;
import org.lianfang.testing.Generators;
import org.lianfang.testing.World;

/**
 * P-11 over generated reports (issue 12): whatever a report's reporter is called, however they are reached and
 * whatever it says — hostile text included, refused or not — none of it reaches a notification delivered (on its
 * receipt or by any tick), the unit's journal, the unit's ledger as a reader without clearance reads it, a refusal's
 * message, or the {@code toString()} of the report and of the commands. Core writes no log lines; the JDBC adapter's
 * error messages leave out the values a database refused (its own test). Every secret carries a random marker, so a
 * match can only be a leak.
 */
class ReportSealPropertyTest {
  @Test
  void p11_noReportersNameContactOrContentReachesANotificationTheJournalTheLedgerARefusalOrAToString() {
    World w = World.in(InMemoryStore.create());
    InMemoryNotificationSender sender = new InMemoryNotificationSender();
    Dispatcher dispatcher = w.lianfang.monitoring().dispatcher(sender, DispatchPolicy.standard());
    MonitoringArea m = w.lianfang.monitoring();
    qt().withExamples(60).forAll(Generators.uuids().zip(Generators.text(), Generators.longText(), Secrets::new),
        arbitrary().enumValues(ReportChannel.class), booleans().all(),
        lists().of(integers().between(0, 99)).ofSizeBetween(0, 10))
        .checkAssert((secret, channel, named, steps) -> {
          String hostile = secret.hostile();
          String content = secret.content();
          java.util.UUID marker = secret.marker();
          String mark = marker.toString().substring(0, 13);
          String name = "举报人" + mark + (steps.size() % 2 == 0 ? hostile : "");
          String contact = "0871-" + mark + "-联系";
          String said = content + "【" + mark + "】";
          List<String> seen = new ArrayList<>();
          ReceiveReport anonymous = ReceiveReport.anonymous(w.land, channel, w.clock.today(), said);
          ReceiveReport c = named ? anonymous.byName(name, contact) : anonymous;
          seen.add(c.toString());
          Outcome<ReportId> received = m.receiveReport(w.inspector, c);
          received.whyRefused().ifPresent(r -> seen.add(shown(r)));
          if (received.isAccepted()) {
            ReportId id = received.orElseThrow();
            for (int step : steps) {
              // mostly a step the report allows, so that reports go the whole way; now and then any, to be refused
              List<ReportAction> allowed = org.lianfang.testing.MonitoringGenerators.allowed(
                  m.queries().report(w.inspector, id).orElseThrow());
              ReportAction a = step % 5 == 0 || allowed.isEmpty()
                  ? ReportAction.values()[step % ReportAction.values().length] : allowed.get(step % allowed.size());
              ReportStep s = new ReportStep(id, a, a == ReportAction.DISPOSE ? Optional.of(Disposal.values()[step
                  % Disposal.values().length]) : Optional.empty(), a == ReportAction.FORWARD
                  || a == ReportAction.DISPOSE || a == ReportAction.CLOSE ? Optional.of("意见" + said)
                  : Optional.empty(), java.util.OptionalLong.empty());
              seen.add(s.toString());
              m.stepReport(w.inspector, s).whyRefused().ifPresent(r -> seen.add(shown(r)));
              w.clock.setDay(w.clock.today().plusDays(step % 9));
              w.lianfang.monitoring().schedule().tick();
            }
            Report clear = m.queries().report(w.inspector, id).orElseThrow();
            seen.add(clear.toString());
            seen.add(clear.intake().toString());
            seen.add(clear.life().toString());
            clear.intake().reporter().ifPresent(r -> seen.add(r.toString()));
            clear.life().disposal().ifPresent(d -> seen.add(d.toString()));
            assertTrue(CanonicalJson.of(AggregateKinds.state(clear)).contains(mark), "kept in clear for clearance");
          }
          dispatcher.drain(100);
          for (Notification n : sender.delivered()) {
            seen.add(n.toString());
          }
          for (JournalEntry e : w.store.journal().read(w.land, 1, 100_000)) {
            seen.add(e.toString());
            seen.add(e.payload());
          }
          for (Report r : w.lianfang.ledger().queries().records(w.landLeader, w.land, AggregateKinds.REPORTS)
              .orElseThrow()) {
            seen.add(CanonicalJson.of(AggregateKinds.state(r)));
          }
          for (String text : seen) {
            assertFalse(text.contains(mark), () -> "a sealed text leaked: " + text);
          }
        });
    assertFalse(sender.delivered().isEmpty(), "notifications were raised and searched");
    assertTrue(w.store.journal().read(w.land, 1, 100_000).stream().anyMatch(e -> e.eventType().equals(
        "report.closed")), "reports went the whole way");
  }

  /** A random marker, and hostile text around it. */
  private record Secrets(java.util.UUID marker, String hostile, String content) {}

  private static String shown(Refusal r) {
    return r + " " + r.message() + " " + r.messageZh() + " " + r.messageEn() + " " + r.violations();
  }
}
