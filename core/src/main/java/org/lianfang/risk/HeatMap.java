package org.lianfang.risk;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import org.lianfang.grading.Assessment;

/**
 * How many graded risk points in force sit at each probability × harm cell (a risk heat map). Immutable and
 * thread-safe.
 */
public final class HeatMap {
  private final int[][] counts;

  private HeatMap(int[][] counts) {
    this.counts = counts;
  }

  /**
   * @param assessments the assessments of the points to count
   * @return the map
   */
  public static HeatMap of(Iterable<Assessment> assessments) {
    int[][] c = new int[Assessment.MAX][Assessment.MAX];
    for (Assessment a : assessments) {
      c[a.probability() - 1][a.harm() - 1]++;
    }
    return new HeatMap(c);
  }

  /**
   * @param probability 1–5
   * @param harm 1–5
   * @return the points in that cell
   */
  public int count(int probability, int harm) {
    checkArgument(probability >= 1 && probability <= 5 && harm >= 1 && harm <= 5, "cell out of range");
    return counts[probability - 1][harm - 1];
  }

  /** @return all points counted */
  public int total() {
    return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
  }

  /** @return the grid, probability 5 at the top, harm 1 to 5 left to right */
  public String toText() {
    StringBuilder out = new StringBuilder("机率\\危害   1    2    3    4    5\n");
    for (int p = Assessment.MAX; p >= 1; p--) {
      out.append(String.format("%8d", p));
      for (int h = 1; h <= Assessment.MAX; h++) {
        out.append(String.format("%5d", count(p, h)));
      }
      out.append('\n');
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HeatMap m && Arrays.deepEquals(counts, m.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(counts);
  }
}
