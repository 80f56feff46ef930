package org.lianfang.monitoring;

import org.lianfang.Coded;

/**
 * The signals of electronic supervision (P-9, P-20), in rising order: a case nearing its promised limit, past it, and
 * past the supervision deadline after it.
 */
public enum SupervisionSignal implements Coded {
  /** 预警提示: one working day or less left before the limit. */
  PROMPT("prompt", "预警提示"),
  /** 黄牌: past the limit. */
  YELLOW("yellow", "黄牌"),
  /** 红牌: past the supervision deadline; under the policy it becomes a warning. */
  RED("red", "红牌");

  private final String code;
  private final String chinese;

  SupervisionSignal(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
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
