package org.lianfang.testing;

import org.junit.jupiter.api.Nested;
import org.lianfang.spi.RiskStore;
import org.lianfang.spi.Store;

/**
 * The port contracts of the risk area (risk points), the repositories of {@link RiskStore}: extend it with a fresh, empty store
 * per call of {@link #newStore()} and JUnit runs {@link RiskPointsContract} against it, each as a {@link Nested} class. A new kind of
 * the area adds its port's contract here, as one more nested class; {@link StoreContract} runs every area's.
 */
public abstract class RiskStoreContract {
  /** @return a new, empty store */
  protected abstract Store newStore();

  /** @return how many generated examples each round-trip property checks */
  protected int examples() {
    return 200;
  }

  /** {@link RiskPointsContract} on this store. */
  @Nested
  public class RiskPointsOfTheStore extends RiskPointsContract {
    @Override
    protected Store newStore() {
      return RiskStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return RiskStoreContract.this.examples();
    }
  }
}
