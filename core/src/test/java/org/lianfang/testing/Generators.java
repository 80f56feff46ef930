package org.lianfang.testing;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.lianfang.Actor;
import org.lianfang.Aggregate;
import org.lianfang.Role;
import org.lianfang.UnitId;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.ChainHead;
import org.lianfang.ledger.JournalChain;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.Notification;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every domain type, built from valid parts (never by filtering). Text is hostile on
 * purpose: Chinese, CJK extension B and emoji (4-byte UTF-8), quotes, backslashes, SQL and HTML metacharacters,
 * control characters other than NUL (PostgreSQL cannot store NUL in text), and sometimes several thousand characters.
 *
 * <p>This class holds the text, codes, ids and days every area's generators are made of, the journal chains and the
 * actors; each area's aggregates have their generators in a class of that area ({@link OrganizationGenerators},
 * {@link ProcessGenerators}, {@link RiskGenerators}), so a new kind edits its area's class, not this one.
 */
public final class Generators {
  /** Fragments hostile text is made of. */
  public static final List<String> FRAGMENTS = List.of(
      "廉政风险", "三重一大", "人财物", "局长", "审批", "𠮷野家", "𩸽", "😀", "🀄", "'", "\"", "\\", "%", "_", ";",
      "--", "/*", "*/", "' OR '1'='1", "'; DROP TABLE lf_unit; --", "<script>", "&amp;", "\t", "\n", "\r\n",
      "\u0001", "\u00e9", "\u200b", "\ufeff", " ", "ABC", "123", "ä", "Ω", "é");

  private Generators() {}

  /** @return hostile text of 1 to 12 fragments, never blank */
  public static Gen<String> text() {
    return lists().of(arbitrary().pick(FRAGMENTS)).ofSizeBetween(1, 12)
        .map(parts -> "风险" + String.join("", parts));
  }

  /**
   * Text a command must refuse where a name is required: blank in several ways, or longer than {@code max}.
   *
   * @param max the field's limit
   * @return invalid text
   */
  public static Gen<String> invalidNames(int max) {
    return Generate.oneOf(arbitrary().pick(List.of("", " ", "\t", "\n", "\u3000", "  \r\n ")),
        text().map(t -> t + "廉".repeat(max + 1)));
  }

  /** @return a probability or harm off the 1–5 scale */
  public static Gen<Integer> invalidScale() {
    return Generate.oneOf(integers().between(-1000, 0), integers().between(6, 1000));
  }

  /** @return hostile text, sometimes over 3,000 characters */
  public static Gen<String> longText() {
    return text().zip(integers().between(1, 300), (t, n) -> n > 280 ? t.repeat(3000 / t.length() + 1) : t);
  }

  /**
   * @return a short code of letters, digits, Chinese and dashes, unique to each draw (codes are unique in a unit, and
   *     stores enforce it)
   */
  public static Gen<String> code() {
    return lists().of(arbitrary().pick(List.of("A", "B", "7", "-", "国", "土", "0", "局"))).ofSizeBetween(1, 10)
        .zip(uuids(), (l, u) -> "C" + String.join("", l) + "-" + u.toString().substring(0, 8));
  }

  /**
   * @return fresh random UUIDs (not time-ordered: stores must not depend on the order of creation). Drawn from a
   *     supplier, not from QuickTheories' longs, whose bias to edge values would repeat ids
   */
  public static Gen<UUID> uuids() {
    return Generate.constant(UUID::randomUUID);
  }

  /** @return unit ids */
  public static Gen<UnitId> unitIds() {
    return uuids().map(UnitId::new);
  }

  /** @return instants between 2010 and 2040, whole milliseconds */
  public static Gen<Instant> instants() {
    return longs().between(1_262_304_000_000L, 2_208_988_800_000L).map(Instant::ofEpochMilli);
  }

