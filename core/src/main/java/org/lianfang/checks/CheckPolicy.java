package org.lianfang.checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.organization.OfficialId;

/**
 * What a monthly check's review does with what falls short (P-22), and when a month's check is due. Every finding
 * (PARTIAL or NONE) opens a rectification item due {@code itemDays} calendar days after the review (30 [G]). A measure
 * rated NONE in two consecutive checks of the post raises a warning at {@code level} (提醒, REMINDER [G]) when the
 * host names the discipline leader whose standing approval such warnings carry (a warning needs a leader's approval,
 * P-18), as {@link org.lianfang.monitoring.IndicatorPolicy} does; without one, the second NONE is an item like the
 * first. A month's check is due on the month's last day plus {@code graceDays} (0 [G]); a half year's self-check
 * {@code selfCheckDays} after the half (15 [G], P-23). A public appraisal's dissatisfied comment opens an item due in
 * {@code appraisalWorkingDays} working days (15, as 好差评 asks, P-25), and an item of a round with at least {@code
 * flagPercent} of its scored answers dissatisfied is flagged for next year's revision (10 % [G]). Immutable and
 * thread-safe.
 *
 * @param itemDays calendar days from the review to an item's due day, at least 1
 * @param warningApprover the leader whose approval turns a second NONE into a warning, an official of the check's
 *     unit or a unit above it; empty: items only
 * @param level the level of such a warning
 * @param graceDays days after a month's last day its check is still on time, 0 to 27 (fewer than the shortest month
 *     has, so a due day always names its month)
 * @param selfCheckDays days after a half year's last day its self-check is due (P-23: 15 [G]), 0 to 90
 * @param appraisalWorkingDays working days from the recording of a dissatisfied comment to its item's due day, 1 to
 *     250
 * @param flagPercent the share of an appraisal item's scored answers, in percent, that flags it when dissatisfied, 1
 *     to 100
 */
public record CheckPolicy(int itemDays, Optional<OfficialId> warningApprover, WarningLevel level, int graceDays,
    int selfCheckDays, int appraisalWorkingDays, int flagPercent) {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a number is out of range
   */
  public CheckPolicy {
    Objects.requireNonNull(warningApprover, "warningApprover");
    Objects.requireNonNull(level, "level");
    if (itemDays < 1 || itemDays > 366 || graceDays < 0 || graceDays > 27 || selfCheckDays < 0
        || selfCheckDays > 90 || appraisalWorkingDays < 1 || appraisalWorkingDays > 250 || flagPercent < 1
        || flagPercent > 100) {
      throw new IllegalArgumentException("an item is due 1 to 366 days after review, a check 0 to 27 days late, a "
          + "self-check 0 to 90 days after its half, an appraisal's item 1 to 250 working days after its comment; "
          + "an appraisal flags at 1 to 100 %");
    }
  }

  /**
   * @return items due in 30 days, no automatic warning, a check due by the month's last day, a self-check 15 days after
   *     its half [G], an appraisal's item due in 15 working days, an appraisal item flagged at 10 % dissatisfied [G]
   */
  public static CheckPolicy standard() {
    return new CheckPolicy(30, Optional.empty(), WarningLevel.REMINDER, 0, 15, 15, 10);
  }

  /**
   * @param approver the leader whose standing approval turns a second NONE into a warning
   * @return this policy with such warnings
   */
  public CheckPolicy warningWith(OfficialId approver) {
    return new CheckPolicy(itemDays, Optional.of(approver), level, graceDays, selfCheckDays, appraisalWorkingDays,
        flagPercent);
  }

  /** @param reviewed the day a check is reviewed @return the due day of the items it opens */
  public LocalDate itemDue(LocalDate reviewed) {
    return reviewed.plusDays(itemDays);
  }

  /** @param half a half year @return the last day its self-check is due */
  public LocalDate selfCheckDue(HalfYear half) {
    return half.last().plusDays(selfCheckDays);
  }

  /** @param month a month @return the last day its check is on time */
  public LocalDate checkDue(YearMonth month) {
    return month.atEndOfMonth().plusDays(graceDays);
  }
}
