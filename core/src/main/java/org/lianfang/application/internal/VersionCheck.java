package org.lianfang.application.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Aggregate;
import org.lianfang.Refusal;

/**
 * The one check of a command's expected version: a command that changes an existing record may carry the version of
 * the record its user saw, and is refused as {@link Refusal.Code#STALE} when the stored record has another version,
 * so that of two people editing from the same screen the second does not silently overwrite the first. Handlers call
 * it after the access check, so an actor who may not act on the record does not learn its version, and before the
 * rules, which would judge a change made on an outdated view. Without an expected version nothing is checked; the
 * store's optimistic locking still guards the read and the write of the command itself.
 */
public final class VersionCheck {
  private VersionCheck() {}

  /**
   * @param stored the record as read in the command's transaction
   * @param expected the version the command expects; empty to skip the check
   * @param whatZh what the record is, in Chinese (岗位)
   * @param whatEn what it is, in English (post)
   * @return empty when nothing is expected or the versions agree; otherwise a {@code STALE} refusal naming both
   *     versions
   */
  public static Optional<Refusal> refuseIfStale(Aggregate<?> stored, OptionalLong expected, String whatZh,
      String whatEn) {
    Objects.requireNonNull(stored, "stored");
    Objects.requireNonNull(expected, "expected");
    if (expected.isEmpty() || expected.getAsLong() == stored.version()) {
      return Optional.empty();
    }
    return Optional.of(Refusal.of(Refusal.Code.STALE,
        whatZh + " " + stored.id() + " 已被他人修改：提交时依据的是第 " + expected.getAsLong() + " 版，现存为第 "
            + stored.version() + " 版；请重新读取后再提交",
        whatEn + " " + stored.id() + " was changed meanwhile: expected version " + expected.getAsLong()
            + ", stored version " + stored.version() + "; reload it and try again"));
  }
}
