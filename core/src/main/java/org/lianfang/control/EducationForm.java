package org.lianfang.control;

import org.lianfang.Coded;

/**
 * The forms of education on the first defense line (P-15, S-7): the seed's five, and 廉洁党课, 任职廉政谈话 and
 * 廉政公开信 from wider practice ({@code research/stages-2-4.md} §2).
 */
public enum EducationForm implements Coded {
  /** 专题培训 (seed). */
  TOPIC_TRAINING("topic-training", "专题培训"),
  /** 重点辅导 (seed). */
  KEY_TUTORING("key-tutoring", "重点辅导"),
  /** 交流研讨 (seed). */
  SEMINAR("seminar", "交流研讨"),
  /** 廉政示范 (seed). */
  MODEL_EXAMPLE("model-example", "廉政示范"),
  /** 警示教育 (seed): a case studied as a warning. */
  WARNING_EDUCATION("warning-education", "警示教育"),
  /** 廉洁党课: a party lecture on integrity, which a principal leader gives at least once a year. */
  PARTY_LECTURE("party-lecture", "廉洁党课"),
  /** 任职廉政谈话: the integrity talk owed to everyone who takes up a post. */
  APPOINTMENT_TALK("appointment-talk", "任职廉政谈话"),
  /** 廉政公开信: an open letter on integrity (Kunming sends one to its leaders every two months). */
  OPEN_LETTER("open-letter", "廉政公开信");

  private final String code;
  private final String chinese;

  EducationForm(String code, String chinese) {
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
