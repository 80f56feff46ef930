package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.checks.CheckRow;
import org.lianfang.checks.CheckState;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.spi.MonthlyChecks;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link MonthlyChecks}: the {@link RepositoryContract}, where a post and a month are a check's code
 * (a second check of the same post and month is refused as stale), and a post's checks by month. Extend it with a
 * fresh, empty store per call of {@link #newStore()}.
 */
public abstract class MonthlyChecksContract extends RepositoryContract<MonthlyCheck, MonthlyCheckId> {
  @Override
  protected final Repository<MonthlyCheck, MonthlyCheckId> repository(Store store) {
    return store.monthlyChecks();
  }

  @Override
  protected final Gen<MonthlyCheck> aggregates(UnitId unit) {
    return ChecksGenerators.monthlyChecks(unit);
  }

  @Override
  protected final MonthlyCheck withVersion(MonthlyCheck aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /**
   * Columns and rows change: another checker, the rows in reverse order, and one step further as far as the table
   * allows (an open check submitted, a submitted one returned, a reviewed one as it was).
   */
  @Override
  protected final MonthlyCheck changed(MonthlyCheck c) {
    MonthlyCheck moved = c.state() == CheckState.REVIEWED ? c : ChecksGenerators.walk(c, List.of(0), "改变");
    List<CheckRow> rows = new ArrayList<>(moved.rows());
    Collections.reverse(rows);
    return MonthlyCheck.restore(c.id(), c.unitId(), c.post(), c.month(), new OfficialId(UUID.randomUUID()),
        c.opened(), rows, moved.life(), c.version());
  }

  @Override
  protected final Optional<MonthlyCheck> rival(MonthlyCheck holder) {
    return Optional.of(MonthlyCheck.open(new MonthlyCheckId(UUID.randomUUID()), holder.unitId(), holder.post(),
        holder.month(), holder.checker(), List.of(), holder.opened()).orElseThrow().after());
  }

  @Test
  public void aPostsChecksComeByMonthAndOnlyItsOwn() {
    MonthlyChecks checks = store().monthlyChecks();
    UnitId unit = new UnitId(UUID.randomUUID());
    PostId post = new PostId(UUID.randomUUID());
    List<MonthlyCheck> written = new ArrayList<>();
    for (int m : List.of(11, 3, 7)) {
      YearMonth month = YearMonth.of(2010, m);
      MonthlyCheck c = MonthlyCheck.open(new MonthlyCheckId(UUID.randomUUID()), unit, post, month,
          new OfficialId(UUID.randomUUID()), List.of(), month.atDay(2)).orElseThrow().after();
      checks.insert(c);
      written.add(c.withVersion(1));
    }
    MonthlyCheck other = MonthlyCheck.open(new MonthlyCheckId(UUID.randomUUID()), unit, new PostId(UUID.randomUUID()),
        YearMonth.of(2010, 3), new OfficialId(UUID.randomUUID()), List.of(), LocalDate.of(2010, 3, 2))
        .orElseThrow().after();
    checks.insert(other);
    assertEquals(List.of(written.get(1), written.get(2), written.get(0)), checks.ofPost(post));
    assertEquals(List.of(), checks.ofPost(new PostId(UUID.randomUUID())));
  }
}
