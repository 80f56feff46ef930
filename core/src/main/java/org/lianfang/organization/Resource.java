package org.lianfang.organization;

import org.lianfang.Coded;

/** 人财物: what a post may dispose of. S-6 grades posts with discretionary power over these as 较高. */
public enum Resource implements Coded {
  /** 人: appointments, recruitment, personnel. */
  PEOPLE("people", "人"),
  /** 财: funds, payments, budgets. */
  MONEY("money", "财"),
  /** 物: goods, land, property, procurement. */
  GOODS("goods", "物");

  private final String code;
  private final String chinese;

  Resource(String code, String chinese) {
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
