package org.lianfang.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitKind;
import org.lianfang.testing.Generators;
import org.quicktheories.core.Gen;

/**
 * The strict reader reads back what the writer wrote: units with and without a parent, open and closed tenures, risk
 * points with and without their optional parts, and the journal entry by entry.
 */
class LedgerDocumentTest {
  private static final Instant AT = Instant.parse("2026-11-26T00:00:00Z");

  /** One unit's section and its journal. */
  record Part(LedgerSection section, List<JournalEntry> journal) {}

  private static Gen<Part> parts() {
    return Generators.units().flatMap(u -> {
      UnitId id = u.id();
      Gen<Object[]> organisation = lists().of(Generators.posts(id)).ofSizeBetween(0, 3).zip(
          lists().of(Generators.officials(id)).ofSizeBetween(0, 3),
          lists().of(Generators.tenures(id)).ofSizeBetween(0, 3),
          lists().of(Generators.powerItems(id)).ofSizeBetween(0, 3),
          (p, o, t, i) -> new Object[] {p, o, t, i});
      return organisation.zip(lists().of(Generators.processes(id)).ofSizeBetween(0, 2),
          lists().of(Generators.riskPoints(id)).ofSizeBetween(0, 4), Generators.chains(id, 5),
          (a, processes, points, journal) -> new Part(section(u, a, processes, points), journal));
    });
  }

  @SuppressWarnings("unchecked")
  private static LedgerSection section(Unit u, Object[] a, List<org.lianfang.process.BusinessProcess> processes,
      List<org.lianfang.risk.RiskPoint> points) {
    return new LedgerSection(u, (List<org.lianfang.organization.Post>) a[0],
        (List<org.lianfang.organization.Official>) a[1], (List<org.lianfang.organization.Tenure>) a[2],
        (List<org.lianfang.organization.PowerItem>) a[3], processes, points);
  }

  private static byte[] write(UnitId root, List<Part> parts) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (LedgerWriter w = LedgerWriter.open(out, new LedgerHeader(1, root, AT, "test"))) {
        for (Part p : parts) {
          w.write(p.section(), p.journal().iterator());
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Collects what the reader hands on. */
  private static final class Collect implements LedgerHandler {
    final List<Part> parts = new ArrayList<>();
    private LedgerSection section;
    private List<JournalEntry> journal;

    @Override
    public void section(LedgerSection s, String pointer) {
      section = s;
      journal = new ArrayList<>();
    }

    @Override
    public void journalEntry(JournalEntry entry, String pointer) {
      journal.add(entry);
    }

    @Override
    public void endSection(LedgerSection s) {
      parts.add(new Part(section, journal));
    }
  }

  private static Outcome<LedgerCounts> read(byte[] document, Collect into) {
    try {
      return LedgerReader.standard().read(new ByteArrayInputStream(document), into);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void whatIsWrittenReadsBackEqual() {
    qt().withExamples(100).forAll(lists().of(parts()).ofSizeBetween(1, 3).map(LedgerDocumentTest::underTheFirst))
        .checkAssert(parts -> {
      Collect got = new Collect();
      Outcome<LedgerCounts> outcome = read(write(parts.get(0).section().unit().id(), parts), got);
      assertTrue(outcome.isAccepted(), () -> String.valueOf(outcome.whyRefused()));
      assertEquals(parts, got.parts);
      assertEquals(parts.stream().mapToLong(p -> p.journal().size()).sum(),
          outcome.orElseThrow().journalEntries());
    });
  }

  /** Units come in pre-order below the root: every later generated unit is made a child of the first. */
  private static List<Part> underTheFirst(List<Part> parts) {
    UnitId root = parts.get(0).section().unit().id();
    List<Part> out = new java.util.ArrayList<>(List.of(parts.get(0)));
    for (Part p : parts.subList(1, parts.size())) {
      LedgerSection s = p.section();
      Unit u = s.unit();
      out.add(new Part(new LedgerSection(Unit.restore(u.id(), u.code(), u.name(), u.kind(), Optional.of(root),
          u.version()), s.posts(), s.officials(), s.tenures(), s.powerItems(), s.processes(), s.riskPoints()),
          p.journal()));
    }
    return out;
  }

  private static UnitId root() {
    return new UnitId(UUID.fromString("0190a8f0-0000-7000-8000-000000000001"));
  }

  private static String rootDocument() {
    UnitId id = root();
    Unit unit = Unit.restore(id, "KM", "昆明市", UnitKind.CITY, Optional.empty(), 1);
    JournalEntry e = JournalChain.next(Optional.empty(), id, "unit.registered", "admin", AT, "{}");
    LedgerSection s = new LedgerSection(unit, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    return new String(write(id, List.of(new Part(s, List.of(e)))), StandardCharsets.UTF_8);
  }

  @Test
  void aRootUnitWithoutParentReadsBack() {
    Collect got = new Collect();
    assertTrue(read(rootDocument().getBytes(StandardCharsets.UTF_8), got).isAccepted());
    assertEquals(Optional.empty(), got.parts.get(0).section().unit().parent());
  }

  @Test
  void anOptionalPartWrittenAsNullReadsAsAbsent() {
    String doc = rootDocument().replace("\"kind\":\"city\",", "\"kind\":\"city\",\"parent\":null,");
    Collect got = new Collect();
    assertTrue(read(doc.getBytes(StandardCharsets.UTF_8), got).isAccepted(), doc);
    assertEquals(Optional.empty(), got.parts.get(0).section().unit().parent());
  }

  @Test
  void nullForARequiredPartIsRefused() {
    String doc = rootDocument().replace("\"code\":\"KM\"", "\"code\":null");
    Refusal.Violation v = read(doc.getBytes(StandardCharsets.UTF_8), new Collect()).whyRefused().orElseThrow()
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
      Refusal.Violation v = read(bad.getBytes(StandardCharsets.UTF_8), new Collect()).whyRefused().orElseThrow()
          .violations().get(0);
      assertEquals("json.value", v.rule(), other);
      assertEquals("/units/0/journal/0/at", v.path(), other);
    }
  }
}
