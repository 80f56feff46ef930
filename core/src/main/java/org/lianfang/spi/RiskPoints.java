package org.lianfang.spi;

import java.util.List;
import org.lianfang.UnitId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskPoint;

/**
 * The risk points (廉政风险点): the {@link Repository} contract, plus the numbering of a unit's codes and the points on
 * a post.
 */
public interface RiskPoints extends Repository<RiskPoint, RiskPointId> {
  /**
   * Takes the number of the unit's next risk point code (昆明-0001, 昆明-0002, …): one more than the last number taken
   * in the unit, or than the largest number a point restored into it since ends in (inserted at version 1 or more),
   * or, the first time, than the larger of the number of points it holds and the largest number their codes end in
   * ({@link org.lianfang.risk.RiskPoint#codeNumber}; those restored from a ledger or loaded in bulk may hold any), so
   * codes never repeat, retired points included (issue 10, finding 9). Taken with the surrounding transaction: a
   * rollback gives the number back, and a second transaction numbering in the same unit waits for the first to end,
   * or fails as a retryable {@link org.lianfang.StaleAggregateException}, and never takes the same number. One row
   * read and written, whatever the size of the unit (issue 9), after the first number, which reads the unit's codes
   * once.
   *
   * @param unit a unit
   * @return the number taken, from 1
   */
  long nextCodeNumber(UnitId unit);

  /** @param post a post @return the risk points on it, in id order */
  List<RiskPoint> onPost(PostId post);
}
