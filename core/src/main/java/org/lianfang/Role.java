package org.lianfang;

/**
 * The roles an {@link Actor} may hold. What each role may do is decided by the {@code AccessPolicy} port; the default
 * policy's table is in {@code org.lianfang.application.DefaultAccessPolicy}.
 */
public enum Role {
  /** 纪检监察干部: organises the programme and inspects the units in scope. */
  DISCIPLINE_INSPECTOR("纪检监察"),
  /** 单位领导: leads a unit, its review and its collective decision (集体定). */
  UNIT_LEADER("单位领导"),
  /** 部门负责人: heads a section; finds and proposes risk points for the posts in it. */
  SECTION_HEAD("部门负责人"),
  /** 岗位人员: holds a post; finds the risks of the posts they hold (自己找). */
  POST_HOLDER("岗位人员"),
  /** 审计人员: reads everything in scope, the journal included, and changes nothing. */
  AUDITOR("审计"),
  /** 社会公众: sees what has been publicly posted (公示) and may comment on it. */
  PUBLIC("社会公众");

  private final String chinese;

  Role(String chinese) {
    this.chinese = chinese;
  }

  /** @return the Chinese name of the role */
  public String chinese() {
    return chinese;
  }
}
