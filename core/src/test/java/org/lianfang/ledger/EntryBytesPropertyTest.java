package org.lianfang.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.lianfang.ArchiveObject;
import org.quicktheories.core.Gen;

/**
 * S-13: the bytes {@link JournalChain} hashes, written in one pass, are exactly the UTF-8 of the RFC 8785 form of an
 * object with the entry's seven fields ({@code docs/journal-format.md}) as {@link CanonicalJson#of} writes any
 * archived object — its own member sorting and string escaping, a second implementation — for any text: ASCII with
 * every control character and both quotes, Chinese, emoji (surrogate pairs) and long payloads.
 */
class EntryBytesPropertyTest {
  /** 2010-09-02T00:00:00.123Z: an instant with milliseconds, which the text writes as {@code .123}. */
  private static final Instant AT = Instant.ofEpochMilli(1_283_385_600_123L);
  /** The record an entry names, as text, and its digest (journal format 2). */
  private static final String RECORD = "012ad007-6600-746e-b52c-856caa616abe";
  private static final String DIGEST = "0f".repeat(32);

  /** Text mixing what the escaping treats differently, with surrogates only in pairs. */
  private static Gen<String> texts() {
    Gen<String> ascii = strings().ascii().ofLengthBetween(0, 40);
    Gen<String> bmp = strings().betweenCodePoints(0x80, 0xd7ff).ofLengthBetween(0, 40);
    // built from code points: QuickTheories' strings may cut a surrogate pair at the start
    Gen<String> astral = lists().of(integers().between(0x10000, 0x10ffff)).ofSizeBetween(0, 5).map(cps -> {
      StringBuilder b = new StringBuilder();
      cps.forEach(b::appendCodePoint);
      return b.toString();
    });
    Gen<String> controls = strings().betweenCodePoints(0, 0x22).ofLengthBetween(0, 10);
    return ascii.zip(bmp, astral, controls, (a, b, c, d) -> a + "\\\"" + b + c + d + "廉政风险" + a);
  }

  /** The entry as a general archived object, written by {@link CanonicalJson#of}. */
  private static String object(String unit, long sequence, String type, String actor, String payload, String prev) {
    return CanonicalJson.of(ArchiveObject.builder().put("unitId", unit).put("sequence", sequence)
        .put("eventType", type).put("actorId", actor).put("at", CanonicalJson.instant(AT)).put("payload", payload)
        .put("recordId", RECORD).put("recordDigest", DIGEST).put("previousHash", prev).build());
  }

  private static byte[] written(String unit, long sequence, String type, String actor, String payload, String prev) {
    EntryBytes b = CanonicalJson.entryBytes(unit, sequence, type, actor, AT, payload, RECORD, DIGEST, prev);
    return Arrays.copyOf(b.bytes(), b.length());
  }

  @Test
  void s13_theBytesHashedAreTheUtf8OfTheCanonicalText() {
    qt().forAll(texts(), texts(), texts(), longs().between(1, ArchiveObject.MAX_SAFE_INTEGER))
        .checkAssert((actor, payload, type, seq) -> {
          String text = object("012ac5a8-5e80-7ba4-8dfe-8af6aee7bbe2", seq, type, actor, payload,
              JournalChain.GENESIS);
          assertArrayEquals(text.getBytes(StandardCharsets.UTF_8),
              written("012ac5a8-5e80-7ba4-8dfe-8af6aee7bbe2", seq, type, actor, payload, JournalChain.GENESIS));
        });
  }

  @Test
  void s13_aLongPayloadOfEscapesAndWideCharactersGrowsTheBufferAsNeeded() {
    String payload = "\u0001\"中😀".repeat(5_000) + "\n".repeat(3_000) + "风".repeat(4_000);
    String text = object("u", 7, "t", "a", payload, "p");
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), written("u", 7, "t", "a", payload, "p"));
  }

  @Test
  void s13_anUnpairedSurrogateIsRefusedAsTheTextIs() {
    assertThrows(IllegalArgumentException.class, () -> written("u", 1, "t", "a", "坏\ud800", "p"));
    assertThrows(IllegalArgumentException.class, () -> written("u", 1, "t", "a", "\udc00坏", "p"));
  }
}
