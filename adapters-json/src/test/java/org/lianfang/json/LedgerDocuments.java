package org.lianfang.json;

import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.Outcome;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Unit;
import org.lianfang.testing.Generators;
import org.lianfang.testing.OrganizationGenerators;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

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

  /** @return one unit's section with zero to three generated records of every kind it holds, and a chain */
  static Gen<Part> parts() {
    return OrganizationGenerators.units().flatMap(unit -> {
      Gen<LedgerSection> section = Generate.constant(LedgerSection.of(unit));
      for (AggregateKind<?, ?> kind : AggregateKinds.ofUnit()) {
        section = withSome(section, kind);
      }
      return section.zip(Generators.chains(unit.id(), 6), Part::new);
    });
  }

  private static <A extends Aggregate<I>, I extends AggregateId> Gen<LedgerSection> withSome(
      Gen<LedgerSection> sections, AggregateKind<A, I> kind) {
    return sections.flatMap(s -> lists().of(Generators.inUnit(kind, s.unit().id())).ofSizeBetween(0, 3)
        .map(records -> s.with(kind, records)));
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
