package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.control.CommitmentStep;
import org.lianfang.application.control.MeasureStep;
import org.lianfang.application.control.WithdrawEducation;
import org.lianfang.application.organization.ClassifyPowerItem;
import org.lianfang.application.organization.RegisterPowerItem;
import org.lianfang.control.CommitmentAction;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.EducationActivityId;
import org.lianfang.control.EducationForm;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.control.Verdict;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PowerItemId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.testing.CommitmentScenarios;
import org.lianfang.testing.ControlScenarios;
import org.lianfang.testing.DisclosureScenarios;
import org.lianfang.testing.EducationScenarios;
import org.lianfang.testing.World;

/**
 * Control measures, education activities, power disclosures, secret power items and service commitments in the ledger
 * document (issue 11, S-13): records made by commands export
 * in their units' sections, restore into an empty store as they were, and the restored journal proves them; a record
 * edited in the document is refused against the digest its entry carries.
 */
class ControlLedgerTest {
  static World withControlRecords() {
    World w = Ledgers.world();
    RiskPointId point = w.store.riskPoints().inUnit(w.land).get(0).id();
    ControlMeasureId inForce = w.lianfang.control().draft(w.landLeader,
        ControlScenarios.onlinePublication(w, List.of(point))).orElseThrow();
    w.lianfang.control().step(w.landLeader, MeasureStep.register(inForce)).orElseThrow();
    w.lianfang.control().step(w.landLeader, MeasureStep.putInForce(inForce)).orElseThrow();
    ControlMeasureId retired = w.lianfang.control().draft(w.inspector,
        ControlScenarios.onlinePublication(w, List.of(point))).orElseThrow();
    w.lianfang.control().step(w.inspector, MeasureStep.retire(retired, "与上一措施重复")).orElseThrow();
    w.lianfang.control().recordEducation(w.landLeader, EducationScenarios.activity(w, EducationForm.PARTY_LECTURE,
        w.clock.today(), Optional.of(w.zhang), List.of(w.li, w.wang))).orElseThrow();
    EducationActivityId withdrawn = w.lianfang.control().recordEducation(w.inspector, EducationScenarios.activity(w,
        EducationForm.WARNING_EDUCATION, w.clock.today(), Optional.empty(), List.of(w.zhao))).orElseThrow();
    w.lianfang.control().withdrawEducation(w.inspector, new WithdrawEducation(withdrawn, "误录")).orElseThrow();
    w.lianfang.control().publishPower(w.landLeader, DisclosureScenarios.publication(w.landApproval,
        w.clock.today())).orElseThrow();
    PowerItemId secret = w.lianfang.organization().registerPowerItem(w.landLeader, new RegisterPowerItem(w.land,
        "其他-009", "涉密测绘成果审批", AdministrativePower.OTHER, "《测绘法》", "涉密测绘成果", "局长负责",
        Set.of(w.director))).orElseThrow();
    w.lianfang.organization().classifyPowerItem(w.inspector, ClassifyPowerItem.secret(secret, "《测绘管理工作国家秘密范围的规定》"))
        .orElseThrow();
    ServiceCommitmentId kept = w.lianfang.control().proposeCommitment(w.landLeader,
        CommitmentScenarios.fiveDays(w, w.zhao)).orElseThrow();
    for (CommitmentAction a : List.of(CommitmentAction.REVIEW, CommitmentAction.PUBLISH, CommitmentAction.START)) {
      w.lianfang.control().stepCommitment(w.landLeader, CommitmentStep.of(kept, a)).orElseThrow();
    }
    w.lianfang.control().stepCommitment(w.landLeader, CommitmentStep.evaluate(kept, Verdict.BROKEN_EXCUSED,
        Optional.of("系统停机，已公告说明"))).orElseThrow();
    return w;
  }

