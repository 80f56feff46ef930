package org.lianfang.checks;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.lianfang.Coded;

/**
 * The scale a public appraisal round answers on (P-25), fixed when it is planned, so that a round is always read as it
 * was collected. Each rating counts a share of the item's score in percent.
 */
public enum AppraisalScale implements Coded {
  /**
   * The four levels of the Shandong appraisal (P-25): 满意 100, 基本满意 75, 不满意 55; 不了解 is counted and not scored.
   */
  FOUR_LEVEL("four-level", "满意/基本满意/不满意/不了解", Map.of(AppraisalRating.SATISFIED, 100,
      AppraisalRating.BASICALLY_SATISFIED, 75, AppraisalRating.DISSATISFIED, 55, AppraisalRating.UNKNOWN, -1)),
  /**
   * The five levels of the government services' 好差评 (P-25): 非常满意 100, 满意 80, 基本满意 60, 不满意 40, 非常不满意 20
   * [G]; every answer is scored.
   */
  FIVE_LEVEL("five-level", "好差评", Map.of(AppraisalRating.VERY_SATISFIED, 100, AppraisalRating.SATISFIED, 80,
      AppraisalRating.BASICALLY_SATISFIED, 60, AppraisalRating.DISSATISFIED, 40, AppraisalRating.VERY_DISSATISFIED,
      20));

  private final String code;
  private final String chinese;
  private final Map<AppraisalRating, Integer> percent;

  AppraisalScale(String code, String chinese, Map<AppraisalRating, Integer> percent) {
    this.code = code;
    this.chinese = chinese;
    this.percent = new EnumMap<>(percent);
  }

  /** @return the ratings a respondent may give on it, in their order */
  public Set<AppraisalRating> ratings() {
    return percent.keySet();
  }

  /**
   * @param rating a rating of this scale
   * @return the share of the item's score it counts, in percent; empty if it is not scored (不了解)
   * @throws IllegalArgumentException if the scale has no such rating
   */
  public OptionalInt percent(AppraisalRating rating) {
    Integer p = percent.get(rating);
    if (p == null) {
      throw new IllegalArgumentException(code + " has no rating " + rating.code());
    }
    return p < 0 ? OptionalInt.empty() : OptionalInt.of(p);
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  @Override
  public String code() {
    return code;
  }
}
