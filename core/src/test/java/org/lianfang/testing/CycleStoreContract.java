package org.lianfang.testing;

import org.junit.jupiter.api.Nested;
import org.lianfang.spi.Store;

/**
 * The contracts of the annual cycle's repositories ({@link org.lianfang.spi.CycleStore}): extend it with a fresh, empty
 * store per call of {@link #newStore()} and JUnit runs {@link AnnualCyclesContract} and {@link RegistersContract}
 * against it, as {@link Nested} classes. A new kind of the area adds its port's contract here; {@link StoreContract}
 * runs every area's.
 */
public abstract class CycleStoreContract {
  /** @return a new, empty store */
  protected abstract Store newStore();

  /** @return how many generated examples each round-trip property checks */
  protected int examples() {
    return 200;
  }

  /** {@link AnnualCyclesContract} on this store. */
  @Nested
  public class AnnualCyclesOfTheStore extends AnnualCyclesContract {
    @Override
    protected Store newStore() {
      return CycleStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return CycleStoreContract.this.examples();
    }
  }

  /** {@link RegistersContract} on this store. */
  @Nested
  public class RegistersOfTheStore extends RegistersContract {
    @Override
    protected Store newStore() {
      return CycleStoreContract.this.newStore();
    }
  }
}
