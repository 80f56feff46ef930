package org.lianfang.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.AggregateId;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.cycle.FrozenYear;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.kinds.RecordsByKind;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.Unit;

/**
 * Reads a ledger document (see {@link LedgerWriter} for its form) as a stream: one value is bound at a time and
 * handed on, and a unit's journal is never held whole, so a city's ledger reads in constant memory.
 *
 * <p>Reading is strict, and the first problem refuses the document with the JSON pointer of the offending place, a
 * rule code and a message in Chinese and English:
 *
 * <ul>
 *   <li>malformed JSON ({@code json.syntax}), duplicate keys ({@code json.duplicate-key}), nesting, strings, names or
 *       numbers past the limits ({@code json.limit});
 *   <li>unknown fields ({@code json.unknown-field}), missing required fields ({@code json.missing}), {@code null}
 *       where a value is needed ({@code json.null}), wrong JSON types with no coercion ({@code json.type}), unknown
 *       codes, ids, days or instants ({@code json.value}), numbers out of range ({@code json.range}), values the
 *       domain refuses ({@code json.domain-rule});
 *   <li>a wrong {@code kind} or an unsupported {@code schemaVersion} ({@code ledger.kind}, {@code ledger.version}),
 *       a {@code digest} no provider here has, or not the one the caller expects ({@code ledger.digest}),
 *       parts out of order ({@code ledger.order}), a record of another unit in a section ({@code ledger.same-unit}),
 *       a journal chain that does not verify ({@code ledger.chain}).
 * </ul>
 *
 * <p>A journal entry is handed on once its place in the chain is checked (its sequence and its link to the entry
 * before); its own hash is checked on a second thread, behind the reader, so the handler may receive entries after
 * one whose hash does not match before the document is refused for it — with that entry's pointer, as if checked in
 * line, whatever else went wrong after it. A handler keeps nothing of a refused document (an import rolls back).
 *
 * <p>Thread-safe: one reader may read any number of documents at once.
 */
public final class LedgerReader {
  private static final LedgerReader STANDARD = new LedgerReader();

  private final ObjectReader units = valueReader(Unit.class);
  /** A reader per kind a unit holds, in the order of {@link AggregateKinds#ofUnit()}. */
  private final Map<AggregateKind<?, ?>, ObjectReader> records = new LinkedHashMap<>();
  private final ObjectReader journal = valueReader(JournalEntry.class);
  private final ObjectReader frozenYears = valueReader(FrozenYear.class);
  private final ObjectReader unitIds = valueReader(UnitId.class);

  private LedgerReader() {
    for (AggregateKind<?, ?> kind : AggregateKinds.ofUnit()) {
      records.put(kind, valueReader(kind.type()));
    }
  }

