package org.lianfang.checks;

import org.lianfang.Coded;

/**
 * What a respondent of a public appraisal answers of an item (群众评议, P-25): the levels of the four-level scale and of
 * the five-level 好差评; {@link AppraisalScale} says which a round uses and what each counts.
 */
public enum AppraisalRating implements Coded {
  /** 非常满意: the five-level scale's best. */
  VERY_SATISFIED("very-satisfied", "非常满意"),
  /** 满意. */
  SATISFIED("satisfied", "满意"),
  /** 基本满意. */
  BASICALLY_SATISFIED("basically-satisfied", "基本满意"),
  /** 不满意: with a comment, opens a rectification item. */
  DISSATISFIED("dissatisfied", "不满意"),
  /** 非常不满意: the five-level scale's worst; with a comment, opens a rectification item. */
  VERY_DISSATISFIED("very-dissatisfied", "非常不满意"),
  /** 不了解: the respondent does not know the item; counted, never scored. */
  UNKNOWN("unknown", "不了解");

  private final String code;
  private final String chinese;

  AppraisalRating(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return whether the respondent is dissatisfied (不满意 or 非常不满意) */
  public boolean dissatisfied() {
    return this == DISSATISFIED || this == VERY_DISSATISFIED;
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
