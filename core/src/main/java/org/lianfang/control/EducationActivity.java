package org.lianfang.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/**
 * An education activity of a unit (廉政教育, P-15), the first defense line (S-7): recorded once it has been held, so
 * never on a day before it was held; withdrawn, never erased, when it was recorded by mistake. What it was is its
 * {@link EducationContent}. A unit's activities meet the yearly obligations of the {@link EducationPolicy}. That the
 * attendees, lecturer, posts and points are the unit's (or, for officials, a unit's above) is for the caller to check:
 * it concerns other records.
 *
 * <p>Immutable and thread-safe.
 */
public final class EducationActivity implements Aggregate<EducationActivityId> {
  private final EducationActivityId id;
  private final UnitId unitId;
  private final EducationContent content;
  private final LocalDate recorded;
  private final Optional<Withdrawal> withdrawal;
  private final long version;

  private EducationActivity(EducationActivityId id, UnitId unitId, EducationContent content, LocalDate recorded,
      Optional<Withdrawal> withdrawal, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.content = Objects.requireNonNull(content, "content");
    this.recorded = Objects.requireNonNull(recorded, "recorded");
    this.withdrawal = Objects.requireNonNull(withdrawal, "withdrawal");
    this.version = version;
    if (content.held().isAfter(recorded)) {
      throw new IllegalArgumentException("an activity is recorded on or after the day it was held");
    }
    if (withdrawal.map(w -> w.day().isBefore(recorded)).orElse(false)) {
      throw new IllegalArgumentException("an activity is withdrawn on or after the day it was recorded");
    }
  }

  /**
   * Records an activity held, not yet stored.
   *
   * @param id the id
   * @param unitId the unit
   * @param content what it was
   * @param today the day it is recorded
   * @return the activity and its {@link ControlEvent.EducationRecorded} event, or a refusal if it is said to be held
   *     after today
   */
  public static Outcome<Change<EducationActivity>> record(EducationActivityId id, UnitId unitId,
      EducationContent content, LocalDate today) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(today, "today");
    if (content.held().isAfter(today)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "举办日期 " + content.held() + " 晚于今天 " + today + "：教育活动举办后才能登记",
          "the day held, " + content.held() + ", is after today, " + today + ": an activity is recorded once held"));
    }
    EducationActivity a = new EducationActivity(id, unitId, content, today, Optional.empty(), 0);
    return Outcome.accepted(Change.of(a, new ControlEvent.EducationRecorded(unitId, id, content, today)));
  }

  /**
   * Rebuilds a stored activity; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param content what it was
   * @param recorded the day it was recorded
   * @param withdrawal its withdrawal, if it was withdrawn
   * @param version the stored version
   * @return the activity
   */
  public static EducationActivity restore(EducationActivityId id, UnitId unitId, EducationContent content,
      LocalDate recorded, Optional<Withdrawal> withdrawal, long version) {
    return new EducationActivity(id, unitId, content, recorded, withdrawal, version);
  }

  /**
   * @param day the day it is withdrawn
   * @param reason why
   * @return the withdrawn record and its {@link ControlEvent.EducationWithdrawn} event, or a refusal if it was
   *     withdrawn already
   */
  public Outcome<Change<EducationActivity>> withdraw(LocalDate day, String reason) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(reason, "reason");
    if (withdrawal.isPresent()) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, "该教育活动记录已于 "
          + withdrawal.get().day() + " 撤回", "the education record was withdrawn on " + withdrawal.get().day()));
    }
    if (day.isBefore(recorded)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "撤回日期 " + day + " 早于登记日期 " + recorded,
          "the day " + day + " is before the activity was recorded, on " + recorded));
    }
    Withdrawal w = new Withdrawal(day, reason);
    return Outcome.accepted(Change.of(new EducationActivity(id, unitId, content, recorded, Optional.of(w), version),
        new ControlEvent.EducationWithdrawn(unitId, id, day, reason)));
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public EducationActivity withVersion(long newVersion) {
    return new EducationActivity(id, unitId, content, recorded, withdrawal, newVersion);
  }

  /** @return whether it counts: not withdrawn */
  public boolean counts() {
    return withdrawal.isEmpty();
  }

  /** @return the id */
  @Override
  public EducationActivityId id() {
    return id;
  }

  /** @return the unit */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return what it was */
  public EducationContent content() {
    return content;
  }

  /** @return the day it was recorded */
  public LocalDate recorded() {
    return recorded;
  }

  /** @return its withdrawal, if it was withdrawn */
  public Optional<Withdrawal> withdrawal() {
    return withdrawal;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EducationActivity a
        && id.equals(a.id)
        && unitId.equals(a.unitId)
        && content.equals(a.content)
        && recorded.equals(a.recorded)
        && withdrawal.equals(a.withdrawal)
        && version == a.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, content, recorded, withdrawal, version);
  }

  @Override
  public String toString() {
    return "EducationActivity[" + id + " " + content.form().code() + " on " + content.held()
        + (withdrawal.isPresent() ? " withdrawn" : "") + "]";
  }
}
