package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.control.MeasureStep;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.ControlScenarios;
import org.lianfang.testing.World;

/**
 * Control measures in the ledger document (issue 11, S-13): measures made by commands export in their units'
 * sections, restore into an empty store as they were, and the restored journal proves them; a measure edited in the
 * document is refused against the digest its entry carries.
 */
class ControlLedgerTest {
  private static World withMeasures() {
    World w = Ledgers.world();
    RiskPointId point = w.store.riskPoints().inUnit(w.land).get(0).id();
    ControlMeasureId inForce = w.lianfang.control().draft(w.landLeader,
        ControlScenarios.onlinePublication(w, List.of(point))).orElseThrow();
    w.lianfang.control().step(w.landLeader, MeasureStep.register(inForce)).orElseThrow();
    w.lianfang.control().step(w.landLeader, MeasureStep.putInForce(inForce)).orElseThrow();
    ControlMeasureId retired = w.lianfang.control().draft(w.inspector,
        ControlScenarios.onlinePublication(w, List.of(point))).orElseThrow();
    w.lianfang.control().step(w.inspector, MeasureStep.retire(retired, "与上一措施重复")).orElseThrow();
    return w;
  }

  @Test
  void measuresRestoreAsTheyWereAndTheRestoredJournalProvesThem() {
    World w = withMeasures();
    byte[] document = Ledgers.export(w);
    assertTrue(Ledgers.text(document).contains("\"controlMeasures\":[{"), "the land bureau's section lists them");

    InMemoryStore restored = InMemoryStore.create();
    Ledgers.restore(restored, document).orElseThrow();
    Lianfang there = Ledgers.lianfang(restored);
    for (UnitId u : List.of(w.city, w.land, w.planning)) {
      assertEquals(w.store.controlMeasures().inUnit(u), restored.controlMeasures().inUnit(u));
      assertTrue(there.ledger().queries().verifyJournal(w.auditor, u).orElseThrow().intact());
      assertTrue(there.ledger().queries().verifyRecords(w.auditor, u).orElseThrow().intact());
    }
    assertEquals(2, restored.controlMeasures().inUnit(w.land).size());
  }

  @Test
  void aMeasureEditedInTheDocumentIsRefusedAgainstItsDigestAndNothingIsWritten() {
    String document = Ledgers.text(Ledgers.export(withMeasures()));
    // the record only: the section lists its measures before its journal, whose drafting entry has the text too
    String edited = document.replaceFirst(java.util.regex.Pattern.quote("逾期件每月通报"), "逾期件不再通报");
    assertTrue(!edited.equals(document));
    InMemoryStore store = InMemoryStore.create();
    InMemoryStore.Snapshot before = store.snapshot();
    var r = Ledgers.restore(store, edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)).whyRefused()
        .orElseThrow();
    assertEquals("ledger.record", r.violations().get(0).rule(), r.toString());
    assertTrue(r.violations().get(0).path().contains("/controlMeasures/"), r.toString());
    assertEquals(before, store.snapshot());
  }
}
