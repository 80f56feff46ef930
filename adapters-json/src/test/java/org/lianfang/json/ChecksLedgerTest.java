package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.checks.ChecksArea;
import org.lianfang.application.checks.MonthlyCheckStep;
import org.lianfang.application.checks.RecordMonthlyCheck;
import org.lianfang.application.checks.RowInput;
import org.lianfang.application.control.EvidenceInput;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckState;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.CheckScenarios;
import org.lianfang.testing.World;

/**
 * Monthly checks in the ledger document (issue 13, format 12): a reviewed check whose NONE opened an item, a check
 * returned with its reason and an open one, with an indicator value and evidence, export in their unit's section,
 * restore into an empty store as they were, and the restored journal proves them; a rating edited in the document is
 * refused by the record's own rule or against the digest its entry carries, and nothing is written.
 */
class ChecksLedgerTest {
  /** @return the third line's world of {@link MonitoringLedgerTest#withWarnings()} with three checks of one post */
  static World withChecks() {
    World w = MonitoringLedgerTest.withWarnings();
    CheckScenarios.Post p = CheckScenarios.Post.of(w);
    ChecksArea checks = w.lianfang.checks();
    YearMonth now = YearMonth.from(w.clock.today());
    MonthlyCheckId reviewed = checks.recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver,
        now.minusMonths(2), w.li, List.of(CheckScenarios.none(p.ledger()), new RowInput(p.publication(),
            CheckRating.FULL, Optional.of(new BigDecimal("0.50")), Optional.empty(), Optional.empty(),
            List.of(new EvidenceInput("网上公开栏截图", "OA/月查/01", Optional.of("sm3:" + "cd".repeat(32))))))))
        .orElseThrow();
    checks.stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(reviewed)).orElseThrow();
    checks.stepMonthlyCheck(w.inspector, MonthlyCheckStep.review(reviewed)).orElseThrow();
    MonthlyCheckId returned = checks.recordMonthlyCheck(w.sectionHead, new RecordMonthlyCheck(w.approver,
        now.minusMonths(1), w.li, List.of(RowInput.full(p.ledger()), RowInput.full(p.publication()))))
        .orElseThrow();
    checks.stepMonthlyCheck(w.sectionHead, MonthlyCheckStep.submit(returned)).orElseThrow();
    checks.stepMonthlyCheck(w.landLeader, MonthlyCheckStep.returned(returned, "台账抽查不实")).orElseThrow();
    checks.recordMonthlyCheck(w.approverHolder, new RecordMonthlyCheck(w.approver, now, w.zhao,
        List.of(RowInput.full(p.ledger())))).orElseThrow();
    return w;
  }

  @Test
  void p22_checksRestoreAsTheyWereAndTheRestoredJournalProvesThem() {
    World w = withChecks();
    byte[] document = Ledgers.export(w);
    assertTrue(Ledgers.text(document).contains("\"monthlyChecks\":[{"), "the land bureau's section lists them");
    InMemoryStore restored = InMemoryStore.create();
    Ledgers.restore(restored, document).orElseThrow();
    for (UnitId u : List.of(w.city, w.land, w.planning)) {
      assertEquals(w.store.monthlyChecks().inUnit(u), restored.monthlyChecks().inUnit(u));
      assertTrue(Ledgers.lianfang(restored).ledger().queries().verifyRecords(w.auditor, u).orElseThrow().intact());
      assertTrue(Ledgers.lianfang(restored).ledger().queries().verifyJournal(w.auditor, u).orElseThrow().intact());
    }
    List<MonthlyCheck> checks = restored.monthlyChecks().ofPost(w.approver);
    assertEquals(List.of(CheckState.REVIEWED, CheckState.OPEN, CheckState.OPEN), checks.stream()
        .map(MonthlyCheck::state).toList());
    assertTrue(checks.get(0).rows().get(0).item().isPresent(), "the NONE's item is named");
    assertEquals(Optional.of(new BigDecimal("0.50")), checks.get(0).rows().get(1).indicatorValue(), "scale kept");
    assertEquals("台账抽查不实", checks.get(1).life().returned().orElseThrow().text());
    assertTrue(Ledgers.text(document).contains("\"month\":\"" + YearMonth.from(w.clock.today()) + "\""));
  }

  @Test
  void s13_aRatingRaisedInTheDocumentIsRefusedAndNothingIsWritten() {
    // a NONE raised to FULL keeps its problem, which the record itself refuses
    refusedWhenEdited("\"rating\":\"none\"", "\"rating\":\"full\"", "json.domain-rule", "/monthlyChecks/");
  }

  @Test
  void s13_aReturnsReasonEditedInTheDocumentIsRefusedAgainstItsDigestAndNothingIsWritten() {
    refusedWhenEdited("\"text\":\"台账抽查不实\"", "\"text\":\"已核实\"", "ledger.record", "/monthlyChecks/");
  }

  @Test
  void s13_aMonthOutsideTheCalendarIsRefusedAndNothingIsWritten() {
    refusedWhenEditedIn(Ledgers.text(Ledgers.export(withChecks())), Pattern.compile("\"month\":\"\\d{4}-\\d{2}\""),
        "\"month\":\"2010-13\"", "json.value", "/monthlyChecks/");
  }

  /** Edits the first occurrence in a fresh export and expects its restore refused by the rule, at the place. */
  private static void refusedWhenEdited(String from, String to, String rule, String where) {
    refusedWhenEditedIn(Ledgers.text(Ledgers.export(withChecks())), Pattern.compile(Pattern.quote(from)), to, rule,
        where);
  }

  private static void refusedWhenEditedIn(String document, Pattern from, String to, String rule, String where) {
    String edited = from.matcher(document).replaceFirst(to);
    assertTrue(!edited.equals(document));
    InMemoryStore store = InMemoryStore.create();
    InMemoryStore.Snapshot before = store.snapshot();
    Refusal r = Ledgers.restore(store, edited.getBytes(StandardCharsets.UTF_8)).whyRefused().orElseThrow();
    assertEquals(rule, r.violations().get(0).rule(), r.toString());
    assertTrue(r.violations().get(0).path().contains(where), r.toString());
    assertEquals(before, store.snapshot());
  }
}
