package org.lianfang.control;

import org.lianfang.Coded;

/** What a breach of a service commitment brings its holder (P-17), by its place in the year's count. */
public enum BreachRung implements Coded {
  /** 诫勉教育: the first breach of the year. */
  ADMONITION("admonition", "诫勉教育"),
  /** 效能告诫: every breach after the first; two in a year make the holder 不称职. */
  EFFICIENCY_WARNING("efficiency-warning", "效能告诫");

  private final String code;
  private final String chinese;

  BreachRung(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the stable code */
  @Override
  public String code() {
    return code;
  }
}
