package org.lianfang.access;

import java.util.Objects;

/**
 * An access policy's answer. Immutable and thread-safe.
 *
 * @param allowed whether the operation may go ahead
 * @param reasonZh why not, in Chinese; empty when allowed
 * @param reasonEn why not, in English; empty when allowed
 */
public record AccessDecision(boolean allowed, String reasonZh, String reasonEn) {
  private static final AccessDecision ALLOW = new AccessDecision(true, "", "");

  /** @throws NullPointerException if a reason is null */
  public AccessDecision {
    Objects.requireNonNull(reasonZh, "reasonZh");
    Objects.requireNonNull(reasonEn, "reasonEn");
  }

  /** @return allowed */
  public static AccessDecision allow() {
    return ALLOW;
  }

  /** @param zh why, in Chinese @param en why, in English @return denied */
  public static AccessDecision deny(String zh, String en) {
    return new AccessDecision(false, zh, en);
  }
}
