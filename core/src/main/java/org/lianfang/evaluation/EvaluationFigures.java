package org.lianfang.evaluation;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import org.lianfang.UnitId;

/**
 * What a unit's year holds, as the annual evaluation reads it from its records on one day (S-11, P-24): every count
 * an {@link EvaluationPolicy} may score. Immutable and thread-safe.
 *
 * @param unit the unit
 * @param year the year evaluated
 * @param asOf the day the records were read
 * @param points its risk points confirmed and not retired
 * @param pointsOwned of them, those with their three owners named (P-7)
 * @param pointsCovered of them, those with a control measure in force (P-14)
 * @param powerItems its power items
 * @param powerItemsDisclosed of them, those with a disclosure in effect (P-15)
 * @param checksDue the monthly checks owed in the year: a post and a month with a measure in force by its due day
 * @param checksSubmitted of them, those submitted (P-22)
 * @param ratedFull the rows of the year's submitted checks rated FULL
 * @param ratedPartial rated PARTIAL
 * @param ratedNone rated NONE
 * @param itemsOverdue rectification items overdue on {@code asOf} (P-21)
 * @param reportsOpen reports received in the year and not closed on {@code asOf} (P-19)
 * @param leadersHeldAccountable accountability records of the year naming an official then holding a principal
 *     leader's post of the unit
 * @param othersHeldAccountable accountability records of the year naming anyone else
 * @param appraisalScored the scored answers of the public appraisal rounds analysed in the year (P-25)
 * @param appraisalSatisfied of them, those neither dissatisfied nor 不了解
 */
public record EvaluationFigures(UnitId unit, Year year, LocalDate asOf, int points, int pointsOwned,
    int pointsCovered, int powerItems, int powerItemsDisclosed, int checksDue, int checksSubmitted, int ratedFull,
    int ratedPartial, int ratedNone, int itemsOverdue, int reportsOpen, int leadersHeldAccountable,
    int othersHeldAccountable, long appraisalScored, long appraisalSatisfied) {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a count is negative or a part exceeds its whole
   */
  public EvaluationFigures {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(asOf, "asOf");
    if ((points | pointsOwned | pointsCovered | powerItems | powerItemsDisclosed | checksDue | checksSubmitted
        | ratedFull | ratedPartial | ratedNone | itemsOverdue | reportsOpen | leadersHeldAccountable
        | othersHeldAccountable) < 0 || appraisalScored < 0 || appraisalSatisfied < 0
        || pointsOwned > points || pointsCovered > points || powerItemsDisclosed > powerItems
        || appraisalSatisfied > appraisalScored) {
      throw new IllegalArgumentException("a count is 0 or more, and a part no more than its whole");
    }
  }

  /** @return the rows rated in the year's submitted checks */
  public int rated() {
    return ratedFull + ratedPartial + ratedNone;
  }

  /** @return whether anyone was held accountable in the year (P-24: no 优秀 then) */
  public boolean anyoneHeldAccountable() {
    return leadersHeldAccountable + othersHeldAccountable > 0;
  }
}
