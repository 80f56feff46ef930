package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
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
    Outcome<ImportReport> imported = LedgerImport.into(Ledgers.lianfang(store))
        .restore(Ledgers.IMPORTER, Files.newInputStream(GOLDEN));
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
    // issue 10, finding 2: the restored records agree with the digests the golden journal carries
    for (UnitId unit : List.of(world.world.city, world.world.land, world.world.planning)) {
      assertEquals(List.of(), again.ledger().queries().verifyRecords(world.world.inspector, unit).orElseThrow()
          .findings(), unit.toString());
    }
  }

  @Test
  void finding1AnExportWithTheCommenterSealedIsNoArchiveAndDoesNotRestoreP11() throws IOException {
    KunmingLedger world = KunmingLedger.build();
    ByteArrayOutputStream sealed = new ByteArrayOutputStream();
    LedgerExport.of(world.world.lianfang, world.world.clock).write(world.world.auditor, world.world.city, sealed)
        .orElseThrow();
    // the first point that hides someone: a commenter, or a raiser of colleagues or the public (finding 10)
    RiskPoint hiding = world.world.store.riskPoints().inUnit(world.world.land).stream()
        .filter(p -> !p.riskReview().allComments().isEmpty() || p.description().sealsRaiser()).findFirst()
        .orElseThrow();
    InMemoryStore store = InMemoryStore.create();

    Refusal r = LedgerImport.into(Ledgers.lianfang(store))
        .restore(Ledgers.IMPORTER, new ByteArrayInputStream(sealed.toByteArray())).whyRefused().orElseThrow();

    // the auditor may read the archive but not who commented or raised a point (P-11): without the author or the
    // raiser and their seal, the point's state is not the one its journal digested, so the copy would be a redacted
    // one, not the archive
    JsonNode at = new ObjectMapper().readTree(sealed.toByteArray()).at(r.violations().get(0).path());
    String hidden = hiding.description().sealsRaiser() ? at.path("identifiedBy").asText()
        : at.at("/notice/comments/0/authorId").asText();
    assertAll(
        () -> assertEquals("ledger.record", r.violations().get(0).rule()),
        () -> assertEquals(hiding.id().toString(), at.path("id").asText(), r.violations().get(0).path()),
        () -> assertEquals(NoticeComment.SEALED, hidden),
        () -> assertEquals(InMemoryStore.create().snapshot(), store.snapshot()));
  }

  @Test
  void importingTheGoldenFileTwiceWritesNothingTheSecondTime() throws IOException {
    InMemoryStore store = InMemoryStore.create();
    LedgerImport.into(Ledgers.lianfang(store)).restore(Ledgers.IMPORTER, Files.newInputStream(GOLDEN)).orElseThrow();
    Outcome<ImportReport> again = LedgerImport.into(Ledgers.lianfang(store))
        .merge(Ledgers.IMPORTER, Files.newInputStream(GOLDEN));
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
      Verification v = JournalChain.verify(ChainDigest.SHA_256, p.section().unit().id(), chain,
          Optional.of(chain.get(chain.size() - 1).head()));
      assertEquals(new Verification.Intact(chain.size()), v, p.section().unit().name());
      for (JournalEntry e : chain) {
        assertEquals(JournalChain.expectedHash(ChainDigest.SHA_256, e), e.hash(), () -> "entry " + e.sequence());
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
