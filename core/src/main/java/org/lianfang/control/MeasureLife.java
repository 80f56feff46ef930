package org.lianfang.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * Where a measure is in its life and since when (P-13): the state of {@link MeasureTransitions} and the day of each
 * step taken, so Form 3 can say since when a measure applies and a check which measures applied in its month.
 * Consistent by construction: a state has exactly the days of the steps that lead to it. Immutable and thread-safe.
 *
 * @param state the state
 * @param registered the day it was entered on Form 3, once it was
 * @param inForce the first day it applied, once it did
 * @param ended the day it was retired or superseded, once it was
 * @param reason why it was retired, if it was
 * @param supersededBy its replacement, if it was superseded
 */
public record MeasureLife(MeasureState state, Optional<LocalDate> registered, Optional<LocalDate> inForce,
    Optional<LocalDate> ended, Optional<String> reason, Optional<ControlMeasureId> supersededBy)
    implements Archivable {
  /** A measure just drafted. */
  public static final MeasureLife DRAFT = new MeasureLife(MeasureState.DRAFT, Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the days or the reason do not fit the state
   */
  public MeasureLife {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(registered, "registered");
    Objects.requireNonNull(inForce, "inForce");
    Objects.requireNonNull(ended, "ended");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(supersededBy, "supersededBy");
    boolean fits = switch (state) {
      case DRAFT -> registered.isEmpty() && inForce.isEmpty();
      case REGISTERED -> registered.isPresent() && inForce.isEmpty();
      case IN_FORCE -> registered.isPresent() && inForce.isPresent();
      case RETIRED -> inForce.isEmpty() || registered.isPresent();
      case SUPERSEDED -> registered.isPresent();
    };
    if (!fits || state.isFinal() != ended.isPresent()
        || (state == MeasureState.RETIRED) != reason.isPresent()
        || (state == MeasureState.SUPERSEDED) != supersededBy.isPresent()) {
      throw new IllegalArgumentException("the days of a measure's life do not fit its state " + state);
    }
    if (before(inForce, registered) || before(ended, inForce) || before(ended, registered)) {
      throw new IllegalArgumentException("the days of a measure's life are out of order");
    }
  }

  private static boolean before(Optional<LocalDate> later, Optional<LocalDate> earlier) {
    return later.isPresent() && earlier.isPresent() && later.get().isBefore(earlier.get());
  }

  /** @return the first day a step was taken, if any */
  Optional<LocalDate> firstDay() {
    return registered.or(() -> inForce).or(() -> ended);
  }

  /** @return the last day a step was taken, if any */
  Optional<LocalDate> lastDay() {
    return ended.or(() -> inForce).or(() -> registered);
  }

  MeasureLife registeredOn(LocalDate day) {
    return new MeasureLife(MeasureState.REGISTERED, Optional.of(day), inForce, ended, reason, supersededBy);
  }

  MeasureLife inForceFrom(LocalDate day) {
    return new MeasureLife(MeasureState.IN_FORCE, registered, Optional.of(day), ended, reason, supersededBy);
  }

  MeasureLife retiredOn(LocalDate day, String why) {
    return new MeasureLife(MeasureState.RETIRED, registered, inForce, Optional.of(day), Optional.of(why),
        supersededBy);
  }

  MeasureLife supersededOn(LocalDate day, ControlMeasureId by) {
    return new MeasureLife(MeasureState.SUPERSEDED, registered, inForce, Optional.of(day), reason, Optional.of(by));
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("state", state)
        .put("registered", registered)
        .put("inForce", inForce)
        .put("ended", ended)
        .put("reason", reason)
        .put("supersededBy", supersededBy)
        .build();
  }
}
