package org.lianfang.evaluation;

import org.lianfang.Coded;

/**
 * The band a unit's year falls in (考核等次, P-24); the policy gives each its label and its threshold.
 */
public enum Band implements Coded {
  /** 优秀 (the sources also say 优胜). */
  EXCELLENT("excellent"),
  /** 合格 (达标). */
  PASS("pass"),
  /** 不合格 (不达标): also after any veto. */
  FAIL("fail");

  private final String code;

  Band(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
