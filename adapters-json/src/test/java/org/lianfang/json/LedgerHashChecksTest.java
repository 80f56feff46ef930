package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.testing.TestEntries;

/**
 * The reader checks journal hashes on a second thread once a document has more entries than one chunk: an altered
 * entry is still refused at its own pointer, before anything else that went wrong after it (S-13), as a check in line
 * would refuse it. The documents here have 3,000 entries in one unit, so several chunks are checked on the thread.
 */
class LedgerHashChecksTest {
  private static final Instant AT = Instant.parse("2026-12-02T00:00:00Z");
  private static final int ENTRIES = 3_000;
  private static final UnitId ROOT = new UnitId(UUID.fromString("0190a8f0-0000-7000-8000-0000000000a1"));

  /** One unit whose journal has {@link #ENTRIES} entries, each payload with Chinese, quotes and an emoji. */
  private static String document() {
    Unit unit = Unit.restore(ROOT, "KM", "昆明市", UnitKind.CITY, Optional.empty(), 1);
    List<JournalEntry> entries = new ArrayList<>();
    Optional<JournalEntry> last = Optional.empty();
    for (int i = 0; i < ENTRIES; i++) {
      JournalEntry e = JournalChain.next(ChainDigest.SHA_256,
          last.map(JournalEntry::head), ROOT, "unit.registered", "admin",
          AT.plusSeconds(i), "{\"note\":\"第" + i + "条 \\\"引号\\\" 😀\"}", TestEntries.RECORD, TestEntries.DIGEST);
      entries.add(e);
      last = Optional.of(e);
    }
    byte[] doc = LedgerDocuments.write(new LedgerHeader(LedgerWriter.SCHEMA_VERSION, ROOT, AT, "test", "SHA-256"),
        List.of(new LedgerDocuments.Part(LedgerSection.of(unit), entries)));
    return new String(doc, StandardCharsets.UTF_8);
  }

  private static final String DOCUMENT = document();

  /** @return the document with entry {@code index}'s payload changed and its hash left as it was */
  private static String altered(String doc, int index) {
    String payload = "第" + index + "条 ";
    int at = doc.indexOf(payload);
    return doc.substring(0, at) + "第" + index + "条（改）" + doc.substring(at + payload.length());
  }

  private static Outcome<LedgerCounts> read(String doc, LedgerHandler handler) throws IOException {
    try (InputStream in = new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8))) {
      return LedgerReader.standard().read(in, handler);
    }
  }

  private static Refusal.Violation refused(String doc, LedgerHandler handler) throws IOException {
    Refusal r = read(doc, handler).whyRefused().orElseThrow(() -> new AssertionError("accepted"));
    return r.violations().get(0);
  }

  /** Counts what it receives. */
  private static class Counting implements LedgerHandler {
    int entries;

    @Override
    public void section(LedgerSection section, String pointer) {}

    @Override
    public void journalEntry(JournalEntry entry, String pointer) {
      entries++;
    }
  }

  @Test
  void aLongIntactJournalIsAcceptedWhole() throws IOException {
    Counting handler = new Counting();
    LedgerCounts counts = read(DOCUMENT, handler).orElseThrow();
    assertEquals(ENTRIES, counts.journalEntries());
    assertEquals(ENTRIES, handler.entries);
  }

  @Test
  void anEntryAlteredDeepInALongJournalIsRefusedAtItsHashS13() throws IOException {
    for (int index : List.of(0, 255, 256, 1_234, ENTRIES - 1)) {
      Refusal.Violation v = refused(altered(DOCUMENT, index), new Counting());
      assertEquals("ledger.chain /units/0/journal/" + index + "/hash", v.rule() + " " + v.path(), v.toString());
    }
  }

  @Test
  void anAlteredEntryIsReportedBeforeAFaultAfterItInTheDocumentS13() throws IOException {
    String twoFaults = altered(DOCUMENT, 700)
        .replaceFirst("\"sequence\":2001,", "\"sequence\":9999,");
    Refusal.Violation v = refused(twoFaults, new Counting());
    assertEquals("ledger.chain /units/0/journal/700/hash", v.rule() + " " + v.path(), v.toString());
    String truncated = altered(DOCUMENT, 700).substring(0, DOCUMENT.length() / 2 + 100);
    Refusal.Violation cut = refused(truncated, new Counting());
    assertEquals("ledger.chain /units/0/journal/700/hash", cut.rule() + " " + cut.path(), cut.toString());
  }

  @Test
  void anAlteredEntryIsReportedBeforeWhatAHandlerRefusesAfterItS13() throws IOException {
    Counting refusesLate = new Counting() {
      @Override
      public void journalEntry(JournalEntry entry, String pointer) {
        if (entry.sequence() == 2_500) {
          throw new DocumentRefusedException(Documents.refusal(pointer, "ledger.conflict", "冲突", "conflict"));
        }
      }
    };
    Refusal.Violation v = refused(altered(DOCUMENT, 900), refusesLate);
    assertEquals("ledger.chain /units/0/journal/900/hash", v.rule() + " " + v.path(), v.toString());
    Refusal.Violation intact = refused(DOCUMENT, refusesLate);
    assertEquals("ledger.conflict /units/0/journal/2499", intact.rule() + " " + intact.path(), intact.toString());
  }
}