  /** @return days between 2010 and 2040 */
  public static Gen<LocalDate> days() {
    return integers().between(0, 365 * 30).map(d -> LocalDate.of(2010, 1, 1).plusDays(d));
  }

  /**
   * Records of any kind a unit holds, through its area's generator of that kind: each area class lists its kinds'
   * generators ({@code IN_UNIT}), so that tests over every kind ({@link org.lianfang.kinds.AggregateKinds#ofUnit()})
   * need no edit when a kind is added to an area.
   *
   * @param kind a kind a unit holds
   * @param unit the unit
   * @param <A> the aggregate
   * @return records of that kind in that unit, stored version 1
   * @throws IllegalArgumentException for a kind without a generator in its area's class
   */
  @SuppressWarnings("unchecked") // each area's map keys a generator by the kind it generates
  public static <A extends Aggregate<?>> Gen<A> inUnit(AggregateKind<A, ?> kind, UnitId unit) {
    Function<UnitId, Gen<?>> gen = Stream.of(OrganizationGenerators.IN_UNIT, ProcessGenerators.IN_UNIT,
        RiskGenerators.IN_UNIT, ControlGenerators.IN_UNIT, MonitoringGenerators.IN_UNIT, ChecksGenerators.IN_UNIT,
        EvaluationGenerators.IN_UNIT, CycleGenerators.IN_UNIT)
        .map(m -> m.get(kind))
        .filter(Objects::nonNull).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no generator of " + kind + " in a unit"));
    return (Gen<A>) gen.apply(unit);
  }

  /** @param unit the unit @return notifications about that unit, with hostile text */
  public static Gen<Notification> notifications(UnitId unit) {
    return uuids().zip(text(), longText(), instants(),
        (key, subject, body, at) -> new Notification(key.toString(), unit, "official:" + key, "notice.ending",
            "risk-point/" + key, subject, "Notice ends: " + subject, body, "Why: " + body, at));
  }

  /**
   * A valid journal chain of a unit: 1 to {@code max} entries with hostile payloads.
   *
   * @param unit the unit
   * @param max the most entries
   * @return the chain, first entry first
   */
  public static Gen<List<JournalEntry>> chains(UnitId unit, int max) {
    return lists().of(text().zip(instants(), (t, at) -> new Object[] {t, at})).ofSizeBetween(1, max).map(parts -> {
      List<JournalEntry> out = new ArrayList<>();
      Optional<ChainHead> head = Optional.empty();
      for (Object[] p : parts) {
        JournalEntry e = JournalChain.next(ChainDigest.SHA_256,
            head, unit, "test.event", "actor", (Instant) p[1], (String) p[0],
            TestEntries.RECORD, TestEntries.DIGEST);
        out.add(e);
        head = Optional.of(e.head());
      }
      return out;
    });
  }

  /**
   * Actors with any roles, scoped to some of the given units.
   *
   * @param units the units an actor may be scoped to
   * @return the generator
   */
  public static Gen<Actor> actors(List<UnitId> units) {
    return lists().of(arbitrary().enumValues(Role.class)).ofSizeBetween(0, 3)
        .zip(lists().of(arbitrary().pick(units)).ofSizeBetween(0, 2), integers().between(0, 999),
            (roles, scope, n) -> Actor.of("actor-" + n, "测试人员" + n, roles, new LinkedHashSet<>(scope)));
  }

  /**
   * @param gen a generator
   * @param n how many
   * @param <T> what it generates
   * @return {@code n} values drawn from it, for tests that need data rather than a property
   */
  public static <T> List<T> draw(Gen<T> gen, int n) {
    List<T> out = new java.util.ArrayList<>();
    while (out.size() < n) { // QuickTheories may run fewer examples than asked
      org.quicktheories.QuickTheory.qt().withExamples(n - out.size()).forAll(gen).checkAssert(v -> {
        if (out.size() < n) {
          out.add(v);
        }
      });
    }
    return out;
  }
}
