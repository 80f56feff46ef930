package org.lianfang.json;

import org.lianfang.kinds.AggregateKinds;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Unit;
import org.lianfang.testing.Generators;
import org.quicktheories.core.Gen;

/** Ledger documents for tests: written from sections in memory, and read back into them. */
final class LedgerDocuments {
  private LedgerDocuments() {}

  /**
   * A unit's section with its journal chain.
   *
   * @param section the unit and its records
   * @param journal its chain from sequence 1
   */
  record Part(LedgerSection section, List<JournalEntry> journal) {}

  /** @param header the header @param parts the sections in order @return the document {@link LedgerWriter} writes */
  static byte[] write(LedgerHeader header, List<Part> parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LedgerWriter w = LedgerWriter.open(out, header)) {
      for (Part p : parts) {
        w.write(p.section(), p.journal().iterator());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * A document as read.
   *
   * @param header its header
   * @param parts its sections with their journals, in order
   */
  record Read(LedgerHeader header, List<Part> parts) {}

  /**
   * @param document a ledger document {@link LedgerReader} accepts
   * @return what the reader handed on
   * @throws AssertionError if the reader refuses it
   */
  static Read read(byte[] document) {
    Outcome<Read> read = tryRead(document);
    if (!read.isAccepted()) {
      throw new AssertionError("the reader refused the document: " + read.whyRefused().orElseThrow());
    }
    return read.orElseThrow();
  }

  /** @param document a ledger document @return what the reader handed on, or why it refused the document */
  static Outcome<Read> tryRead(byte[] document) {
    LedgerHeader[] header = new LedgerHeader[1];
    List<Part> parts = new ArrayList<>();
    LedgerHandler collect = new LedgerHandler() {
      @Override
      public void header(LedgerHeader h) {
        header[0] = h;
      }

      @Override
      public void section(LedgerSection section, String pointer) {
        parts.add(new Part(section, new ArrayList<>()));
      }

      @Override
      public void journalEntry(JournalEntry entry, String pointer) {
        parts.get(parts.size() - 1).journal().add(entry);
      }
    };
    try {
      return LedgerReader.standard().read(new ByteArrayInputStream(document), collect)
          .map(counts -> new Read(header[0], parts));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return one unit's section with generated records of every kind belonging to it, and a chain */
  static Gen<Part> parts() {
    return Generators.units().flatMap(unit -> {
      var id = unit.id();
      Gen<Object[]> organization = lists().of(Generators.posts(id)).ofSizeBetween(0, 3)
          .zip(lists().of(Generators.officials(id)).ofSizeBetween(0, 3),
              lists().of(Generators.tenures(id)).ofSizeBetween(0, 3),
              lists().of(Generators.powerItems(id)).ofSizeBetween(0, 2),
              (p, o, t, w) -> new Object[] {p, o, t, w});
      Gen<Object[]> work = lists().of(Generators.processes(id)).ofSizeBetween(0, 2)
          .zip(lists().of(Generators.riskPoints(id)).ofSizeBetween(0, 4), Generators.chains(id, 6),
              (p, r, j) -> new Object[] {p, r, j});
      return organization.zip(work, (a, b) -> part(unit, a, b));
    });
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Part part(Unit unit, Object[] a, Object[] b) {
    return new Part(LedgerSection.of(unit).with(AggregateKinds.POSTS, (List) a[0])
        .with(AggregateKinds.OFFICIALS, (List) a[1]).with(AggregateKinds.TENURES, (List) a[2])
        .with(AggregateKinds.POWER_ITEMS, (List) a[3]).with(AggregateKinds.PROCESSES, (List) b[0])
        .with(AggregateKinds.RISK_POINTS, (List) b[1]), (List<JournalEntry>) b[2]);
  }

  /** @return ledgers of one to three generated units, every later unit a child of the first (pre-order) */
  static Gen<List<Part>> ledgers() {
    return lists().of(parts()).ofSizeBetween(1, 3).map(LedgerDocuments::underTheFirst);
  }

  private static List<Part> underTheFirst(List<Part> parts) {
    Unit root = parts.get(0).section().unit();
    List<Part> out = new ArrayList<>(List.of(parts.get(0)));
    for (Part p : parts.subList(1, parts.size())) {
      LedgerSection s = p.section();
      Unit u = s.unit();
      Unit child = Unit.restore(u.id(), u.code(), u.name(), u.kind(), Optional.of(root.id()), u.version());
      out.add(new Part(new LedgerSection(child, s.records()), p.journal()));
    }
    return out;
  }

  /**
   * @param document a ledger document {@link LedgerReader} accepts
   * @return it read and written again
   * @throws AssertionError if the reader refuses it
   */
  static byte[] rewrite(byte[] document) {
    Read read = read(document);
    return write(read.header(), read.parts());
  }
}
