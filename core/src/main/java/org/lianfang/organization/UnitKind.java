package org.lianfang.organization;

/** What kind of body a {@link Unit} is (S-18 names examples of each). */
public enum UnitKind {
  /** 市: a city, the root of a programme. */
  CITY("市"),
  /** 县(市)区: a district or county. */
  DISTRICT_COUNTY("县(市)区"),
  /** 市级部门: a municipal bureau or commission. */
  MUNICIPAL_BUREAU("市级部门"),
  /** 国有企业: a state-owned company. */
  STATE_OWNED_COMPANY("国有企业"),
  /** 事业单位: a public institution (a school, a trading centre…). */
  PUBLIC_INSTITUTION("事业单位"),
  /** 内设机构: a section inside a unit. */
  INTERNAL_SECTION("内设机构"),
  /** 其他: anything else. */
  OTHER("其他");

  private final String chinese;

  UnitKind(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }
}
