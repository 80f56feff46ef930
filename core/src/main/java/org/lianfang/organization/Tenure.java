package org.lianfang.organization;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/**
 * Who holds which post when: the half-open period {@code [start, end)}; an open tenure has no end. A change of holder
 * (轮岗) marks the post's risk points stale (P-3). A tenure ends once, and never on or before the day it starts: a
 * period that ends before it begins holds nothing, so {@link #endOn} refuses it and no instance can hold one.
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
   * An official takes up a post: a new open tenure, not yet stored. Whether the official may hold the post (on the
   * staff of its unit or above, not holding it already then) is for the caller to check: it concerns other records.
   *
   * @param id the id
   * @param unitId the post's unit
   * @param postId the post
   * @param officialId the holder
   * @param start the first day held
   * @return the tenure and its {@link OrganizationEvent.TenureBegun} event
   */
  public static Change<Tenure> begin(
      TenureId id, UnitId unitId, PostId postId, OfficialId officialId, LocalDate start) {
    return Change.of(new Tenure(id, unitId, postId, officialId, start, null, 0),
        new OrganizationEvent.TenureBegun(unitId, id, postId, officialId, start));
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
   * The official leaves the post. Refused when the tenure has ended already, or when the day is not after
   * {@link #start()}: the period is half-open, so ending on the first day would leave a tenure that held nothing.
   *
   * @param endDay the first day the post is no longer held
   * @return the closed tenure and its {@link OrganizationEvent.TenureEnded} event, or a refusal
   */
  public Outcome<Change<Tenure>> endOn(LocalDate endDay) {
    Objects.requireNonNull(endDay, "endDay");
    if (end != null) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "该任职已于 " + end + " 结束",
          "the tenure already ended on " + end));
    }
    if (!endDay.isAfter(start)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "离任日须晚于任职开始日 " + start,
          "the end must be after the tenure's start " + start));
    }
    return Outcome.accepted(Change.of(new Tenure(id, unitId, postId, officialId, start, endDay, version),
        new OrganizationEvent.TenureEnded(unitId, id, endDay)));
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
