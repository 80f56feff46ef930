package org.lianfang.organization;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.UnitId;

/**
 * Who holds which post when: the half-open period {@code [start, end)}; an open tenure has no end. A change of holder
 * (轮岗) marks the post's risk points stale (P-3).
 *
 * <p>Immutable and thread-safe.
 */
public final class Tenure implements Aggregate<TenureId> {
  private final TenureId id;
  private final UnitId unitId;
  private final PostId postId;
  private final OfficialId officialId;
  private final LocalDate start;
  private final LocalDate end;
  private final long version;

  private Tenure(
      TenureId id, UnitId unitId, PostId postId, OfficialId officialId, LocalDate start, LocalDate end,
      long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.postId = Objects.requireNonNull(postId, "postId");
    this.officialId = Objects.requireNonNull(officialId, "officialId");
    this.start = Objects.requireNonNull(start, "start");
    checkArgument(end == null || end.isAfter(start), "tenure end %s must be after its start %s", end, start);
    this.end = end;
    this.version = version;
  }

  /**
   * An open tenure, not yet stored.
   *
   * @param id the id
   * @param unitId the post's unit
   * @param postId the post
   * @param officialId the holder
   * @param start the first day held
   * @return the tenure
   */
  public static Tenure begin(TenureId id, UnitId unitId, PostId postId, OfficialId officialId, LocalDate start) {
    return new Tenure(id, unitId, postId, officialId, start, null, 0);
  }

  /**
   * Rebuilds a stored tenure; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param postId the post
   * @param officialId the holder
   * @param start the first day held
   * @param end the first day no longer held, or empty while open
   * @param version the stored version
   * @return the tenure
   */
  public static Tenure restore(
      TenureId id, UnitId unitId, PostId postId, OfficialId officialId, LocalDate start,
      Optional<LocalDate> end, long version) {
    return new Tenure(id, unitId, postId, officialId, start, end.orElse(null), version);
  }

  /**
   * @param endDay the first day the post is no longer held, after {@link #start()}
   * @return the closed tenure
   * @throws IllegalArgumentException if the day is not after the start
   */
  public Tenure endOn(LocalDate endDay) {
    return new Tenure(id, unitId, postId, officialId, start, Objects.requireNonNull(endDay, "endDay"), version);
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public Tenure withVersion(long newVersion) {
    return new Tenure(id, unitId, postId, officialId, start, end, newVersion);
  }

  /** @param day a day @return whether the post is held on that day */
  public boolean covers(LocalDate day) {
    return !day.isBefore(start) && (end == null || day.isBefore(end));
  }

  /** @return the id */
  @Override
  public TenureId id() {
    return id;
  }

  /** @return the post's unit */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return the post */
  public PostId postId() {
    return postId;
  }

  /** @return the holder */
  public OfficialId officialId() {
    return officialId;
  }

  /** @return the first day held */
  public LocalDate start() {
    return start;
  }

  /** @return the first day no longer held; empty while the tenure is open */
  public Optional<LocalDate> end() {
    return Optional.ofNullable(end);
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tenure t
        && id.equals(t.id)
        && unitId.equals(t.unitId)
        && postId.equals(t.postId)
        && officialId.equals(t.officialId)
        && start.equals(t.start)
        && Objects.equals(end, t.end)
        && version == t.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, postId, officialId, start, end, version);
  }

  @Override
  public String toString() {
    return "Tenure[" + officialId + " on " + postId + " " + start + ".." + (end == null ? "" : end) + "]";
  }
}
