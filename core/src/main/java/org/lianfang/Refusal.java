package org.lianfang;

import java.util.List;
import java.util.Objects;

/**
 * Why a command was refused, in Chinese and English. A refused command changes nothing: no record, no journal entry.
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
   * One invalid field.
   *
   * @param path the field path in the command, e.g. {@code ownerChain.directOwner}
   * @param rule the constraint that failed, e.g. {@code NotBlank}, {@code Size}
   * @param messageZh what is wrong, in Chinese
   * @param messageEn what is wrong, in English
   */
  public record Violation(String path, String rule, String messageZh, String messageEn)
      implements java.io.Serializable {
    /** @throws NullPointerException if any part is null */
    public Violation {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(messageZh, "messageZh");
      Objects.requireNonNull(messageEn, "messageEn");
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

  /** @return both messages, Chinese first, for logs and screens that show one line */
  public String message() {
    return messageZh + " / " + messageEn;
  }
}
