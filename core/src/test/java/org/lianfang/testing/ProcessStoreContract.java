package org.lianfang.testing;

import org.junit.jupiter.api.Nested;
import org.lianfang.spi.ProcessStore;
import org.lianfang.spi.Store;

/**
 * The port contracts of the process area (business processes), the repositories of {@link ProcessStore}: extend it with a fresh, empty store
 * per call of {@link #newStore()} and JUnit runs {@link ProcessesContract} against it, each as a {@link Nested} class. A new kind of
 * the area adds its port's contract here, as one more nested class; {@link StoreContract} runs every area's.
 */
public abstract class ProcessStoreContract {
  /** @return a new, empty store */
  protected abstract Store newStore();

  /** @return how many generated examples each round-trip property checks */
  protected int examples() {
    return 200;
  }

  /** {@link ProcessesContract} on this store. */
  @Nested
  public class ProcessesOfTheStore extends ProcessesContract {
    @Override
    protected Store newStore() {
      return ProcessStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return ProcessStoreContract.this.examples();
    }
  }
}
