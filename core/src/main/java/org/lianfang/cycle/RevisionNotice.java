package org.lianfang.cycle;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * A year's revision posted (修正完善公示, S-12, P-5, P-26): the changes of the unit's register since its last closed
 * year, posted in the year's self-assessment and revision phase (or again in summary and acceptance, after a change)
 * for a half-open period {@code [start, end)} before the register is confirmed by leaving that phase and closing the
 * year. It keeps how many points were added, adjusted and deleted ({@link RegisterDiff}, whose entries the journal
 * keeps) and the digest of the register they were read from, as its closing would freeze it, so that leaving the phase
 * and closing can tell whether the register changed after it was posted — at once when no point or measure has another
 * version than it had ({@code versions}), by its digest computed again otherwise. Immutable and thread-safe.
 *
 * @param start the day it was posted
 * @param end the first day after the notice
 * @param scope where it is posted, in the unit's words (e.g. 局机关内网及公示栏)
 * @param added how many points were added
 * @param adjusted how many were adjusted
 * @param deleted how many were deleted
 * @param digest the digest of the register posted from, as {@link FrozenRegister#digest()} of its closing would be, in
 *     lower-case hex
 * @param versions the digest of the ids and versions of that register's points and measures, in lower-case hex
 */
public record RevisionNotice(LocalDate start, LocalDate end, String scope, int added, int adjusted, int deleted,
    String digest, String versions) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the period is empty, the scope blank, a count negative or a digest not
   *     lower-case hex
   */
  public RevisionNotice {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(versions, "versions");
    if (!end.isAfter(start) || scope.isBlank() || added < 0 || adjusted < 0 || deleted < 0
        || !digest.matches("[0-9a-f]{64}") || !versions.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a notice ends after it starts, is posted somewhere, counts are not negative "
          + "and the digests are 64 lower-case hex digits");
    }
  }

  /**
   * @param start the day it is posted
   * @param end the first day after the notice
   * @param scope where it is posted
   * @param changes what it posts
   * @param digest the digest of the register they were read from, in lower-case hex
   * @param versions the digest of the ids and versions of its points and measures, in lower-case hex
   * @return the notice, counting the changes by kind
   */
  public static RevisionNotice of(LocalDate start, LocalDate end, String scope, RegisterDiff changes, String digest,
      String versions) {
    return new RevisionNotice(start, end, scope, changes.of(RegisterDiff.Kind.ADDED).size(),
        changes.of(RegisterDiff.Kind.ADJUSTED).size(), changes.of(RegisterDiff.Kind.DELETED).size(), digest,
        versions);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("start", start).put("end", end).put("scope", scope).put("added", added)
        .put("adjusted", adjusted).put("deleted", deleted).put("digest", digest).put("versions", versions).build();
  }
}
