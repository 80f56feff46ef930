package org.lianfang.testing;

import org.junit.jupiter.api.Nested;
import org.lianfang.spi.MonitoringStore;
import org.lianfang.spi.Store;

/**
 * The port contracts of the third line (warnings, rectification items, reports), the repositories of {@link
 * MonitoringStore}: extend it with a fresh, empty store per call of {@link #newStore()} and JUnit runs {@link
 * WarningsContract}, {@link RectificationItemsContract}, {@link ReportsContract} and {@link SupervisionCasesContract}
 * against it, as {@link Nested} classes. A new kind of the area adds its port's contract here; {@link StoreContract}
 * runs every area's.
 */
public abstract class MonitoringStoreContract {
  /** @return a new, empty store */
  protected abstract Store newStore();

  /** @return how many generated examples each round-trip property checks */
  protected int examples() {
    return 200;
  }

  /** {@link WarningsContract} on this store. */
  @Nested
  public class WarningsOfTheStore extends WarningsContract {
    @Override
    protected Store newStore() {
      return MonitoringStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return MonitoringStoreContract.this.examples();
    }
  }

  /** {@link RectificationItemsContract} on this store. */
  @Nested
  public class RectificationItemsOfTheStore extends RectificationItemsContract {
    @Override
    protected Store newStore() {
      return MonitoringStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return MonitoringStoreContract.this.examples();
    }
  }

  /** {@link ReportsContract} on this store. */
  @Nested
  public class ReportsOfTheStore extends ReportsContract {
    @Override
    protected Store newStore() {
      return MonitoringStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return MonitoringStoreContract.this.examples();
    }
  }

  /** {@link SupervisionCasesContract} on this store. */
  @Nested
  public class SupervisionCasesOfTheStore extends SupervisionCasesContract {
    @Override
    protected Store newStore() {
      return MonitoringStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return MonitoringStoreContract.this.examples();
    }
  }
}
