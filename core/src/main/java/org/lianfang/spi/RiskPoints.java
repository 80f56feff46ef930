package org.lianfang.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lianfang.UnitId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.NoticeAudience;
import org.lianfang.risk.NoticeKey;
import org.lianfang.risk.PointStanding;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskPoint;

/**
 * The risk points (廉政风险点): the {@link Repository} contract, plus the numbering of a unit's codes, the points on
 * a post and the pages of points on public view.
 */
public interface RiskPoints extends Repository<RiskPoint, RiskPointId> {
  /**
   * Takes the number of the unit's next risk point code (昆明-0001, 昆明-0002, …): one more than the last number taken
   * in the unit, or than the largest number a point restored into it since ends in (inserted at version 1 or more),
   * or, the first time, than the larger of the number of points it holds and the largest number their codes end in
   * ({@link org.lianfang.risk.RiskPointCodes#number}; those restored from a ledger or loaded in bulk may hold any), so
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

  /**
   * Where each of a unit's points stands, as the annual cycle's closing reads them (S-16): by default from {@link
   * #inUnit}; a store may read only what a {@link PointStanding} holds (the JDBC store: the points' main rows, none of
   * their lists).
   *
   * @param unit a unit
   * @return where each of its points stands, in the order of {@link #inUnit}
   */
  default List<PointStanding> standings(UnitId unit) {
    return inUnit(unit).stream().map(PointStanding::of).toList();
  }

  /** @param post a post @return the risk points on it, in id order */
  List<RiskPoint> onPost(PostId post);

  /**
   * A page of the points on public view (S-5, S-6; issue 10, bounded public reads): those {@link ReviewState#PUBLISHED}
   * or {@link ReviewState#CONFIRMED} whose notice's audience is among {@code audiences} and whose notice started on or
   * before {@code today}, in the given units, in {@link NoticeKey} order, after {@code after}. By default each unit's
   * points are read whole, one unit after another, until the page is full; a store with a query for it (the JDBC
   * store: a key query on the index of V009, then the page's points) touches the keys of the points on notice in the
   * units it looks at and reads whole only the page's, so an anonymous caller cannot make it read a city.
   *
   * @param units the units to read, any number, in any order
   * @param audiences the audiences whose notices count
   * @param today the day the notices must have started by
   * @param after where the page before ended, if any
   * @param limit the most points, from 1
   * @return up to {@code limit} points, in {@link NoticeKey} order
   */
  default List<RiskPoint> onNotice(Collection<UnitId> units, Set<NoticeAudience> audiences, LocalDate today,
      Optional<NoticeKey> after, int limit) {
    List<UnitId> sorted = units.stream().distinct().sorted((a, b) -> NoticeKey.UUID_ORDER.compare(a.value(),
        b.value())).toList();
    List<RiskPoint> page = new ArrayList<>();
    for (UnitId unit : sorted) {
      if (after.isPresent() && NoticeKey.UUID_ORDER.compare(unit.value(), after.get().unit().value()) < 0) {
        continue;
      }
      inUnit(unit).stream()
          .filter(r -> isOnNotice(r, audiences, today))
          .filter(r -> after.isEmpty() || new NoticeKey(unit, r.id()).compareTo(after.get()) > 0)
          .sorted((a, b) -> NoticeKey.UUID_ORDER.compare(a.id().value(), b.id().value()))
          .limit(limit - page.size())
          .forEach(page::add);
      if (page.size() == limit) {
        break;
      }
    }
    return page;
  }

  /**
   * @param r a point
   * @param audiences the audiences whose notices count
   * @param today the day the notice must have started by
   * @return whether {@link #onNotice(Collection, Set, LocalDate, Optional, int)} is to return it
   */
  static boolean isOnNotice(RiskPoint r, Set<NoticeAudience> audiences, LocalDate today) {
    return (r.state() == ReviewState.PUBLISHED || r.state() == ReviewState.CONFIRMED) && r.notice().isPresent()
        && audiences.contains(r.notice().get().audience()) && !today.isBefore(r.notice().get().start());
  }
}
