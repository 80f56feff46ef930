package org.lianfang.examples.city;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Time-ordered UUIDv7 ids (RFC 9562, ARCHITECTURE.md decision 10) for generated data: 48 bits of Unix milliseconds
 * taken from the generated record's own instant, then 74 seeded random bits. Within one millisecond the random part
 * counts up, so ids made by one instance sort (as unsigned numbers) in the order they were made. Core's id generator is
 * internal; this is the examples' own. Not thread-safe: one instance per unit being generated.
 */
public final class V7Ids {
  private final SplittableRandom random;
  private long lastMillis = Long.MIN_VALUE;
  private long lastA;
  private long lastB;

  /** @param random the seeded source of the random bits */
  public V7Ids(SplittableRandom random) {
    this.random = random;
  }

  /** @param millis the record's instant in Unix milliseconds, not decreasing from call to call */
  public UUID at(long millis) {
    long a;
    long b;
    if (millis <= lastMillis) {
      millis = lastMillis;
      a = lastA;
      b = (lastB + 1) & 0x3FFF_FFFF_FFFF_FFFFL;
      if (b == 0) {
        a = (a + 1) & 0xFFF;
        if (a == 0) {
          millis++;
        }
      }
    } else {
      a = random.nextInt(1 << 12);
      b = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL;
    }
    lastMillis = millis;
    lastA = a;
    lastB = b;
    return new UUID((millis << 16) | (0x7L << 12) | a, (0x2L << 62) | b);
  }
}
