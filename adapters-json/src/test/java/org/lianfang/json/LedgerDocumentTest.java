package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
 * The reader on hand-made documents: a root unit without a parent, an optional part given as null, a required part
 * given as null, instants in other forms. (Generated ledgers reading back equal: {@link LedgerSchemaPropertyTest}.)
 */
class LedgerDocumentTest {
  private static final Instant AT = Instant.parse("2026-11-26T00:00:00Z");

  private static byte[] write(UnitId root, List<LedgerDocuments.Part> parts) {
    return LedgerDocuments.write(new LedgerHeader(LedgerWriter.SCHEMA_VERSION, root, AT, "test", "SHA-256"), parts);
  }

  private static Outcome<LedgerDocuments.Read> read(byte[] document) {
    return LedgerDocuments.tryRead(document);
  }

  private static UnitId root() {
    return new UnitId(UUID.fromString("0190a8f0-0000-7000-8000-000000000001"));
  }

  private static String rootDocument() {
    UnitId id = root();
    Unit unit = Unit.restore(id, "KM", "昆明市", UnitKind.CITY, Optional.empty(), 1);
    JournalEntry e = JournalChain.next(ChainDigest.SHA_256,
        Optional.empty(), id, "unit.registered", "admin", AT, "{}", TestEntries.RECORD,
        TestEntries.DIGEST);
    LedgerSection s = LedgerSection.of(unit);
    return new String(write(id, List.of(new LedgerDocuments.Part(s, List.of(e)))), StandardCharsets.UTF_8);
  }

  @Test
  void aRootUnitWithoutParentReadsBack() {
    LedgerDocuments.Read got = read(rootDocument().getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertEquals(Optional.empty(), got.parts().get(0).section().unit().parent());
  }

  @Test
  void anOptionalPartWrittenAsNullReadsAsAbsent() {
    String doc = rootDocument().replace("\"kind\":\"city\",", "\"kind\":\"city\",\"parent\":null,");
    LedgerDocuments.Read got = read(doc.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    assertEquals(Optional.empty(), got.parts().get(0).section().unit().parent());
  }

  @Test
  void nullForARequiredPartIsRefused() {
    String doc = rootDocument().replace("\"code\":\"KM\"", "\"code\":null");
    Refusal.Violation v = read(doc.getBytes(StandardCharsets.UTF_8)).whyRefused().orElseThrow()
        .violations().get(0);
    assertEquals("json.null", v.rule());
    assertEquals("/units/0/unit/code", v.path());
  }

  @Test
  void anInstantInAnotherFormOrNoDayOfTheCalendarIsRefused() {
    String doc = rootDocument();
    for (String other : List.of("2026-11-26T08:00:00+08:00", "2026-02-30T00:00:00Z", "2026-11-26t00:00:00z",
        "2026-11-26T00:00:00.0000001Z")) {
      String bad = doc.replace("\"at\":\"2026-11-26T00:00:00Z\"", "\"at\":\"" + other + "\"");
      Refusal.Violation v = read(bad.getBytes(StandardCharsets.UTF_8)).whyRefused().orElseThrow()
          .violations().get(0);
      assertEquals("json.value", v.rule(), other);
      assertEquals("/units/0/journal/0/at", v.path(), other);
    }
  }
}
