package org.lianfang.internal;

import java.time.Clock;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/**
 * Makes time-ordered UUIDv7 ids (RFC 9562) from the injected {@link Clock} and a random source (ARCHITECTURE.md
 * decision 10): 48 bits of Unix milliseconds, then random bits. Within one millisecond the random part is increased
 * monotonically, so ids made by one generator sort in creation order. Thread-safe.
 */
public final class Ids {
  private final Clock clock;
  private final Random random;
  private final Random seals;
  private long lastMillis = -1;
  private long lastRandA;
  private long lastRandB;

  /**
   * @param clock the time source
   * @param random the random source of ids (a {@link java.security.SecureRandom} in production)
   * @param seals the random source of seals ({@link #seal()}): never the one of ids, which readers see
   * @throws IllegalArgumentException if both sources are the same object
   */
  public Ids(Clock clock, Random random, Random seals) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
    this.seals = Objects.requireNonNull(seals, "seals");
    if (random == seals) {
      throw new IllegalArgumentException("seals must not come from the random source of ids, which readers see");
    }
  }

  /**
   * @param clock the time source
   * @param random the random source of ids; seals come from a {@link java.security.SecureRandom} of their own
   */
  public Ids(Clock clock, Random random) {
    this(clock, random, new java.security.SecureRandom());
  }

  /** @return the next id */
  public synchronized UUID next() {
    long millis = clock.millis();
    long randA;
    long randB;
    if (millis <= lastMillis) {
      millis = lastMillis;
      randB = (lastRandB + 1) & 0x3FFF_FFFF_FFFF_FFFFL;
      randA = lastRandA;
      if (randB == 0) {
        randA = (lastRandA + 1) & 0xFFF;
        if (randA == 0) {
          millis = lastMillis + 1; // 2^74 ids in one millisecond: borrow the next millisecond
        }
      }
    } else {
      randA = random.nextInt(1 << 12);
      randB = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL;
    }
    lastMillis = millis;
    lastRandA = randA;
    lastRandB = randB;
    long msb = (millis << 16) | (0x7L << 12) | randA;
    long lsb = (0x2L << 62) | randB;
    return new UUID(msb, lsb);
  }

  /**
   * @return 128 fresh bits of the seals' random source in lower-case hex: the seal kept with a sealed identity, so
   *     that a digest covering the identity does not let anyone guess it (P-11; issue 10, finding 2)
   */
  public synchronized String seal() {
    byte[] bits = new byte[16];
    seals.nextBytes(bits);
    return HexFormat.of().formatHex(bits);
  }
}
