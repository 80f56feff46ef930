package org.lianfang.risk;

import org.lianfang.Coded;

/**
 * What becomes of the control measures (防控措施, P-13) that control a risk point being retired and no other point
 * still live: retiring the point asks, since such a measure would control nothing (issue 11).
 */
public enum OrphanMeasures implements Coded {
  /** 一并废止: each is retired with the point, for the point's reason. */
  RETIRE("retire", "一并废止"),
  /** 保留: they stay as they are, to be retired or superseded by a later step. */
  KEEP("keep", "保留");

  private final String code;
  private final String chinese;

  OrphanMeasures(String code, String chinese) {
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
