package org.lianfang.examples.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;

/** The median of a benchmark's rounds, by the time each took. */
final class Medians {
  private Medians() {}

  /**
   * @param runs the rounds' runs, at least one
   * @param nanos the time a run took
   * @param <T> the runs' type
   * @return the run whose time is the median (of an even number, the upper of the two middle ones)
   */
  static <T> T of(List<T> runs, ToLongFunction<? super T> nanos) {
    List<T> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingLong(nanos));
    return sorted.get(sorted.size() / 2);
  }
}
