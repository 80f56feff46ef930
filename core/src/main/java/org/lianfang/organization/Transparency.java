package org.lianfang.organization;

import org.lianfang.Coded;

/** How open a post's work is. S-6: posts whose work is open and transparent carry lower risk. */
public enum Transparency implements Coded {
  /** 公开透明: procedure and results are published. */
  OPEN("open", "公开透明"),
  /** 部分公开. */
  PARTIAL("partial", "部分公开"),
  /** 不公开. */
  CLOSED("closed", "不公开");

  private final String code;
  private final String chinese;

  Transparency(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the stable code (docs/journal-format.md) */
  @Override
  public String code() {
    return code;
  }
}
