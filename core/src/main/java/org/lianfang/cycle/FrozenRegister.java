package org.lianfang.cycle;

import java.time.Year;
import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * What a unit's register held when its year closed (S-13, S-16): how many risk points and control measures were
 * frozen, and the digest of their canonical record states (the points in code order, then the measures in id order),
 * computed with the archive's chain digest; the journal keeps it, so the archive proves what the register was at close
 * whatever later happens to the stored copy. Immutable and thread-safe.
 *
 * @param year the year closed
 * @param points how many points were frozen
 * @param measures how many measures were frozen
 * @param digest the digest, in lower-case hex
 */
public record FrozenRegister(Year year, int points, int measures, String digest) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a count is negative or the digest is not lower-case hex
   */
  public FrozenRegister {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(digest, "digest");
    if (points < 0 || measures < 0 || !digest.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("counts are not negative and the digest is 64 lower-case hex digits");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("year", year.getValue()).put("points", points).put("measures", measures)
        .put("digest", digest).build();
  }
}