  @Test
  void measuresAndActivitiesRestoreAsTheyWereAndTheRestoredJournalProvesThem() {
    World w = withControlRecords();
    byte[] document = Ledgers.export(w);
    assertTrue(Ledgers.text(document).contains("\"controlMeasures\":[{"), "the land bureau's section lists them");
    assertTrue(Ledgers.text(document).contains("\"educationActivities\":[{"));
    assertTrue(Ledgers.text(document).contains("\"powerDisclosures\":[{"));
    assertTrue(Ledgers.text(document).contains("\"serviceCommitments\":[{"));

    InMemoryStore restored = InMemoryStore.create();
    Ledgers.restore(restored, document).orElseThrow();
    Lianfang there = Ledgers.lianfang(restored);
    for (UnitId u : List.of(w.city, w.land, w.planning)) {
      assertEquals(w.store.controlMeasures().inUnit(u), restored.controlMeasures().inUnit(u));
      assertEquals(w.store.educationActivities().inUnit(u), restored.educationActivities().inUnit(u));
      assertEquals(w.store.powerDisclosures().inUnit(u), restored.powerDisclosures().inUnit(u));
      assertEquals(w.store.serviceCommitments().inUnit(u), restored.serviceCommitments().inUnit(u));
      assertEquals(w.store.powerItems().inUnit(u), restored.powerItems().inUnit(u), "secret items stay secret");
      assertTrue(there.ledger().queries().verifyJournal(w.auditor, u).orElseThrow().intact());
      assertTrue(there.ledger().queries().verifyRecords(w.auditor, u).orElseThrow().intact());
    }
    assertEquals(2, restored.controlMeasures().inUnit(w.land).size());
    assertEquals(2, restored.educationActivities().inUnit(w.land).size());
    assertEquals(1, restored.powerDisclosures().inUnit(w.land).size());
    assertEquals(1, restored.serviceCommitments().inUnit(w.land).size());
    assertEquals(1, restored.powerItems().inUnit(w.land).stream().filter(i -> i.secret()).count());
  }

  @Test
  void aMeasureEditedInTheDocumentIsRefusedAgainstItsDigestAndNothingIsWritten() {
    // the record only: the section lists its measures before its journal, whose drafting entry has the text too
    refusedWhenEdited("逾期件每月通报", "逾期件不再通报", "/controlMeasures/");
  }

  @Test
  void anActivityEditedInTheDocumentIsRefusedAgainstItsDigestAndNothingIsWritten() {
    refusedWhenEdited("\"hours\":1.5", "\"hours\":15", "/educationActivities/");
  }

  @Test
  void aDisclosureEditedInTheDocumentIsRefusedAgainstItsDigestAndNothingIsWritten() {
    refusedWhenEdited("0871-12388", "0871-12389", "/powerDisclosures/");
  }

  @Test
  void aVerdictEditedInTheDocumentIsRefusedAgainstItsDigestAndNothingIsWritten() {
    refusedWhenEdited("\"verdict\":\"broken-excused\"", "\"verdict\":\"kept\"", "/serviceCommitments/");
  }

  @Test
  void aSecretItemDeclassifiedInTheDocumentIsRefusedAgainstItsDigestAndNothingIsWritten() {
    refusedWhenEdited(",\"secrecy\":\"《测绘管理工作国家秘密范围的规定》\"", "", "/powerItems/");
  }

  private static void refusedWhenEdited(String from, String to, String where) {
    String document = Ledgers.text(Ledgers.export(withControlRecords()));
    String edited = document.replaceFirst(java.util.regex.Pattern.quote(from), to);
    assertTrue(!edited.equals(document));
    InMemoryStore store = InMemoryStore.create();
    InMemoryStore.Snapshot before = store.snapshot();
    var r = Ledgers.restore(store, edited.getBytes(java.nio.charset.StandardCharsets.UTF_8)).whyRefused()
        .orElseThrow();
    assertEquals("ledger.record", r.violations().get(0).rule(), r.toString());
    assertTrue(r.violations().get(0).path().contains(where), r.toString());
    assertEquals(before, store.snapshot());
  }
}
