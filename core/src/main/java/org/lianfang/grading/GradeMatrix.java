package org.lianfang.grading;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A 5 × 5 table from probability and harm to a level: the seed's "grade by probability and harm" (S-6) made
 * configurable. A matrix must be monotone — a cell is never lower than the cell to its left or above it — or grading
 * could reward a worse assessment. Immutable and thread-safe.
 */
public final class GradeMatrix {
  private final RiskGrade[][] cells;

  private GradeMatrix(RiskGrade[][] cells) {
    this.cells = cells;
  }

  /**
   * @param rows five rows, one per probability 1–5, each of five levels, one per harm 1–5
   * @return the matrix
   * @throws IllegalArgumentException if the table is not 5 × 5 or not monotone
   */
  public static GradeMatrix of(List<List<RiskGrade>> rows) {
    checkArgument(rows.size() == Assessment.MAX, "a grade matrix has 5 rows, got %s", rows.size());
    RiskGrade[][] cells = new RiskGrade[Assessment.MAX][Assessment.MAX];
    for (int p = 0; p < Assessment.MAX; p++) {
      List<RiskGrade> row = rows.get(p);
      checkArgument(row.size() == Assessment.MAX, "row %s of a grade matrix has 5 cells, got %s", p + 1, row.size());
      for (int h = 0; h < Assessment.MAX; h++) {
        cells[p][h] = Objects.requireNonNull(row.get(h), "cell");
        checkArgument(h == 0 || cells[p][h].compareTo(cells[p][h - 1]) >= 0,
            "grade matrix is not monotone in harm at probability %s, harm %s", p + 1, h + 1);
        checkArgument(p == 0 || cells[p][h].compareTo(cells[p - 1][h]) >= 0,
            "grade matrix is not monotone in probability at probability %s, harm %s", p + 1, h + 1);
      }
    }
    return new GradeMatrix(cells);
  }

  /**
   * A matrix by the product of probability and harm.
   *
   * @param higherFrom the smallest product graded 较高
   * @param generalFrom the smallest product graded 一般
   * @return the matrix
   * @throws IllegalArgumentException unless 1 ≤ generalFrom ≤ higherFrom ≤ 25
   */
  public static GradeMatrix byProduct(int higherFrom, int generalFrom) {
    checkArgument(1 <= generalFrom && generalFrom <= higherFrom && higherFrom <= 25,
        "thresholds must satisfy 1 <= general (%s) <= higher (%s) <= 25", generalFrom, higherFrom);
    RiskGrade[][] cells = new RiskGrade[Assessment.MAX][Assessment.MAX];
    for (int p = 1; p <= Assessment.MAX; p++) {
      for (int h = 1; h <= Assessment.MAX; h++) {
        int d = p * h;
        cells[p - 1][h - 1] = d >= higherFrom ? RiskGrade.HIGHER : d >= generalFrom ? RiskGrade.GENERAL : RiskGrade.LOWER;
      }
    }
    return new GradeMatrix(cells);
  }

  /** @return the default: product ≥ 12 is 较高, ≥ 5 is 一般, else 较低 */
  public static GradeMatrix standard() {
    return byProduct(12, 5);
  }

  /** @param probability 1–5 @param harm 1–5 @return the level in that cell */
  public RiskGrade at(int probability, int harm) {
    return cells[probability - 1][harm - 1];
  }

  /** @return the rows as canonical text, e.g. {@code LLGGG/…}, for a {@link PolicyVersion} */
  public String canonical() {
    return Arrays.stream(cells)
        .map(row -> Arrays.stream(row).map(g -> g.name().substring(0, 1)).collect(Collectors.joining()))
        .collect(Collectors.joining("/"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GradeMatrix m && Arrays.deepEquals(cells, m.cells);
  }

  @Override
  public int hashCode() {
    return Arrays.deepHashCode(cells);
  }

  @Override
  public String toString() {
    return "GradeMatrix[" + canonical() + "]";
  }
}
