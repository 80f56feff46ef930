package org.lianfang.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The dispatcher's retries (issue 12, decision 4): each delay is the first retry's doubled once per earlier failure,
 * capped, less at most the jitter's part of it; without jitter the delays never shrink; a row parks exactly at the
 * ceiling of attempts.
 */
class DispatchPolicyPropertyTest {
  @Test
  void d4_aDelayDoublesUpToItsCapLessAtMostTheJittersPart() {
    qt().forAll(longs().between(1, 60_000), longs().between(1, 10_000_000), doubles().between(0, 1),
        integers().between(1, 200)).checkAssert((first, cap, jitter, failed) -> {
          DispatchPolicy p = new DispatchPolicy(10, Duration.ofHours(1), Duration.ofSeconds(1), 5,
              Duration.ofMillis(first), Duration.ofMillis(Math.max(first, cap)), jitter);
          long max = Math.max(first, cap);
          double doubled = first * Math.pow(2, failed - 1);
          long base = doubled >= max ? max : (long) doubled;
          long delay = p.retryAfter(failed, new Random(failed)).toMillis();
          assertTrue(delay <= base, delay + " > " + base);
          assertTrue(delay >= (long) (base * (1 - jitter)) - 1, delay + " below the jitter's part of " + base);
        });
  }

  @Test
  void d4_withoutJitterDelaysNeverShrink() {
    DispatchPolicy p = new DispatchPolicy(10, Duration.ofMinutes(5), Duration.ofSeconds(30), 10,
        Duration.ofSeconds(30), Duration.ofHours(1), 0);
    Duration last = Duration.ZERO;
    for (int failed = 1; failed <= 100; failed++) {
      Duration d = p.retryAfter(failed, new Random());
      assertTrue(d.compareTo(last) >= 0);
      last = d;
    }
    assertEquals(Duration.ofSeconds(30), p.retryAfter(1, new Random()));
    assertEquals(Duration.ofMinutes(1), p.retryAfter(2, new Random()));
    assertEquals(Duration.ofHours(1), last, "capped");
  }

  @Test
  void d4_aRowParksAtTheCeilingOfAttempts() {
    qt().forAll(integers().between(1, 50), integers().between(1, 100)).checkAssert((max, failed) -> {
      DispatchPolicy p = new DispatchPolicy(10, Duration.ofMinutes(5), Duration.ofSeconds(30), max,
          Duration.ofSeconds(30), Duration.ofHours(1), 0.5);
      assertEquals(failed >= max, p.parks(failed));
    });
  }

  @Test
  void d4_aPolicyThatCouldSendTwiceOrNeverIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new DispatchPolicy(10, Duration.ofSeconds(30),
        Duration.ofSeconds(30), 3, Duration.ofSeconds(1), Duration.ofSeconds(1), 0), "a lease no longer than a send");
    assertThrows(IllegalArgumentException.class, () -> new DispatchPolicy(0, Duration.ofMinutes(5),
        Duration.ofSeconds(30), 3, Duration.ofSeconds(1), Duration.ofSeconds(1), 0), "no rows a round");
    assertThrows(IllegalArgumentException.class, () -> new DispatchPolicy(10, Duration.ofMinutes(5),
        Duration.ofSeconds(30), 0, Duration.ofSeconds(1), Duration.ofSeconds(1), 0), "no attempt");
    assertThrows(IllegalArgumentException.class, () -> new DispatchPolicy(10, Duration.ofMinutes(5),
        Duration.ofSeconds(30), 3, Duration.ofSeconds(2), Duration.ofSeconds(1), 0), "a cap below the first delay");
    assertThrows(IllegalArgumentException.class, () -> new DispatchPolicy(10, Duration.ofMinutes(5),
        Duration.ofSeconds(30), 3, Duration.ofSeconds(1), Duration.ofSeconds(1), 1.5), "jitter past 1");
  }
}
