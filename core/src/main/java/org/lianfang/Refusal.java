package org.lianfang;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Why a command was refused, in Chinese and English. A refused command changes nothing: no record, no journal entry.
 * Refusals are never journaled, so their wording is free to improve; programs read {@link #code()} and, for invalid
 * input, each violation's {@link Violation#field()} and {@link Violation#rule()}. A host shows {@link #message(Locale)}
 * in its user's language.
 *
 * @param code the kind of refusal, stable for programs
 * @param messageZh the reason in Chinese
 * @param messageEn the reason in English
 * @param violations for {@link Code#INVALID_INPUT}: each invalid field; otherwise empty
 */
public record Refusal(Code code, String messageZh, String messageEn, List<Violation> violations)
    implements java.io.Serializable {

  /** Kinds of refusal. */
  public enum Code implements Coded {
    /** a field broke a constraint; see {@link Refusal#violations()} */
    INVALID_INPUT("invalid-input"),
    /** the actor may not do this here */
    ACCESS_DENIED("access-denied"),
    /** a referenced unit, post, official, power item, process or risk point does not exist */
    UNKNOWN_REFERENCE("unknown-reference"),
    /** the review workflow does not allow this action in the current state */
    ILLEGAL_TRANSITION("illegal-transition"),
    /** the action contradicts a rule of the domain (a duplicate code, an invalid flow chart, an early confirmation…) */
    RULE_VIOLATED("rule-violated"),
    /**
     * the command carried the version of the record its user saw, and the record has changed since (someone else's
     * change came first); reload the record and decide again
     */
    STALE("stale");

    private final String code;

    Code(String code) {
      this.code = code;
    }

    /** @return the stable code */
    @Override
    public String code() {
      return code;
    }
  }

  /**
   * One invalid field: where it is ({@link #field()}), what a person calls it ({@link #fieldLabel(Locale)}) and what
   * is wrong ({@link #message(Locale)}), in Chinese and English.
   *
   * @param path the field path in the command, e.g. {@code ownerChain.directOwner} or {@code steps[0].name}; for a
   *     document, its JSON pointer
   * @param rule the constraint that failed, e.g. {@code NotBlank}, {@code Size}
   * @param messageZh what is wrong, in Chinese, led by the field's label: {@code 风险描述：不能为空}
   * @param messageEn what is wrong, in English, led by the field's label: {@code risk description: must not be blank}
   * @param labelZh the field's label in Chinese, e.g. {@code 风险描述}, {@code 流程环节（第 1 项）的环节名称}
   * @param labelEn the field's label in English, e.g. {@code risk description}, {@code steps (item 1) › step name}
   */
  public record Violation(String path, String rule, String messageZh, String messageEn, String labelZh, String labelEn)
      implements java.io.Serializable {
    /** @throws NullPointerException if any part is null */
    public Violation {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(messageZh, "messageZh");
      Objects.requireNonNull(messageEn, "messageEn");
      Objects.requireNonNull(labelZh, "labelZh");
      Objects.requireNonNull(labelEn, "labelEn");
    }

    /**
     * A violation whose field has no label of its own (a document's JSON pointer): the path is its label in both
     * languages.
     *
     * @param path the field path or JSON pointer
     * @param rule the constraint that failed
     * @param messageZh what is wrong, in Chinese
     * @param messageEn what is wrong, in English
     * @throws NullPointerException if any part is null
     */
    public Violation(String path, String rule, String messageZh, String messageEn) {
      this(path, rule, messageZh, messageEn, path, path);
    }

    /** @return the field path, as {@link #path()}: what a program matches a violation to its input field by */
    public String field() {
      return path;
    }

    /**
     * @param locale the reader's locale
     * @return the field's label in Chinese for any Chinese locale, otherwise in English
     * @throws NullPointerException if locale is null
     */
    public String fieldLabel(Locale locale) {
      return chinese(locale) ? labelZh : labelEn;
    }

    /**
     * @param locale the reader's locale
     * @return what is wrong, led by the field's label, in Chinese for any Chinese locale, otherwise in English
     * @throws NullPointerException if locale is null
     */
    public String message(Locale locale) {
      return chinese(locale) ? messageZh : messageEn;
    }
  }

  /** @throws NullPointerException if any part is null */
  public Refusal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(messageZh, "messageZh");
    Objects.requireNonNull(messageEn, "messageEn");
    violations = List.copyOf(violations);
  }

  /**
   * @param code the kind
   * @param messageZh in Chinese
   * @param messageEn in English
   * @return a refusal without field violations
   */
  public static Refusal of(Code code, String messageZh, String messageEn) {
    return new Refusal(code, messageZh, messageEn, List.of());
  }

  /**
   * Invalid input in one field, named by its path, as commands and the aggregates that judge their input refuse it.
   *
   * @param path the field's path ({@code fields[PERSON]}, {@code explanation})
   * @param rule the rule it breaks
   * @param labelZh what a person calls the field, in Chinese
   * @param labelEn in English
   * @param zh what is wrong, in Chinese
   * @param en in English
   * @return an {@code INVALID_INPUT} refusal with the one violation: {@code 输入有误：<label>：<what>}
   */
  public static Refusal invalidField(String path, String rule, String labelZh, String labelEn, String zh, String en) {
    Violation v = new Violation(path, rule, labelZh + "：" + zh, labelEn + ": " + en, labelZh, labelEn);
    return new Refusal(Code.INVALID_INPUT, "输入有误：" + v.messageZh(), "invalid input: " + v.messageEn(), List.of(v));
  }

  /** @return both messages, Chinese first, for logs and screens that show one line */
  public String message() {
    return messageZh + " / " + messageEn;
  }

  /**
   * The reason in the reader's language: Chinese for any Chinese locale ({@link Locale#CHINESE}, {@link
   * Locale#SIMPLIFIED_CHINESE}, {@code zh-TW}…, all in simplified characters), English for every other.
   *
   * @param locale the reader's locale
   * @return the reason in that language, falling back to English
   * @throws NullPointerException if locale is null
   */
  public String message(Locale locale) {
    return chinese(locale) ? messageZh : messageEn;
  }

  private static boolean chinese(Locale locale) {
    return Locale.CHINESE.getLanguage().equals(locale.getLanguage());
  }
}
