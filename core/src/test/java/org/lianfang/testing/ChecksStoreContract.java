package org.lianfang.testing;

import org.junit.jupiter.api.Nested;
import org.lianfang.spi.ChecksStore;
import org.lianfang.spi.Store;

/**
 * The port contracts of the checks (monthly checks), the repositories of {@link ChecksStore}: extend it with a fresh,
 * empty store per call of {@link #newStore()} and JUnit runs {@link MonthlyChecksContract} against it, as a
 * {@link Nested} class. A new kind of the area adds its port's contract here; {@link StoreContract} runs every area's.
 */
public abstract class ChecksStoreContract {
  /** @return a new, empty store */
  protected abstract Store newStore();

  /** @return how many generated examples each round-trip property checks */
  protected int examples() {
    return 200;
  }

  /** {@link MonthlyChecksContract} on this store. */
  @Nested
  public class MonthlyChecksOfTheStore extends MonthlyChecksContract {
    @Override
    protected Store newStore() {
      return ChecksStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return ChecksStoreContract.this.examples();
    }
  }
}
