package org.lianfang.application.checks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.application.monitoring.Dispatcher;
import org.lianfang.checks.AppraisalRating;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.CanonicalJson;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.memory.InMemoryNotificationSender;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.monitoring.DispatchPolicy;
import org.lianfang.monitoring.Notification;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.AppraisalScenarios;
import org.lianfang.testing.Generators;
import org.lianfang.testing.World;

/**
 * P-25, P-11 over generated answers (issue 13): whatever contact a respondent leaves — hostile text included, refused
 * or not — it reaches no notification delivered (the items its dissatisfied comments opened, any tick), the unit's
 * journal, the unit's records as a reader without clearance reads them (the ledger), a refusal's message, or the
 * {@code toString()} of the round, its comments and the commands; those cleared read it. Every contact carries a random
 * marker, so a match can only be a leak.
 */
class AppraisalSealPropertyTest {
  @Test
  void p25_p11_noRespondentsContactReachesANotificationTheJournalTheLedgerARefusalOrAToString() {
    World w = World.in(InMemoryStore.create());
    InMemoryNotificationSender sender = new InMemoryNotificationSender();
    Dispatcher dispatcher = w.lianfang.monitoring().dispatcher(sender, DispatchPolicy.standard());
    ChecksArea checks = w.lianfang.checks();
    RiskPointId point = w.confirmed(w.aPointOnApprover().build());
    w.clock.setDay(LocalDate.of(2010, 12, 6));
    AppraisalRoundId round = checks.planAppraisal(w.landLeader, AppraisalScenarios.december(w, point))
        .orElseThrow();
    checks.stepAppraisal(w.landLeader, AppraisalStep.open(round)).orElseThrow();
    List<String> marks = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    qt().withExamples(60).forAll(Generators.uuids(), Generators.text(), arbitrary().enumValues(AppraisalRating.class),
        lists().of(integers().between(0, 9)).ofSizeBetween(1, 4)).checkAssert((marker, hostile, rating, shape) -> {
          String mark = marker.toString().substring(0, 13);
          marks.add(mark);
          // now and then too long, blank-free but over 200 characters, or off the scale, to be refused
          String contact = "微信" + mark + (shape.get(0) == 0 ? "联".repeat(200) : hostile);
          List<AppraisalAnswer> answers = new ArrayList<>();
          for (int n : shape) {
            answers.add(n < 7 ? AppraisalAnswer.commented(n % 2, rating, "意见" + hostile, Optional.of(contact))
                : new AppraisalAnswer(n % 3, rating, 1, Optional.empty(), Optional.of(contact)));
          }
          RecordAppraisalAnswers c = RecordAppraisalAnswers.of(round, answers);
          seen.add(c.toString());
          Outcome<AppraisalRoundId> done = checks.recordAppraisalAnswers(w.landLeader, c);
          done.whyRefused().ifPresent(r -> seen.add(shown(r)));
          w.clock.setDay(w.clock.today().plusDays(shape.size() % 2));
          w.lianfang.monitoring().schedule().tick();
          w.clock.setDay(LocalDate.of(2010, 12, 6));
        });
    AppraisalRound clear = checks.queries().appraisal(w.inspector, round).orElseThrow();
    assertTrue(clear.comments().stream().anyMatch(k -> k.contact().isPresent()), "contacts were recorded");
    String state = CanonicalJson.of(AggregateKinds.state(clear));
    assertTrue(marks.stream().anyMatch(state::contains), "kept in clear for clearance");
    seen.add(clear.toString());
    clear.comments().forEach(k -> seen.add(k.toString()));
    seen.add(CanonicalJson.of(AggregateKinds.state(checks.queries().appraisal(w.landLeader, round).orElseThrow())));
    for (AppraisalRound r : w.lianfang.ledger().queries().records(w.landLeader, w.land,
        AggregateKinds.APPRAISAL_ROUNDS).orElseThrow()) {
      seen.add(CanonicalJson.of(AggregateKinds.state(r)));
    }
    for (int i = 0; i < 30; i++) {
      w.clock.setDay(w.clock.today().plusDays(1));
      w.lianfang.monitoring().schedule().tick();
    }
    dispatcher.drain(1000);
    assertFalse(sender.delivered().isEmpty(), "the items' deadlines were notified and searched");
    for (Notification n : sender.delivered()) {
      seen.add(n.toString());
    }
    for (JournalEntry e : w.store.journal().read(w.land, 1, 100_000)) {
      seen.add(e.toString());
      seen.add(e.payload());
    }
    for (String text : seen) {
      for (String mark : marks) {
        assertFalse(text.contains(mark), () -> "a sealed contact leaked: " + text);
      }
    }
  }

  private static String shown(Refusal r) {
    return r + " " + r.message() + " " + r.messageZh() + " " + r.messageEn() + " " + r.violations();
  }
}
