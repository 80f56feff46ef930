package org.lianfang.organization;

/** 人财物: what a post may dispose of. S-6 grades posts with discretionary power over these as 较高. */
public enum Resource {
  /** 人: appointments, recruitment, personnel. */
  PEOPLE("人"),
  /** 财: funds, payments, budgets. */
  MONEY("财"),
  /** 物: goods, land, property, procurement. */
  GOODS("物");

  private final String chinese;

  Resource(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }
}
