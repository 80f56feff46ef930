package org.lianfang.cycle;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * A year's timetable (S-16): a window for each of the six working phases, in order, within the year. A phase may
 * begin on the day the one before it ends (the seed's identification begins on 08-31, mobilisation's last day), never
 * before. Recorded with the cycle when it opens, so a past year keeps its own dates. Immutable and thread-safe.
 *
 * @param year the year
 * @param windows a window per working phase, in the order of {@link CyclePhase#WORKING}
 */
public record CycleTimetable(Year year, List<PhaseWindow> windows) implements Archivable {
  /** The seed's pilot dates (S-16), each phase's first and last day, in order. */
  private static final List<MonthDay> PILOT = List.of(MonthDay.of(8, 14), MonthDay.of(8, 31), MonthDay.of(8, 31),
      MonthDay.of(9, 30), MonthDay.of(10, 1), MonthDay.of(10, 20), MonthDay.of(10, 21), MonthDay.of(12, 10),
      MonthDay.of(12, 11), MonthDay.of(12, 21), MonthDay.of(12, 22), MonthDay.of(12, 31));

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the windows are not the six working phases in order, each within the year and
   *     none beginning before the one before it ends
   */
  public CycleTimetable {
    Objects.requireNonNull(year, "year");
    windows = List.copyOf(windows);
    if (!windows.stream().map(PhaseWindow::phase).toList().equals(CyclePhase.WORKING)) {
      throw new IllegalArgumentException("a timetable has a window for each working phase, in order: " + windows);
    }
    for (int i = 0; i < windows.size(); i++) {
      PhaseWindow w = windows.get(i);
      if (w.from().getYear() != year.getValue() || w.to().getYear() != year.getValue()
          || i > 0 && w.from().isBefore(windows.get(i - 1).to())) {
        throw new IllegalArgumentException("each phase is worked within " + year + " and begins no earlier than the "
            + "one before it ends: " + w);
      }
    }
  }

  /**
   * @param year a year
   * @return the seed's pilot timetable (S-16) on that year's days: mobilisation 08-14…08-31, identification
   *     08-31…09-30, training 10-01…10-20, measures 10-21…12-10, self-assessment and revision 12-11…12-21, summary and
   *     acceptance 12-22…12-31
   */
  public static CycleTimetable pilot(Year year) {
    return of(year, PILOT);
  }

  /**
   * @param year a year
   * @param days each working phase's first and last day in turn, twelve in all
   * @return the timetable on that year's days
   * @throws IllegalArgumentException if there are not twelve days or they do not form a timetable
   */
  public static CycleTimetable of(Year year, List<MonthDay> days) {
    if (days.size() != 2 * CyclePhase.WORKING.size()) {
      throw new IllegalArgumentException("a first and a last day for each of the six phases: " + days);
    }
    List<PhaseWindow> windows = new ArrayList<>();
    for (int i = 0; i < CyclePhase.WORKING.size(); i++) {
      windows.add(new PhaseWindow(CyclePhase.WORKING.get(i), year.atMonthDay(days.get(2 * i)),
          year.atMonthDay(days.get(2 * i + 1))));
    }
    return new CycleTimetable(year, windows);
  }

  /**
   * @param phase a working phase
   * @return its window
   * @throws IllegalArgumentException if the phase is {@link CyclePhase#CLOSED}
   */
  public PhaseWindow window(CyclePhase phase) {
    if (phase == CyclePhase.CLOSED) {
      throw new IllegalArgumentException("a closed year has no window");
    }
    return windows.get(phase.ordinal());
  }

  /** @return the year's first working day, mobilisation's */
  public LocalDate first() {
    return windows.get(0).from();
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("year", year.getValue()).put("windows", windows).build();
  }
}