  /**
   * A reader that binds one value in the middle of the document. The strict mapper fails on trailing tokens, which is
   * right for a whole document but not here: {@code readValue(JsonParser)} would read the token after every value
   * and refuse it. This reader checks the end of the document itself.
   */
  private static ObjectReader valueReader(Class<?> type) {
    return Documents.MAPPER.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** @return the reader */
  public static LedgerReader standard() {
    return STANDARD;
  }

  /**
   * Reads a document, handing each part to the handler as soon as it is read and checked.
   *
   * @param in the document, UTF-8 (or UTF-16/32 with a byte order mark); left open
   * @param handler receives the parts
   * @return what the document held, or why it was refused (the handler may have received parts before it)
   * @throws IOException if the stream itself fails
   */
  public Outcome<LedgerCounts> read(InputStream in, LedgerHandler handler) throws IOException {
    return read(in, handler, Optional.empty());
  }

  /**
   * Reads a document that must name a given digest: the archive's where it is imported ({@code ledger.digest}
   * otherwise, before any unit is handed on). Its hashes are checked with that digest, from its provider.
   *
   * @param in the document, UTF-8 (or UTF-16/32 with a byte order mark); left open
   * @param handler receives the parts
   * @param digest the digest the document must name ({@code SHA-256} if it names none)
   * @return what the document held, or why it was refused (the handler may have received parts before it)
   * @throws IOException if the stream itself fails
   */
  public Outcome<LedgerCounts> read(InputStream in, LedgerHandler handler, ChainDigest digest) throws IOException {
    return read(in, handler, Optional.of(Objects.requireNonNull(digest, "digest")));
  }

  private Outcome<LedgerCounts> read(InputStream in, LedgerHandler handler, Optional<ChainDigest> expected)
      throws IOException {
    Objects.requireNonNull(handler, "handler");
    Objects.requireNonNull(in, "in");
    try (HashChecks hashes = new HashChecks()) {
      try (JsonParser p = Documents.MAPPER.getFactory().createParser(in)) {
        try {
          LedgerCounts counts = new Run(p, handler, hashes, expected).document();
          Optional<Refusal> altered = hashes.first();
          return altered.isPresent() ? Outcome.refused(altered.get()) : Outcome.accepted(counts);
        } catch (JsonProcessingException e) {
          // what the parser finds lazily (the rest of a string, say) rather than at a token
          return Outcome.refused(earlier(hashes, Documents.refusal(e, null, p)));
        }
      } catch (DocumentRefusedException e) {
        return Outcome.refused(earlier(hashes, e.refusal()));
      } catch (java.io.CharConversionException e) {
        return Outcome.refused(earlier(hashes, Documents.encoding(e)));
      } catch (IOException | RuntimeException e) {
        // an entry read before the failure that does not match its hash would have refused the document first
        Optional<Refusal> altered = hashes.first();
        if (altered.isPresent()) {
          return Outcome.refused(altered.get());
        }
        throw e;
      }
    }
  }

  /**
   * Whatever refuses a document, an entry read before it that does not match its hash comes first: the hashes are
   * checked on a second thread ({@link HashChecks}), behind the reader, and the refusal is the one a check in line
   * would have given.
   */
  private static Refusal earlier(HashChecks hashes, Refusal found) {
    return hashes.first().orElse(found);
  }

  /** One reading: the parser, the handler and where we are. */
  private final class Run {
    private final JsonParser p;
    private final LedgerHandler handler;
    private LedgerCounts counts = LedgerCounts.NONE;
    private UnitId root;
    /** The units read so far: a unit comes once, after its parent; the first is the root. */
    private final java.util.Set<UnitId> seen = new java.util.HashSet<>();
    private final HashChecks hashes;
    private final Optional<ChainDigest> expected;

    Run(JsonParser p, LedgerHandler handler, HashChecks hashes, Optional<ChainDigest> expected) {
      this.p = p;
      this.handler = handler;
      this.hashes = hashes;
      this.expected = expected;
    }

    LedgerCounts document() throws IOException {
      expect(next(), JsonToken.START_OBJECT, "对象", "an object");
      String kind = null;
      Integer version = null;
      UnitId root = null;
      Instant exportedAt = null;
      String exportedBy = null;
      String digest = null;
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        next();
        switch (name) {
          case "kind" -> {
            kind = text();
            if (!LedgerWriter.KIND.equals(kind)) {
              throw refused(Documents.here(p), "ledger.kind", "不是廉政风险信息档案（kind 应为 " + LedgerWriter.KIND + "）",
                  "not a ledger document (kind must be " + LedgerWriter.KIND + ")");
            }
          }
          case "schemaVersion" -> {
            if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                || p.getIntValue() < LedgerWriter.OLDEST_READ || p.getIntValue() > LedgerWriter.SCHEMA_VERSION) {
              boolean first = p.currentToken() == JsonToken.VALUE_NUMBER_INT && p.getLongValue() == 1;
              String read = LedgerWriter.OLDEST_READ + "–" + LedgerWriter.SCHEMA_VERSION;
              throw refused(Documents.here(p), "ledger.version", "不支持的格式版本，只支持 " + read
                  + (first ? "：版本 1 的账本条目没有记录摘要（日志格式 1），请用本版本重新导出" : ""),
                  "unsupported schema version; only " + read + " are read" + (first
                      ? ": the entries of a version 1 ledger carry no record digests (journal format 1); export it "
                      + "again with this version" : ""));
            }
            version = p.getIntValue();
          }
          case "root" -> root = bind(unitIds, Documents.here(p));
          case "exportedAt" -> exportedAt = instant();
          case "exportedBy" -> exportedBy = text();
          case "digest" -> {
            ChainDigest named = LedgerDigests.named(text(), expected, Documents.here(p));
            digest = named.name(); // as the archive records it: upper case
            hashes.digest(named);
          }
          case "units" -> {
            for (String[] f : new String[][] {{"kind", kind}, {"schemaVersion", version == null ? null : "1"},
                {"root", root == null ? null : "x"}, {"exportedAt", exportedAt == null ? null : "x"},
                {"exportedBy", exportedBy}}) {
              if (f[1] == null) {
                throw refused("", "ledger.order", "字段 " + f[0] + " 缺失或位于 units 之后",
                    "field " + f[0] + " is missing or comes after units (the header comes first)");
              }
            }
            if (digest == null) {
              digest = ChainDigest.SHA_256.name(); // written before archives named their digest
              hashes.digest(LedgerDigests.named(digest, expected, ""));
            }
            handler.header(new LedgerHeader(version, root, exportedAt, exportedBy, digest));
            units(root, version);
            expect(next(), JsonToken.END_OBJECT, "文档结束（units 之后不能有字段）", "the end of the document (units comes last)");
            if (p.nextToken() != null) {
              throw refused("", "json.syntax", "文档结束后还有内容", "content after the end of the document");
            }
            return counts;
          }
          default -> throw refused(Documents.here(p), "json.unknown-field", "未知字段：" + name, "unknown field: " + name);
        }
      }
      throw refused("/units", "json.missing", "缺少必填字段：units", "missing required field: units");
    }

