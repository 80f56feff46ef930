package org.lianfang.grading;

import java.util.Locale;
import java.util.Optional;

/** The label sets in use for the three levels (P-4). */
public enum GradeLabels {
  /** The seed's labels: 较高 / 一般 / 较低. */
  SEED("较高", "一般", "较低"),
  /** 一级 / 二级 / 三级 (一级 is the highest). */
  LEVELS("一级", "二级", "三级"),
  /** 高 / 中 / 低. */
  HIGH_MEDIUM_LOW("高", "中", "低"),
  /** English: Higher / General / Lower. */
  ENGLISH("Higher", "General", "Lower");

  /**
   * The word that marks a grade made stale by a change of post, holder, power or process (P-3) wherever a grade is
   * shown — Form 2, the flow chart, the totals: 待重评, awaiting re-grading. It is not a label, so every label set
   * shares it.
   */
  public static final String STALE_MARK = "待重评";

  private final String higher;
  private final String general;
  private final String lower;

  GradeLabels(String higher, String general, String lower) {
    this.higher = higher;
    this.general = general;
    this.lower = lower;
  }

  /** @param grade a grade @return its label in this set */
  public String label(RiskGrade grade) {
    return switch (grade) {
      case HIGHER -> higher;
      case GENERAL -> general;
      case LOWER -> lower;
    };
  }

  /**
   * The inverse of {@link #label(RiskGrade)}; English labels match regardless of case.
   *
   * @param text a label of this set
   * @return the grade, or empty if the text is not a label of this set
   */
  public Optional<RiskGrade> parse(String text) {
    for (RiskGrade g : RiskGrade.values()) {
      if (label(g).equals(text) || label(g).toLowerCase(Locale.ROOT).equals(text.toLowerCase(Locale.ROOT))) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }
}
