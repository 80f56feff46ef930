package org.lianfang.control;

import com.google.common.base.Preconditions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Tenure;

/**
 * What the first defense line owes each year (P-15, S-7): the obligations of a unit's year and where each stands on
 * a day. Overdue obligations are computed here; acting on them is the monitoring tick's. Implementations must be
 * stateless and thread-safe.
 */
public interface EducationPolicy {
  /**
   * @param unit the unit's year
   * @param today the day they are judged on
   * @return its obligations: 党课 first, then 警示教育, then the 任职廉政谈话 in order of the tenures' start
   */
  List<EducationObligation> obligations(UnitEducation unit, LocalDate today);

  /**
   * The default (P-15): every principal leader who held the post in the year gives at least one 廉洁党课 in it (上海城投);
   * the unit holds at least one 警示教育 a year [G]; and every tenure begun in the year (a new appointment) gets a
   * 任职廉政谈话 within 30 days of its start [G]. Yearly obligations are due on the year's last day.
   *
   * @return the policy
   */
  static EducationPolicy standard() {
    return of(1, 1, 30);
  }

  /**
   * The default's rules with other numbers, as an instance decides.
   *
   * @param lecturesAYear how many 党课 each principal leader gives a year (0 or more); the n-th is met by the n-th held
   * @param warningsAYear how many 警示教育 the unit holds a year (0 or more)
   * @param talkWithinDays within how many days of a tenure's start its 任职廉政谈话 is due (0 to 366)
   * @return the policy
   * @throws IllegalArgumentException if a number is out of range
   */
  static EducationPolicy of(int lecturesAYear, int warningsAYear, int talkWithinDays) {
    Preconditions.checkArgument(lecturesAYear >= 0 && lecturesAYear <= 12, "lecturesAYear 0..12: %s", lecturesAYear);
    Preconditions.checkArgument(warningsAYear >= 0 && warningsAYear <= 12, "warningsAYear 0..12: %s", warningsAYear);
    Preconditions.checkArgument(talkWithinDays >= 0 && talkWithinDays <= 366, "talkWithinDays 0..366: %s",
        talkWithinDays);
    return (unit, today) -> {
      List<EducationObligation> all = new ArrayList<>();
      LocalDate yearEnd = unit.year().atDay(unit.year().length());
      List<EducationActivity> inYear = unit.activities().stream()
          .filter(a -> unit.year().getValue() == a.content().held().getYear())
          .sorted(Comparator.comparing((EducationActivity a) -> a.content().held())
              .thenComparing(a -> a.id().toString())).toList();
      for (OfficialId leader : unit.principalLeaders().stream().sorted(Comparator.comparing(Object::toString))
          .toList()) {
        List<EducationActivity> given = of(inYear, a -> a.content().form() == EducationForm.PARTY_LECTURE
            && a.content().lecturerId().equals(Optional.of(leader)));
        for (int n = 0; n < lecturesAYear; n++) {
          all.add(EducationObligation.judged(ObligationKind.PARTY_LECTURE, unit.unit(), Optional.of(leader),
              Optional.empty(), yearEnd, nth(given, n), today));
        }
      }
      List<EducationActivity> warnings = of(inYear, a -> a.content().form() == EducationForm.WARNING_EDUCATION);
      for (int n = 0; n < warningsAYear; n++) {
        all.add(EducationObligation.judged(ObligationKind.WARNING_EDUCATION, unit.unit(), Optional.empty(),
            Optional.empty(), yearEnd, nth(warnings, n), today));
      }
      List<EducationActivity> talks = unit.activities().stream()
          .filter(a -> a.content().form() == EducationForm.APPOINTMENT_TALK)
          .sorted(Comparator.comparing((EducationActivity a) -> a.content().held())
              .thenComparing(a -> a.id().toString())).toList();
      List<Tenure> begun = unit.tenures().stream().filter(t -> t.start().getYear() == unit.year().getValue())
          .sorted(Comparator.comparing(Tenure::start).thenComparing(t -> t.id().toString())).toList();
      for (Tenure t : begun) {
        // the first talk with the official held on or after the tenure's start meets it, late if after its due day
        Optional<EducationActivity> talk = talks.stream().filter(a -> !a.content().held().isBefore(t.start())
            && a.content().attendees().contains(t.officialId())).findFirst();
        all.add(EducationObligation.judged(ObligationKind.APPOINTMENT_TALK, unit.unit(), Optional.of(t.officialId()),
            Optional.of(t.id()), t.start().plusDays(talkWithinDays), talk, today));
      }
      return List.copyOf(all);
    };
  }

  private static List<EducationActivity> of(List<EducationActivity> activities, Predicate<EducationActivity> test) {
    return activities.stream().filter(test).toList();
  }

  private static Optional<EducationActivity> nth(List<EducationActivity> activities, int n) {
    return n < activities.size() ? Optional.of(activities.get(n)) : Optional.empty();
  }
}
