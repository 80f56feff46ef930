package org.lianfang.memory;

import java.util.Comparator;
import java.util.List;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.organization.PostId;
import org.lianfang.spi.ChecksStore;
import org.lianfang.spi.MonthlyChecks;

/** The checks' area of {@link InMemoryStore}: its tables and ports ({@link MemoryStoreCore} on the chain). */
abstract class MemoryChecksStore extends MemoryMonitoringStore implements ChecksStore {
  /** A post and a month are a check's code: one check per post and month. */
  private final Table<MonthlyCheck> checks = table(AggregateKinds.MONTHLY_CHECKS, MonthlyCheck::withVersion,
      c -> List.of(c.post(), c.month()));

  private final MonthlyChecks checksPort = new ChecksPort(checks);

  @Override
  public MonthlyChecks monthlyChecks() {
    return checksPort;
  }

  /** The {@link MonthlyChecks} port, over its table. */
  private static final class ChecksPort extends MemoryRepository<MonthlyCheck, MonthlyCheckId>
      implements MonthlyChecks {
    ChecksPort(Table<MonthlyCheck> t) {
      super(t);
    }

    @Override
    public List<MonthlyCheck> ofPost(PostId post) {
      return table.where(c -> c.post().equals(post)).stream().sorted(Comparator.comparing(MonthlyCheck::month))
          .toList();
    }
  }
}
