package org.lianfang.control;

import org.lianfang.Coded;

/** Where a control measure is in its life (P-13). */
public enum MeasureState implements Coded {
  /** 草稿: drafted, possibly while its points are still under review; not on Form 3. */
  DRAFT("draft", "草稿"),
  /** 已登记: entered on Form 3 (附表3), not yet applied. */
  REGISTERED("registered", "已登记"),
  /** 执行中: applied; what coverage and the residual grade count. */
  IN_FORCE("in-force", "执行中"),
  /** 已废止: withdrawn. Final. */
  RETIRED("retired", "已废止"),
  /** 已替代: replaced by another measure. Final. */
  SUPERSEDED("superseded", "已替代");

  private final String code;
  private final String chinese;

  MeasureState(String code, String chinese) {
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

  /** @return whether no action leads out of this state */
  public boolean isFinal() {
    return this == RETIRED || this == SUPERSEDED;
  }
}
