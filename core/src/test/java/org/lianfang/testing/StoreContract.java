package org.lianfang.testing;

import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.lianfang.spi.Store;

/**
 * Every port contract of a {@link Store}'s repositories in one place: extend it with a fresh, empty store per call of
 * {@link #newStore()} and JUnit runs each area's contracts against it ({@link OrganizationStoreContract}, {@link
 * ProcessStoreContract}, {@link RiskStoreContract}, {@link ControlStoreContract}, {@link MonitoringStoreContract},
 * {@link ChecksStoreContract}, {@link EvaluationStoreContract}, {@link CycleStoreContract}), each as a {@link Nested}
 * class of the subclass, whose own nested classes run one port's contract each ({@link UnitsContract}, {@link
 * RiskPointsContract}…). To prove one area alone, extend its contract; one port alone, that port's. A stage that adds
 * an area adds its contract here; a kind added to an area adds its port's contract to the area's. The journal and the
 * transactions have contracts of their own ({@link JournalContract}, {@link TransactionsContract}).
 */
public abstract class StoreContract {
  /** Id order as the ports define it: the UUID's bytes compared unsigned, as databases sort them. */
  public static final Comparator<UUID> ID_ORDER = RepositoryContract.ID_ORDER;

  /** @return a new, empty store */
  protected abstract Store newStore();

  /** @return how many generated examples each round-trip property checks */
  protected int examples() {
    return 200;
  }

  /** {@link OrganizationStoreContract} on this store. */
  @Nested
  public class TheOrganizationArea extends OrganizationStoreContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link ProcessStoreContract} on this store. */
  @Nested
  public class TheProcessArea extends ProcessStoreContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link RiskStoreContract} on this store. */
  @Nested
  public class TheRiskArea extends RiskStoreContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link ControlStoreContract} on this store. */
  @Nested
  public class TheControlArea extends ControlStoreContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link MonitoringStoreContract} on this store. */
  @Nested
  public class TheMonitoringArea extends MonitoringStoreContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link ChecksStoreContract} on this store. */
  @Nested
  public class TheChecksArea extends ChecksStoreContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link EvaluationStoreContract} on this store. */
  @Nested
  public class TheEvaluationArea extends EvaluationStoreContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link CycleStoreContract} on this store. */
  @Nested
  public class TheCycleArea extends CycleStoreContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }
}
