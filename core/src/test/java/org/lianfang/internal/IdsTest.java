package org.lianfang.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.testing.MutableClock;

/** ARCHITECTURE.md decision 10: ids are UUIDv7 from the injected clock. */
class IdsTest {
  @Test
  void idsAreVersion7WithTheClocksMilliseconds() {
    MutableClock clock = MutableClock.at(LocalDate.of(2010, 8, 31));
    UUID id = new Ids(clock, new Random(1)).next();
    assertEquals(7, id.version());
    assertEquals(2, id.variant());
    assertEquals(clock.millis(), id.getMostSignificantBits() >>> 16);
  }

  @Test
  void idsSortInCreationOrderEvenWithinOneMillisecond() {
    MutableClock clock = MutableClock.at(LocalDate.of(2010, 8, 31));
    Ids ids = new Ids(clock, new Random(7));
    List<UUID> made = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      made.add(ids.next());
      if (i % 1000 == 999) {
        clock.advance(Duration.ofMillis(1));
      }
    }
    List<UUID> sorted = new ArrayList<>(made);
    sorted.sort(UUID::compareTo);
    assertEquals(made, sorted);
    assertEquals(made.size(), new HashSet<>(made).size());
  }

  @Test
  void aClockThatGoesBackDoesNotBreakTheOrder() {
    MutableClock clock = MutableClock.at(LocalDate.of(2010, 8, 31));
    Ids ids = new Ids(clock, new Random(3));
    UUID before = ids.next();
    clock.advance(Duration.ofSeconds(-5));
    UUID after = ids.next();
    assertTrue(before.compareTo(after) < 0);
  }

  @Test
  void theCounterCarriesAndBorrowsTheNextMillisecondWhenARandomPartIsFull() {
    MutableClock clock = MutableClock.at(LocalDate.of(2010, 8, 31));
    Random full = new Random() {
      private static final long serialVersionUID = 1L;

      @Override
      public int nextInt(int bound) {
        return bound - 1;
      }

      @Override
      public long nextLong() {
        return -1L;
      }
    };
    Ids ids = new Ids(clock, full);
    UUID first = ids.next();
    UUID second = ids.next();
    assertTrue(first.compareTo(second) < 0, "the carry into the 12-bit part keeps the order");
    assertEquals(clock.millis() + 1, second.getMostSignificantBits() >>> 16,
        "with both random parts full, the next id borrows the next millisecond");
    assertEquals(7, second.version());
    assertEquals(2, second.variant());
  }

  @Test
  void theSameSeedAndClockGiveTheSameIds() {
    MutableClock a = MutableClock.at(LocalDate.of(2011, 1, 1));
    MutableClock b = MutableClock.at(LocalDate.of(2011, 1, 1));
    assertEquals(new Ids(a, new Random(9)).next(), new Ids(b, new Random(9)).next());
  }

  /**
   * P-11 with issue 10, finding 2: a comment's seal keeps the record digest from revealing its author only if nobody
   * can predict it, and every reader of the journal sees ids; so seals never come from the ids' random source.
   */
  @Test
  void p11_finding2SealsComeFromARandomSourceOfTheirOwn() {
    MutableClock clock = MutableClock.at(LocalDate.of(2011, 1, 1));
    Ids a = new Ids(clock, new Random(9));
    Ids b = new Ids(clock, new Random(9));
    assertEquals(a.next(), b.next(), "the same ids from the same seed");
    String seal = a.seal();
    assertTrue(seal.matches("[0-9a-f]{32}"), seal);
    assertNotEquals(seal, b.seal(), "but not the same seals");
    Random shared = new Random(1);
    assertThrows(IllegalArgumentException.class, () -> new Ids(clock, shared, shared));
  }
}
