package org.lianfang.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.TenureId;

/**
 * One thing the first line owes in a year (P-15), and where it stands on the day it was judged: met by an activity,
 * due, or overdue. Immutable and thread-safe.
 *
 * @param kind what is owed
 * @param unit the unit that owes it
 * @param official who it concerns: the principal leader who gives the 党课, the official who took up a post; empty
 *     for a unit's 警示教育
 * @param tenure the tenure begun that created it, for a 任职廉政谈话
 * @param due the last day it may be met on time
 * @param metBy the activity that meets it, if one does
 * @param metOn the day that activity was held
 * @param status where it stands on the day judged
 */
public record EducationObligation(ObligationKind kind, UnitId unit, Optional<OfficialId> official,
    Optional<TenureId> tenure, LocalDate due, Optional<EducationActivityId> metBy, Optional<LocalDate> metOn,
    ObligationStatus status) {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the status does not fit whether it is met
   */
  public EducationObligation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(official, "official");
    Objects.requireNonNull(tenure, "tenure");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(metBy, "metBy");
    Objects.requireNonNull(metOn, "metOn");
    Objects.requireNonNull(status, "status");
    if (metBy.isPresent() != metOn.isPresent() || metBy.isPresent() != (status == ObligationStatus.MET)) {
      throw new IllegalArgumentException("an obligation is met exactly when an activity on a day meets it");
    }
  }

  /**
   * @param kind what is owed
   * @param unit the unit that owes it
   * @param official who it concerns, if anyone
   * @param tenure the tenure that created it, if any
   * @param due the last day it may be met on time
   * @param met the activity that meets it, if one does
   * @param today the day it is judged on
   * @return the obligation: met if an activity meets it, else overdue once {@code due} has passed, else due
   */
  public static EducationObligation judged(ObligationKind kind, UnitId unit, Optional<OfficialId> official,
      Optional<TenureId> tenure, LocalDate due, Optional<EducationActivity> met, LocalDate today) {
    ObligationStatus status = met.isPresent() ? ObligationStatus.MET
        : today.isAfter(due) ? ObligationStatus.OVERDUE : ObligationStatus.DUE;
    return new EducationObligation(kind, unit, official, tenure, due, met.map(EducationActivity::id),
        met.map(a -> a.content().held()), status);
  }

  /** @return whether it was met after its due day */
  public boolean late() {
    return metOn.map(d -> d.isAfter(due)).orElse(false);
  }
}
