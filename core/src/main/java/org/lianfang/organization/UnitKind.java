package org.lianfang.organization;

import org.lianfang.Coded;

/** What kind of body a {@link Unit} is (S-18 names examples of each). */
public enum UnitKind implements Coded {
  /** 市: a city, the root of a programme. */
  CITY("city", "市"),
  /** 县(市)区: a district or county. */
  DISTRICT_COUNTY("district-county", "县(市)区"),
  /** 市级部门: a municipal bureau or commission. */
  MUNICIPAL_BUREAU("municipal-bureau", "市级部门"),
  /** 国有企业: a state-owned company. */
  STATE_OWNED_COMPANY("state-owned-company", "国有企业"),
  /** 事业单位: a public institution (a school, a trading centre…). */
  PUBLIC_INSTITUTION("public-institution", "事业单位"),
  /** 内设机构: a section inside a unit. */
  INTERNAL_SECTION("internal-section", "内设机构"),
  /** 其他: anything else. */
  OTHER("other", "其他");

  private final String code;
  private final String chinese;

  UnitKind(String code, String chinese) {
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
