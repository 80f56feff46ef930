package org.lianfang.control;

import org.lianfang.Coded;

/** How a service commitment was judged at 评诺 (P-17). */
public enum Verdict implements Coded {
  /** 践诺: kept. */
  KEPT("kept", "已践诺"),
  /** 因客观原因未践诺: broken for a reason outside the holder's control, explained in public; no breach. */
  BROKEN_EXCUSED("broken-excused", "因客观原因未践诺（已公开说明）"),
  /** 无故违诺: broken; a breach on the holder's ladder. */
  BROKEN("broken", "无故违诺");

  private final String code;
  private final String chinese;

  Verdict(String code, String chinese) {
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
