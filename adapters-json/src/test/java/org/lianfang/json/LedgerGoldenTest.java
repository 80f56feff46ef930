package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.ledger.RecordVerification;
import org.lianfang.ledger.Verification;
import org.lianfang.memory.InMemoryStore;
import org.lianfang.risk.NoticeComment;
import org.lianfang.risk.RiskPoint;

/**
 * The golden ledger {@code golden/ledger/kunming.json} pins the format: a fresh export of {@link KunmingLedger}
 * must render to it exactly; the committed file must import into an empty store, export from there to itself again,
 * import a second time without writing anything, read and write back unchanged, and its journals must be real
 * SHA-256 chains.
 */
class LedgerGoldenTest {
  private static final String KIND = "ledger";
  private static final Path GOLDEN = GoldenFiles.root().resolve(KIND).resolve("kunming.json");

  @Test
  void aFreshExportRendersAsTheGoldenFile() {
    GoldenFiles.assertMatches(GOLDEN, KIND, GoldenFiles.pretty(KunmingLedger.build().export()));
  }

  @Test
  void twoWorldsBuiltAlikeExportTheSameBytes() {
    assertEquals(new String(KunmingLedger.build().export(), StandardCharsets.UTF_8),
        new String(KunmingLedger.build().export(), StandardCharsets.UTF_8));
  }

  @Test
  void theGoldenFileImportsIntoAnEmptyStoreAndExportsToItselfAgain() throws IOException {
    InMemoryStore store = InMemoryStore.create();
    Outcome<ImportReport> imported = LedgerImport.into(store).from(Files.newInputStream(GOLDEN));
    assertTrue(imported.isAccepted(), () -> "the golden file was refused: " + imported.whyRefused());
    ImportReport report = imported.orElseThrow();
    // 3 units, 5 posts, 6 officials, 5 tenures, 1 power item, 1 process, 5 risk points; chains of 1 + 31 + 7 entries
    assertEquals(new LedgerCounts(Map.of(AggregateKinds.UNITS, 3L, AggregateKinds.POSTS, 5L,
        AggregateKinds.OFFICIALS, 6L, AggregateKinds.TENURES, 5L, AggregateKinds.POWER_ITEMS, 1L,
        AggregateKinds.PROCESSES, 1L, AggregateKinds.RISK_POINTS, 5L), 39), report.read());
    assertEquals(report.read(), report.written(), "an empty store takes every record and entry");

    KunmingLedger world = KunmingLedger.build();
    Lianfang again = Lianfang.builder(store).clock(world.world.clock).build();
    GoldenFiles.assertMatches(GOLDEN, KIND, GoldenFiles.pretty(world.export(again)));
    // issue 10, finding 2: the restored records agree with the digests the golden journal carries, but for the one
    // point whose comment the golden export sealed (P-11): without its author and seal, its state is not the one
    // digested, so a sealed export restores as a redacted copy, which verifyRecords names
    for (UnitId unit : List.of(world.world.city, world.world.planning)) {
      assertEquals(List.of(), again.ledger().queries().verifyRecords(world.world.inspector, unit).orElseThrow()
          .findings(), unit.toString());
    }
    List<RecordVerification.Finding> land = again.ledger().queries()
        .verifyRecords(world.world.inspector, world.world.land).orElseThrow().findings();
    RiskPoint commented = store.riskPoints().inUnit(world.world.land).stream()
        .filter(p -> p.notice().map(n -> !n.comments().isEmpty()).orElse(false)).findFirst().orElseThrow();
    assertEquals(NoticeComment.SEALED, commented.notice().orElseThrow().comments().get(0).authorId());
    assertEquals(List.of(commented.id().value()), land.stream().map(RecordVerification.Finding::recordId).toList(),
        land.toString());
    assertEquals(RecordVerification.Problem.EDITED, land.get(0).problem());
  }

  @Test
  void importingTheGoldenFileTwiceWritesNothingTheSecondTime() throws IOException {
    InMemoryStore store = InMemoryStore.create();
    LedgerImport.into(store).from(Files.newInputStream(GOLDEN)).orElseThrow();
    Outcome<ImportReport> again = LedgerImport.into(store).from(Files.newInputStream(GOLDEN));
    assertTrue(again.isAccepted(), () -> "the second import was refused: " + again.whyRefused());
    assertEquals(LedgerCounts.NONE, again.orElseThrow().written());
  }

  @Test
  void theGoldenFileWrittenBackThroughReaderAndWriterIsUnchanged() throws IOException {
    for (Path golden : GoldenFiles.documents(KIND)) {
      GoldenFiles.assertMatches(golden, KIND, GoldenFiles.pretty(LedgerDocuments.rewrite(Files.readAllBytes(golden))));
    }
  }

  @Test
  void theGoldenJournalsAreRealHashChains() throws IOException {
    List<LedgerDocuments.Part> parts = LedgerDocuments.read(Files.readAllBytes(GOLDEN)).parts();
    assertEquals(3, parts.size());
    for (LedgerDocuments.Part p : parts) {
      List<JournalEntry> chain = p.journal();
      Verification v = JournalChain.verify(p.section().unit().id(), chain,
          Optional.of(chain.get(chain.size() - 1).head()));
      assertEquals(new Verification.Intact(chain.size()), v, p.section().unit().name());
      for (JournalEntry e : chain) {
        assertEquals(JournalChain.expectedHash(e), e.hash(), () -> "entry " + e.sequence());
      }
    }
  }

  @Test
  void theGoldenFileIsUtf8WithChineseTextAsItIs() {
    String text = GoldenFiles.text(GOLDEN);
    assertTrue(text.contains("\"name\": \"市国土资源管理局\""), "Chinese is written as it is, not escaped");
    assertTrue(text.endsWith("}\n"));
  }
}
