package org.lianfang.organization;

/** How open a post's work is. S-6: posts whose work is open and transparent carry lower risk. */
public enum Transparency {
  /** 公开透明: procedure and results are published. */
  OPEN("公开透明"),
  /** 部分公开. */
  PARTIAL("部分公开"),
  /** 不公开. */
  CLOSED("不公开");

  private final String chinese;

  Transparency(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }
}
