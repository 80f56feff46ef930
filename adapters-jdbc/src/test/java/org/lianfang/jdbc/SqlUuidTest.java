package org.lianfang.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL's UUIDs are read from their bytes, as text or as the 16 bytes of binary transfer (issue 11): every UUID
 * reads back as itself, in either form and in either case, and anything else is refused as {@link UUID#fromString}
 * refuses it.
 */
class SqlUuidTest {
  @Test
  void everyUuidReadsBackFromItsTextAndFromItsBytes() {
    qt().withExamples(2_000).forAll(longs().all(), longs().all()).checkAssert((hi, lo) -> {
      UUID u = new UUID(hi, lo);
      assertEquals(u, Sql.uuid(u.toString().getBytes(StandardCharsets.US_ASCII)));
      assertEquals(u, Sql.uuid(u.toString().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII)));
      assertEquals(u, Sql.uuid(ByteBuffer.allocate(16).putLong(hi).putLong(lo).array()));
    });
  }

  @Test
  void anythingElseIsRefused() {
    for (String bad : new String[] {"", "not-a-uuid", "0190aa5c-1c2d-7e3f-8a4b-5c6d7e8f901g",
        "0190aa5c+1c2d-7e3f-8a4b-5c6d7e8f9012", "廉防", "0190aa5c-1c2d-7e3f-8a4b-5c6d7e8f901G",
        "0190aa5c-1c2d-7e3f-8a4b-5c6d7e8f901:", "0190aa5c-1c2d-7e3f-8a4b-5c6d7e8f901`",
        "0190aa5c-1c2d-7e3f-8a4b-5c6d7e8f90é"}) {
      // the last four have a UUID's length and dashes: each digit is read through the table of hex digits, the last
      // of them a byte above ASCII (é is two bytes in UTF-8)
      assertThrows(IllegalArgumentException.class, () -> Sql.uuid(bad.getBytes(StandardCharsets.UTF_8)), bad);
    }
  }
}
