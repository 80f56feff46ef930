package org.lianfang.control;

import org.lianfang.Coded;

/** Which of the seed's three defense lines a measure belongs to. */
public enum DefenseLine implements Coded {
  /** 思想道德防线, the first line (S-7): education aimed at the posts' risks (P-15). */
  EDUCATION("education", "思想道德防线"),
  /**
   * 制度防线, the second line (S-8): power regulated and made public, with commitments (P-16, P-17); the line P-14 asks
   * of principal leaders' posts and 三重一大 matters.
   */
  POWER_REGULATION("power-regulation", "制度防线"),
  /** 监督防线, the third line (S-9, S-15): monitoring, warning and disposal. */
  SUPERVISION("supervision", "监督防线");

  private final String code;
  private final String chinese;

  DefenseLine(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name, as Form 3 prints it */
  public String chinese() {
    return chinese;
  }

  /** @return the stable code (docs/journal-format.md) */
  @Override
  public String code() {
    return code;
  }
}
