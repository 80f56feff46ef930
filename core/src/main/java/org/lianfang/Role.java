package org.lianfang;

/**
 * The roles an {@link Actor} may hold. What each role may do is decided by the {@code AccessPolicy} port; the default
 * policy's table is in {@code org.lianfang.application.DefaultAccessPolicy}.
 */
public enum Role implements Coded {
  /** 纪检监察干部: organises the programme and inspects the units in scope. */
  DISCIPLINE_INSPECTOR("discipline-inspector", "纪检监察"),
  /** 单位领导: leads a unit, its review and its collective decision (集体定). */
  UNIT_LEADER("unit-leader", "单位领导"),
  /** 部门负责人: heads a section; finds and proposes risk points for the posts in it. */
  SECTION_HEAD("section-head", "部门负责人"),
  /** 岗位人员: holds a post; finds the risks of the posts they hold (自己找). */
  POST_HOLDER("post-holder", "岗位人员"),
  /** 审计人员: reads everything in scope, the journal included, and changes nothing. */
  AUDITOR("auditor", "审计"),
  /** 社会公众: sees what has been published (公示) and may comment on it. */
  PUBLIC("public", "社会公众");

  private final String code;
  private final String chinese;

  Role(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name of the role */
  public String chinese() {
    return chinese;
  }

  /** @return the stable code (docs/journal-format.md) */
  @Override
  public String code() {
    return code;
  }
}
