package org.lianfang.ledger;

import java.util.Objects;

/** What verifying a unit's chain found. Immutable and thread-safe. */
public sealed interface Verification {

  /** @return whether the chain is intact */
  default boolean intact() {
    return this instanceof Intact;
  }

  /** @param entries how many entries were checked */
  record Intact(long entries) implements Verification {}

  /**
   * The first broken link.
   *
   * @param sequence the sequence where the chain breaks (the expected one, for a missing entry)
   * @param reasonZh what is wrong, in Chinese
   * @param reasonEn what is wrong, in English
   */
  record Broken(long sequence, String reasonZh, String reasonEn) implements Verification {
    /** @throws NullPointerException if a reason is null */
    public Broken {
      Objects.requireNonNull(reasonZh, "reasonZh");
      Objects.requireNonNull(reasonEn, "reasonEn");
    }
  }
}
