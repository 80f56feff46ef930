package org.lianfang.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lianfang.cycle.FrozenYear;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Unit;

/**
 * Writes a ledger document (廉政风险信息档案, S-13) one unit at a time, so a whole city's ledger streams out in
 * constant memory. The document:
 *
 * <pre>{@code
 * {"kind": "lianfang.ledger", "schemaVersion": 3, "root": "<unit id>", "exportedAt": "…", "exportedBy": "…",
 *  "digest": "SHA-256", "units": [
 *    {"unit": {…}, "posts": […], "officials": […], "tenures": […], "powerItems": […], "processes": […],
 *     "riskPoints": […], "controlMeasures": […], …, "registers": [{"year": 2010, "frozenOn": "2010-12-31",
 *     "riskPoints": […], "controlMeasures": […]}], "journal": […]},
 *    …]}
 * }</pre>
 *
 * <p>{@code digest} names the archive's {@link org.lianfang.ledger.ChainDigest} (issue 10, 国密: {@code SM3}, say); a
 * document written before it was named has none and was made with SHA-256.
 *
 * <p>A section's parts between {@code unit} and {@code registers} are the kinds a unit holds, named and ordered as
 * {@link AggregateKinds#ofUnit()} lists them; {@code registers} holds its closed years' frozen registers (format 18),
 * oldest first, each with the day it was frozen and its risk points and control measures as the live ones are written.
 * Units come in pre-order (a unit before the units below it) and a section's parts in that order, because {@link
 * LedgerReader} reads the document as a stream. The JSON Schema is {@code /org/lianfang/json/schema/ledger.schema.json}
 * in this jar. UTF-8, compact. Not thread-safe: one writer per document. Closing the writer ends the document and
 * flushes; it does not close the stream.
 */
public final class LedgerWriter implements Closeable {
  /** The {@code kind} every ledger document carries. */
  public static final String KIND = "lianfang.ledger";
  /**
   * The format version written: 3 since the control stage's measures joined each unit's section (issue 11), 4 since its
   * education activities did, 5 since its power disclosures did (and power items may name their classification), 6
   * since its service commitments did, 7 since the third line's warnings did (issue 12), 8 since its rectification
   * items did, 9 since its reports did, 10 since its cases under electronic supervision did, 11 since a case's step may
   * carry its own time limit, 12 since the checks' monthly checks joined each section (issue 13), 13 since special
   * inspections and their findings did, 14 since half-year self-checks did, 15 since public appraisal rounds did, 16
   * since annual evaluations did, 17 since annual cycles did (issue 14), 18 since a rectification item may carry its
   * carry-over and closed years' registers joined each section, 19 since a cycle may carry the revision it posted and
   * its rules the revision's. {@link LedgerReader} reads this version and versions 2 to 18, whose sections lack the
   * lists added after them (and whose steps, before 11, have no limit; whose items, before 18, were never carried
   * over; whose cycles, before 19, posted no revision and ran without its rule).
   */
  public static final int SCHEMA_VERSION = 19;

  /** The oldest format version {@link LedgerReader} reads. */
  public static final int OLDEST_READ = 2;

  private final JsonGenerator gen;
  private final ObjectWriter units;
  /** A writer per kind a unit holds, in the order of {@link AggregateKinds#ofUnit()}. */
  private final Map<AggregateKind<?, ?>, ObjectWriter> records = new LinkedHashMap<>();
  private final ObjectWriter registers;
  private final ObjectWriter journal;
  private boolean closed;

  private LedgerWriter(JsonGenerator gen) {
    this.gen = gen;
    var m = Documents.MAPPER;
    this.units = m.writerFor(Unit.class);
    for (AggregateKind<?, ?> kind : AggregateKinds.ofUnit()) {
      records.put(kind, m.writerFor(kind.type()));
    }
    this.registers = m.writerFor(FrozenYear.class);
    this.journal = m.writerFor(JournalEntry.class);
  }

  /**
   * Starts a document and writes its header.
   *
   * @param out where to write; left open
   * @param header the header; its schema version must be {@link #SCHEMA_VERSION}
   * @return the writer
   * @throws IOException if the stream fails
   * @throws IllegalArgumentException if the header names another schema version
   */
  public static LedgerWriter open(OutputStream out, LedgerHeader header) throws IOException {
    Objects.requireNonNull(out, "out");
    if (header.schemaVersion() != SCHEMA_VERSION) {
      throw new IllegalArgumentException("this writer writes schema version " + SCHEMA_VERSION);
    }
    JsonGenerator gen = Documents.MAPPER.getFactory().createGenerator(out);
    LedgerWriter w = new LedgerWriter(gen);
    gen.writeStartObject();
    gen.writeStringField("kind", KIND);
    gen.writeNumberField("schemaVersion", SCHEMA_VERSION);
    gen.writeFieldName("root");
    Documents.MAPPER.writeValue(gen, header.root());
    gen.writeStringField("exportedAt", header.exportedAt().toString());
    gen.writeStringField("exportedBy", header.exportedBy());
    gen.writeStringField("digest", header.digest());
    gen.writeArrayFieldStart("units");
    return w;
  }

  /**
   * Writes one unit's section. Its journal is written entry by entry as the iterator gives them, so it may page
   * through a long chain.
   *
   * @param section the unit and its records
   * @param journalChain the unit's journal chain from sequence 1
   * @throws IOException if the stream fails
   */
  public void write(LedgerSection section, Iterator<JournalEntry> journalChain) throws IOException {
    if (closed) {
      throw new IllegalStateException("the document is closed");
    }
    gen.writeStartObject();
    gen.writeFieldName("unit");
    units.writeValue(gen, section.unit());
    for (Map.Entry<AggregateKind<?, ?>, ObjectWriter> kind : records.entrySet()) {
      array(kind.getKey().name(), kind.getValue(), section.records().asMap().get(kind.getKey()));
    }
    array("registers", registers, section.registers());
    gen.writeArrayFieldStart("journal");
    while (journalChain.hasNext()) {
      journal.writeValue(gen, journalChain.next());
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private void array(String name, ObjectWriter writer, List<?> values) throws IOException {
    gen.writeArrayFieldStart(name);
    for (Object v : values) {
      writer.writeValue(gen, v);
    }
    gen.writeEndArray();
  }

  /** Ends the document and flushes. @throws IOException if the stream fails */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    gen.writeEndArray();
    gen.writeEndObject();
    gen.close();
  }
}
