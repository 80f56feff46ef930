package org.lianfang.checks;

import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * How many respondents gave each rating to one item of a public appraisal (P-25: counts only, never who). Immutable and
 * thread-safe.
 *
 * @param verySatisfied 非常满意
 * @param satisfied 满意
 * @param basicallySatisfied 基本满意
 * @param dissatisfied 不满意
 * @param veryDissatisfied 非常不满意
 * @param unknown 不了解
 */
public record AppraisalCounts(int verySatisfied, int satisfied, int basicallySatisfied, int dissatisfied,
    int veryDissatisfied, int unknown) implements Archivable {
  /** No answer yet. */
  public static final AppraisalCounts NONE = new AppraisalCounts(0, 0, 0, 0, 0, 0);

  /** @throws IllegalArgumentException if a count is negative */
  public AppraisalCounts {
    if ((verySatisfied | satisfied | basicallySatisfied | dissatisfied | veryDissatisfied | unknown) < 0) {
      throw new IllegalArgumentException("a count is 0 or more");
    }
  }

  /** @param rating a rating @return how many gave it */
  public int of(AppraisalRating rating) {
    return switch (rating) {
      case VERY_SATISFIED -> verySatisfied;
      case SATISFIED -> satisfied;
      case BASICALLY_SATISFIED -> basicallySatisfied;
      case DISSATISFIED -> dissatisfied;
      case VERY_DISSATISFIED -> veryDissatisfied;
      case UNKNOWN -> unknown;
    };
  }

  /**
   * @param other more counts
   * @return the sums
   * @throws ArithmeticException if a sum overflows
   */
  public AppraisalCounts plus(AppraisalCounts other) {
    return new AppraisalCounts(Math.addExact(verySatisfied, other.verySatisfied), Math.addExact(satisfied,
        other.satisfied), Math.addExact(basicallySatisfied, other.basicallySatisfied), Math.addExact(dissatisfied,
        other.dissatisfied), Math.addExact(veryDissatisfied, other.veryDissatisfied), Math.addExact(unknown,
        other.unknown));
  }

  /** @param rating a rating @return one answer of it */
  public static AppraisalCounts one(AppraisalRating rating) {
    return of(rating, 1);
  }

  /**
   * @param rating a rating
   * @param n how many gave it, 0 or more
   * @return that many answers of it
   */
  public static AppraisalCounts of(AppraisalRating rating, int n) {
    return new AppraisalCounts(rating == AppraisalRating.VERY_SATISFIED ? n : 0,
        rating == AppraisalRating.SATISFIED ? n : 0, rating == AppraisalRating.BASICALLY_SATISFIED ? n : 0,
        rating == AppraisalRating.DISSATISFIED ? n : 0, rating == AppraisalRating.VERY_DISSATISFIED ? n : 0,
        rating == AppraisalRating.UNKNOWN ? n : 0);
  }

  /** @return every answer counted, 不了解 too */
  public long total() {
    return (long) verySatisfied + satisfied + basicallySatisfied + dissatisfied + veryDissatisfied + unknown;
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("verySatisfied", verySatisfied).put("satisfied", satisfied)
        .put("basicallySatisfied", basicallySatisfied).put("dissatisfied", dissatisfied)
        .put("veryDissatisfied", veryDissatisfied).put("unknown", unknown).build();
  }
}
