package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.testing.Sm3Archives;
import org.lianfang.testing.World;

/**
 * 国密 in the ledger document (issue 10): the archive's digest is named in the header, so a verifier knows which to
 * use; a document restores only into a store of the same digest; a reader refuses a digest it cannot compute rather
 * than guess; a document written before the header named its digest is SHA-256. Every refusal changes nothing.
 */
class Sm3LedgerTest {
  private static final ObjectMapper PLAIN = Ledgers.plainMapper();

  private static World sm3World() {
    World w = World.in(InMemoryStore.create(Sm3Archives.SM3));
    w.draft(w.aPointOnApprover().described("草稿：审批材料把关不严").build());
    w.confirmed(w.aPointOnApprover().described("利用审批权为亲友谋利 𠮷").build());
    return w;
  }

  @Test
  void anSm3ArchiveExportsNamingSm3AndRestoresIntoAnSm3StoreWhereItVerifies() throws Exception {
    World w = sm3World();
    byte[] document = Ledgers.export(w);
    assertEquals("SM3", PLAIN.readTree(document).get("digest").asText());

    InMemoryStore restored = InMemoryStore.create(Sm3Archives.SM3);
    Ledgers.restore(restored, document).orElseThrow();
    Lianfang there = Ledgers.lianfang(restored);
    for (UnitId u : List.of(w.city, w.land, w.planning)) {
      List<JournalEntry> chain = restored.journal().read(u, 1, 1000);
      assertEquals(w.store.journal().read(u, 1, 1000), chain, "the entries as they were");
      chain.forEach(e -> assertEquals(Sm3Archives.sm3(Sm3Archives.entryText(e)), e.hash()));
      assertTrue(there.ledger().queries().verifyJournal(w.auditor, u).orElseThrow().intact());
      assertTrue(there.ledger().queries().verifyRecords(w.auditor, u).orElseThrow().intact());
    }
  }

  @Test
  void aDocumentIsRestoredOnlyIntoAStoreOfItsDigestAndARefusalChangesNothing() throws Exception {
    byte[] sm3 = Ledgers.export(sm3World());
    InMemoryStore sha256 = InMemoryStore.create();
    InMemoryStore.Snapshot before = sha256.snapshot();
    Refusal r = Ledgers.restore(sha256, sm3).whyRefused().orElseThrow();
    assertEquals("ledger.digest", r.violations().get(0).rule());
    assertEquals("/digest", r.violations().get(0).path());
    assertTrue(r.messageZh().contains("SM3") && r.messageZh().contains("SHA-256"), r.messageZh());
    assertTrue(r.messageEn().contains("SM3") && r.messageEn().contains("SHA-256"), r.messageEn());
    assertEquals(before, sha256.snapshot());

    ObjectNode lowerCase = (ObjectNode) PLAIN.readTree(sm3);
    lowerCase.put("digest", "sm3");
    InMemoryStore named = InMemoryStore.create(Sm3Archives.SM3);
    assertTrue(Ledgers.restore(named, PLAIN.writeValueAsBytes(lowerCase)).isAccepted(), "JCA names ignore case");

    InMemoryStore sm3Store = InMemoryStore.create(Sm3Archives.SM3);
    InMemoryStore.Snapshot empty = sm3Store.snapshot();
    Refusal back = Ledgers.restore(sm3Store, Ledgers.export(Ledgers.world())).whyRefused().orElseThrow();
    assertEquals("ledger.digest", back.violations().get(0).rule(), "nor a SHA-256 archive into an SM3 store");
    assertEquals(empty, sm3Store.snapshot());
  }

  @Test
  void aReaderWithoutAProviderOfTheNamedDigestRefusesTheDocument() throws Exception {
    byte[] sm3 = Ledgers.export(sm3World());
    Outcome<LedgerCounts> read = LedgerReader.standard().read(new ByteArrayInputStream(sm3), new LedgerHandler() {
      @Override
      public void section(LedgerSection section, String pointer) {
        throw new AssertionError("no unit is handed on before the digest is known");
      }

      @Override
      public void journalEntry(JournalEntry entry, String pointer) {
        throw new AssertionError("no entry either");
      }
    });
    Refusal r = read.whyRefused().orElseThrow();
    assertEquals("ledger.digest", r.violations().get(0).rule());
    assertTrue(r.messageEn().contains("no JCA provider here has the digest SM3"), r.messageEn());
    assertTrue(LedgerReader.standard().read(new ByteArrayInputStream(sm3), new Counting(), Sm3Archives.SM3)
        .isAccepted(), "with the digest given, through its provider, it reads");
  }

  @Test
  void aDocumentThatNamesNoDigestIsSha256() throws Exception {
    World w = Ledgers.world();
    ObjectNode tree = (ObjectNode) PLAIN.readTree(Ledgers.export(w));
    assertEquals("SHA-256", tree.remove("digest").asText());
    byte[] unnamed = PLAIN.writeValueAsBytes(tree);

    InMemoryStore sha256 = InMemoryStore.create();
    Ledgers.restore(sha256, unnamed).orElseThrow();
    assertEquals(w.store.journal().read(w.land, 1, 1000), sha256.journal().read(w.land, 1, 1000));
    Refusal r = Ledgers.restore(InMemoryStore.create(Sm3Archives.SM3), unnamed).whyRefused().orElseThrow();
    assertEquals("ledger.digest", r.violations().get(0).rule());
    assertTrue(r.messageEn().contains("hashed with SHA-256 but SM3 is required"), r.messageEn());
  }

  @Test
  void aDigestNameThatIsNotOneIsRefusedWithoutRepeatingItAndNothingChanges() throws Exception {
    ObjectNode tree = (ObjectNode) PLAIN.readTree(Ledgers.export(Ledgers.world()));
    for (String bad : List.of("", "SHA-256\u202E", "SHA 256", "X".repeat(5_000))) {
      tree.put("digest", bad);
      InMemoryStore store = InMemoryStore.create();
      InMemoryStore.Snapshot before = store.snapshot();
      Refusal r = Ledgers.restore(store, PLAIN.writeValueAsBytes(tree)).whyRefused().orElseThrow();
      assertEquals("ledger.digest", r.violations().get(0).rule());
      assertEquals("/digest", r.violations().get(0).path());
      assertTrue(bad.isEmpty() || !r.messageEn().contains(bad), r.messageEn());
      assertTrue(r.messageEn().contains("not a digest name") && r.messageZh().contains("不是摘要算法名"), r.messageEn());
      assertEquals(before, store.snapshot());
    }
  }

  /** Receives a document and keeps nothing. */
  private static final class Counting implements LedgerHandler {
    @Override
    public void section(LedgerSection section, String pointer) {}

    @Override
    public void journalEntry(JournalEntry entry, String pointer) {}
  }
}
