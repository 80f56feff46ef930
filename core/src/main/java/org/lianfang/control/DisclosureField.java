package org.lianfang.control;

import org.lianfang.Coded;

/**
 * What is published about a power item (P-16; 三明 and the 十公开 list, {@code research/stages-2-4.md} §2), in the order
 * the public view shows it.
 */
public enum DisclosureField implements Coded {
  /** 权力编码. */
  CODE("code", "权力编码"),
  /** 权力类别. */
  CATEGORY("category", "权力类别"),
  /** 设定依据. */
  BASIS("basis", "设定依据"),
  /** 办理条件. */
  CONDITIONS("conditions", "办理条件"),
  /** 办理流程（流程图）. */
  PROCEDURE("procedure", "办理流程"),
  /** 承诺时限. */
  TIME_LIMIT("time-limit", "办理时限"),
  /** 收费标准. */
  FEES("fees", "收费标准"),
  /** 收费依据. */
  FEE_BASIS("fee-basis", "收费依据"),
  /** 承办科室. */
  SECTION("section", "承办科室"),
  /** 责任人: the official in charge, by name and office. */
  PERSON("person", "责任人"),
  /** 办理结果. */
  RESULTS("results", "办理结果"),
  /** 投诉电话. */
  COMPLAINT_PHONE("complaint-phone", "投诉电话");

  private final String code;
  private final String chinese;

  DisclosureField(String code, String chinese) {
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
