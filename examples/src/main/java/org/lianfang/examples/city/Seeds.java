package org.lianfang.examples.city;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from the city's seed, one per unit and purpose, so that any unit can be generated
 * on its own (streaming, random access) and still come out the same. {@link SplittableRandom} instances seeded with
 * nearby values share their sequences shifted, so every derived seed goes through a full 64-bit mix first.
 */
final class Seeds {
  /** The stream that lays out the tree and the counts. */
  static final int PLAN = 0;
  /** The stream that fills one unit's records. */
  static final int CONTENT = 1;
  /** The stream for the random bits of one unit's ids. */
  static final int IDS = 2;
  /**
   * The stream that fills one unit's control measures (issue 11): a stream of its own, so that the records the city
   * held before measures were generated come out as they did.
   */
  static final int MEASURES = 3;

  private Seeds() {}

  static SplittableRandom random(long seed, long unit, int purpose) {
    return new SplittableRandom(mix(mix(mix(seed) ^ (unit * 0x9E3779B97F4A7C15L)) + purpose));
  }

  /** Stafford's variant 13 of the MurmurHash3 finaliser, as SplittableRandom uses. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * Splits {@code total} into parts proportional to {@code weights} by the largest remainder; ties go to the lower
   * index, so the split is the same on every JVM.
   */
  static int[] apportion(int total, double[] weights) {
    int n = weights.length;
    int[] parts = new int[n];
    if (n == 0 || total <= 0) {
      return parts;
    }
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double[] remainder = new double[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      double exact = total * weights[i] / sum;
      parts[i] = (int) Math.floor(exact);
      remainder[i] = exact - parts[i];
      given += parts[i];
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> {
      int c = Double.compare(remainder[b], remainder[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    for (int k = 0; given < total; k = (k + 1) % n) {
      parts[order[k]]++;
      given++;
    }
    return parts;
  }
}
