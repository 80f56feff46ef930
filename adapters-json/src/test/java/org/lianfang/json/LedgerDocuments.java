package org.lianfang.json;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.lianfang.ledger.JournalEntry;

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
      var read = LedgerReader.standard().read(new ByteArrayInputStream(document), collect);
      if (!read.isAccepted()) {
        throw new AssertionError("the reader refused the document: " + read.whyRefused().orElseThrow());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Read(header[0], parts);
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