    private Instant instant() throws IOException {
      String text = text();
      Instant value = TimeReaders.instant(text);
      if (value == null) {
        throw refused(Documents.here(p), "json.value", "无法识别的时刻：" + text,
            "unrecognised value " + text + ": " + TimeReaders.INSTANT_RULE);
      }
      return value;
    }

    private void units(UnitId root, int version) throws IOException {
      this.root = root;
      List<AggregateKind<?, ?>> kinds = LedgerSections.kinds(version);
      List<String> parts = LedgerSections.parts(version);
      expect(p.currentToken(), JsonToken.START_ARRAY, "数组", "an array");
      int index = 0;
      while (next() != JsonToken.END_ARRAY) {
        section(Documents.child("/units", index++), kinds, parts);
      }
    }

    private void section(String at, List<AggregateKind<?, ?>> kinds, List<String> order) throws IOException {
      expect(p.currentToken(), JsonToken.START_OBJECT, "对象", "an object");
      Unit unit = null;
      RecordsByKind parts = RecordsByKind.none(AggregateKinds.ofUnit());
      List<FrozenYear> registers = List.of();
      int field = 0;
      while (next() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        if (field >= order.size() || !order.get(field).equals(name)) {
          int position = order.indexOf(name);
          if (position > field) {
            throw refused(Documents.child(at, order.get(field)), "json.missing",
                "缺少必填字段 " + order.get(field) + "，或各部分顺序不对（须依次为 "
                + order + "）", "missing required field " + order.get(field) + ", or the parts are out of order "
                + "(a unit's parts come in the order " + order + ")");
          }
          throw refused(Documents.here(p), position < 0 ? "json.unknown-field" : "ledger.order",
              (position < 0 ? "未知字段：" : "顺序错误：") + name + "；单位的各部分须依次为 " + order,
              (position < 0 ? "unknown field: " : "out of order: ") + name + "; a unit's parts come in the order "
                  + order);
        }
        next();
        String here = Documents.child(at, name);
        if (field == 0) {
          unit = bind(units, here);
          placed(unit, here);
        } else if (field <= kinds.size()) {
          AggregateKind<?, ?> kind = kinds.get(field - 1);
          parts = list(parts, kind, here, unit);
        } else if (name.equals("registers")) {
          registers = registers(here, unit);
        } else {
          LedgerSection s = new LedgerSection(unit, parts, registers);
          handler.section(s, at);
          counts = counts.plus(s).plusJournal(journal(here, unit.id()));
          handler.endSection(s);
        }
        field++;
      }
      if (field < order.size()) {
        throw refused(Documents.child(at, order.get(field)), "json.missing", "缺少必填字段：" + order.get(field),
            "missing required field: " + order.get(field));
      }
    }

    /** The root comes first, every other unit after its parent, and no unit twice. */
    private void placed(Unit unit, String at) {
      if (seen.isEmpty() && !unit.id().equals(root)) {
        throw refused(Documents.child(at, "id"), "ledger.order", "第一个单位须是文档的 root",
            "the first unit must be the document's root");
      }
      if (!seen.isEmpty() && !unit.parent().map(seen::contains).orElse(false)) {
        throw refused(Documents.child(at, "parent"), "ledger.order", "单位须排在其上级单位之后（先序），且在 root 之下",
            "a unit must come after its parent (pre-order), below the root");
      }
      if (!seen.add(unit.id())) {
        throw refused(Documents.child(at, "id"), "ledger.order", "同一单位出现两次", "the same unit comes twice");
      }
      version(unit.version(), at);
    }

    private void version(long version, String at) {
      if (version < 1) {
        throw refused(Documents.child(at, "version"), "json.range", "版本号须不小于 1",
            "a stored record's version is 1 or more");
      }
    }

