package org.lianfang.risk;

import org.lianfang.Coded;

/** Where a risk point is in its review (S-3, S-5, P-3, P-5). */
public enum ReviewState implements Coded {
  /** 草稿: identified, not yet reviewed. */
  DRAFT("draft", "草稿"),
  /** 已审核: reviewed by the unit (审核). */
  REVIEWED("reviewed", "已审核"),
  /** 公示中: published for a period, open to comment (公示). */
  PUBLISHED("published", "公示中"),
  /** 已确认: collectively decided (集体定); in force. */
  CONFIRMED("confirmed", "已确认"),
  /** 待复核: the post, power or process changed; must be re-reviewed and re-graded (P-3). */
  STALE("stale", "待复核"),
  /** 已撤销: no longer a risk point. Final. */
  RETIRED("retired", "已撤销");

  private final String code;
  private final String chinese;

  ReviewState(String code, String chinese) {
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
