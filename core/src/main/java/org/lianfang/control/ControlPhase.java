package org.lianfang.control;

import org.lianfang.Coded;

/**
 * When a measure acts (S-14): before, during or after the exercise of power. Examples from practice
 * ({@code research/stages-2-4.md} §1): 廉政教育, 办事公开, 公开承诺 before; 电子监察, 定期自查, 专项检查 during; 预警提醒,
 * 整改, 问责 after.
 */
public enum ControlPhase implements Coded {
  /** 前期预防. */
  PREVENTION("prevention", "前期预防"),
  /** 中期监控. */
  MONITORING("monitoring", "中期监控"),
  /** 后期处置. */
  DISPOSAL("disposal", "后期处置");

  private final String code;
  private final String chinese;

  ControlPhase(String code, String chinese) {
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