    /** Reads the section's records of one kind, each of the section's unit. */
    private <A extends Aggregate<I>, I extends AggregateId> RecordsByKind list(
        RecordsByKind parts, AggregateKind<A, I> kind, String at, Unit unit) throws IOException {
      expect(p.currentToken(), JsonToken.START_ARRAY, "数组", "an array");
      ObjectReader reader = records.get(kind);
      List<A> out = new ArrayList<>();
      while (next() != JsonToken.END_ARRAY) {
        out.add(kind.cast(bind(reader, Documents.child(at, out.size()))));
        own(out, unit, at, out.size() - 1); // each as it is read: the first problem refuses the document
      }
      return parts.with(kind, out);
    }

    /** Reads the section's frozen registers, each record of the section's unit and stored. */
    private List<FrozenYear> registers(String at, Unit unit) throws IOException {
      expect(p.currentToken(), JsonToken.START_ARRAY, "数组", "an array");
      List<FrozenYear> out = new ArrayList<>();
      while (next() != JsonToken.END_ARRAY) {
        String here = Documents.child(at, out.size());
        FrozenYear y = bind(frozenYears, here);
        own(y.points(), unit, Documents.child(here, AggregateKinds.RISK_POINTS.name()), 0);
        own(y.measures(), unit, Documents.child(here, AggregateKinds.CONTROL_MEASURES.name()), 0);
        out.add(y);
      }
      return out;
    }

    /** The records of a section, from {@code from} on, are of the section's unit, and stored. */
    private void own(List<? extends Aggregate<?>> records, Unit unit, String list, int from) {
      for (int i = from; i < records.size(); i++) {
        if (!records.get(i).unitId().equals(unit.id())) {
          throw refused(Documents.child(list, i), "ledger.same-unit", "记录不属于本节的单位 " + unit.id(),
              "the record belongs to another unit than its section's " + unit.id());
        }
        version(records.get(i).version(), Documents.child(list, i));
      }
    }

    private long journal(String at, UnitId unit) throws IOException {
      expect(p.currentToken(), JsonToken.START_ARRAY, "数组", "an array");
      long expected = 1;
      String previous = JournalChain.GENESIS;
      while (next() != JsonToken.END_ARRAY) {
        String here = Documents.child(at, expected - 1);
        JournalEntry e = bind(journal, here);
        if (!e.unitId().equals(unit)) {
          throw refused(Documents.child(here, "unitId"), "ledger.same-unit", "日志条目不属于本节的单位",
              "the journal entry belongs to another unit than its section's");
        }
        if (e.sequence() != expected) {
          throw refused(Documents.child(here, "sequence"), "ledger.chain", "日志序号应为 " + expected,
              "the journal sequence must be " + expected);
        }
        if (!e.previousHash().equals(previous)) {
          throw refused(Documents.child(here, "previousHash"), "ledger.chain", "日志链断开：前一条的哈希不符",
              "the journal chain is broken: the previous hash does not match");
        }
        hashes.add(e, here);
        handler.journalEntry(e, here);
        previous = e.hash();
        expected++;
      }
      if (expected == 1) {
        throw refused(at, "ledger.chain", "日志为空：每个单位至少有其登记条目",
            "the journal is empty: every unit has at least its registration");
      }
      return expected - 1;
    }

    private <T> T bind(ObjectReader reader, String at) throws IOException {
      try {
        T value = reader.readValue(p);
        if (value == null) {
          throw refused(at, "json.null", "不能为 null", "must not be null");
        }
        return value;
      } catch (JsonProcessingException e) {
        throw new DocumentRefusedException(Documents.refusal(e, at, p));
      }
    }

    private String text() throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw refused(Documents.here(p), "json.type", "类型错误，应为字符串", "wrong type: expected a string");
      }
      return p.getText();
    }

    private JsonToken next() throws IOException {
      try {
        return p.nextToken();
      } catch (JsonProcessingException e) {
        throw new DocumentRefusedException(Documents.refusal(e, null, p));
      }
    }

    private void expect(JsonToken actual, JsonToken wanted, String zh, String en) {
      if (actual != wanted) {
        throw refused(Documents.here(p), actual == null ? "json.syntax" : "json.type", "此处应为" + zh,
            "expected " + en + " here");
      }
    }

    private DocumentRefusedException refused(String at, String rule, String zh, String en) {
      return new DocumentRefusedException(Documents.refusal(at, rule, zh, en));
    }
  }
}
