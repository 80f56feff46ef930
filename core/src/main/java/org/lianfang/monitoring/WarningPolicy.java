package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lianfang.grading.PolicyVersion;

/**
 * When a warning's reply is due (P-18), from the day it is issued or issued again one level up. Implementations must
 * be stateless and thread-safe.
 */
public interface WarningPolicy {
  /**
   * @param level the warning's level
   * @param issued the day it was issued, or issued again after a failed verification
   * @return the last day for the reply
   */
  LocalDate replyDue(WarningLevel level, LocalDate issued);

  /**
   * @return the policy and its configuration, which a unit's year records when it opens (ARCHITECTURE.md decision 6):
   *     the factories name the days each level allows; {@code custom@unversioned} for a policy that does not name
   *     itself
   */
  default PolicyVersion version() {
    return new PolicyVersion("custom", "unversioned", "");
  }

  /**
   * The default: 丹凤's three cards, in calendar days [G for calendar days]: a reminder answered within 7 days, an
   * admonishment within 10, a rectification order within 15.
   *
   * @return the policy
   */
  static WarningPolicy standard() {
    return calendarDays(Map.of(WarningLevel.REMINDER, 7, WarningLevel.ADMONISHMENT, 10,
        WarningLevel.RECTIFICATION_ORDER, 15));
  }

  /**
   * The alternative profile (P-18): every level answered within 5 days of the talk that issues it.
   *
   * @return the policy
   */
  static WarningPolicy afterTalk() {
    return calendarDays(Map.of(WarningLevel.REMINDER, 5, WarningLevel.ADMONISHMENT, 5,
        WarningLevel.RECTIFICATION_ORDER, 5));
  }

  /**
   * @param days the calendar days each level allows, one or more, for every level
   * @return a policy counting them after the day of issue
   * @throws IllegalArgumentException if a level is missing or allows fewer than one day
   */
  static WarningPolicy calendarDays(Map<WarningLevel, Integer> days) {
    Map<WarningLevel, Integer> d = checked(days);
    return versioned(new PolicyVersion("p18-calendar-days", "1", canonical(d)),
        (level, issued) -> issued.plusDays(d.get(level)));
  }

  /**
   * @param days the working days each level allows, one or more, for every level
   * @param time the working calendar they are counted on
   * @return a policy counting them after the day of issue (P-18: working days selectable); its version names the
   *     days, not the calendar, which is the instance's
   * @throws IllegalArgumentException if a level is missing or allows fewer than one day
   */
  static WarningPolicy workingDays(Map<WarningLevel, Integer> days, WorkingTime time) {
    Map<WarningLevel, Integer> d = checked(days);
    Objects.requireNonNull(time, "time");
    return versioned(new PolicyVersion("p18-working-days", "1", canonical(d)),
        (level, issued) -> time.plusWorkingDays(issued, d.get(level)));
  }

  /** @return each level's days in canonical text, by level code in the levels' order */
  private static String canonical(Map<WarningLevel, Integer> days) {
    return days.entrySet().stream().map(e -> e.getKey().code() + "=" + e.getValue()).collect(Collectors.joining(","));
  }

  /** @return {@code policy} naming itself {@code version} */
  private static WarningPolicy versioned(PolicyVersion version, WarningPolicy policy) {
    return new WarningPolicy() {
      @Override
      public LocalDate replyDue(WarningLevel level, LocalDate issued) {
        return policy.replyDue(level, issued);
      }

      @Override
      public PolicyVersion version() {
        return version;
      }
    };
  }

  private static Map<WarningLevel, Integer> checked(Map<WarningLevel, Integer> days) {
    Map<WarningLevel, Integer> d = new EnumMap<>(WarningLevel.class);
    d.putAll(days);
    for (WarningLevel level : WarningLevel.values()) {
      checkArgument(d.containsKey(level) && d.get(level) >= 1, "every level allows one day or more: %s", days);
    }
    return d;
  }
}
