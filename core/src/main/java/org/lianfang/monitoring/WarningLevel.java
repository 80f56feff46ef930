package org.lianfang.monitoring;

import java.util.Optional;
import org.lianfang.Coded;

/**
 * How strong a warning is (P-8, P-18): the ladder a failed verification climbs. The reply each level asks for and its
 * default time follow 丹凤's three cards (`stages-2-4.md` §3): acknowledge a reminder, answer an admonishment in
 * writing, and answer a rectification order with a self-criticism and a rectification plan.
 */
public enum WarningLevel implements Coded {
  /** 提醒: the mildest; shown blue, Ⅲ [G]. */
  REMINDER("reminder", "提醒", "蓝", "Ⅲ"),
  /** 告诫: a written answer; shown yellow, Ⅱ [G]. */
  ADMONISHMENT("admonishment", "告诫", "黄", "Ⅱ"),
  /** 责令整改: a self-criticism and a rectification plan; shown red, Ⅰ [G]. The top of the ladder. */
  RECTIFICATION_ORDER("rectification-order", "责令整改", "红", "Ⅰ");

  private final String code;
  private final String chinese;
  private final String colour;
  private final String numeral;

  WarningLevel(String code, String chinese, String colour, String numeral) {
    this.code = code;
    this.chinese = chinese;
    this.colour = colour;
    this.numeral = numeral;
  }

  /** @return the next level up, or empty at the top */
  public Optional<WarningLevel> next() {
    return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
  }

  /** @return the Chinese name */
  public String chinese() {
    return chinese;
  }

  /** @return the colour it is shown in: 蓝, 黄 or 红 [G] */
  public String colour() {
    return colour;
  }

  /** @return its grade as a Roman numeral, Ⅲ the mildest [G] */
  public String numeral() {
    return numeral;
  }

  @Override
  public String code() {
    return code;
  }
}
