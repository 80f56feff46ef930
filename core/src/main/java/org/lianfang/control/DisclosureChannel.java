package org.lianfang.control;

import org.lianfang.Coded;

/** Where a power item is published (P-16): the website, the service hall's boards and screens, booklets. */
public enum DisclosureChannel implements Coded {
  /** 门户网站. */
  WEBSITE("website", "门户网站"),
  /** 服务大厅公示栏和电子显示屏. */
  SERVICE_HALL("service-hall", "服务大厅公示栏和电子屏"),
  /** 办事指南手册. */
  BOOKLET("booklet", "办事指南手册");

  private final String code;
  private final String chinese;

  DisclosureChannel(String code, String chinese) {
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
