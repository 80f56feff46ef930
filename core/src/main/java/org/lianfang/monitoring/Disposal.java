package org.lianfang.monitoring;

import org.lianfang.Coded;

/** How an accepted report is disposed of: one of the four ways of the 2020 rules (P-19, Art. 14–18). */
public enum Disposal implements Coded {
  /** 谈话函询: a talk with, or a written inquiry to, the person reported. */
  TALK_OR_INQUIRY("talk-or-inquiry", "谈话函询"),
  /** 初步核实: preliminary verification. */
  PRELIMINARY_VERIFICATION("preliminary-verification", "初步核实"),
  /** 暂存待查: kept on file until more is known. */
  SHELVED("shelved", "暂存待查"),
  /** 予以了结: concluded, nothing to pursue. */
  CONCLUDED("concluded", "予以了结");

  private final String code;
  private final String chinese;

  Disposal(String code, String chinese) {
    this.code = code;
    this.chinese = chinese;
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  @Override
  public String code() {
    return code;
  }
}
