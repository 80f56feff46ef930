package org.lianfang.risk;

import org.lianfang.Coded;

/**
 * To whom a notice (公示) is shown (S-5; issue 10, finding 11): the seed's notices run 在局机关内网及公示栏 — inside the
 * bureau — or to the public, and which one is a rule the queries apply, not a phrase in the notice's scope.
 */
public enum NoticeAudience implements Coded {
  /** 本单位内部: the staff of the unit itself, and who may read its risks. */
  UNIT("unit", "本单位内部"),
  /** 本单位及下属单位: the staff of the unit and of the units below it, and who may read its risks. */
  UNIT_TREE("unit-tree", "本单位及下属单位"),
  /** 社会公开: everyone who may read what is published there, the public included. */
  PUBLIC("public", "向社会公开");

  private final String code;
  private final String chinese;

  NoticeAudience(String code, String chinese) {
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
