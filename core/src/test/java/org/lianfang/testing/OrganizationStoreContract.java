package org.lianfang.testing;

import org.junit.jupiter.api.Nested;
import org.lianfang.spi.OrganizationStore;
import org.lianfang.spi.Store;

/**
 * The port contracts of the organization area (units, posts, officials, tenures, power items), the repositories of {@link OrganizationStore}: extend it with a fresh, empty store
 * per call of {@link #newStore()} and JUnit runs {@link UnitsContract}, {@link PostsContract}, {@link OfficialsContract}, {@link TenuresContract}, {@link PowerItemsContract} against it, each as a {@link Nested} class. A new kind of
 * the area adds its port's contract here, as one more nested class; {@link StoreContract} runs every area's.
 */
public abstract class OrganizationStoreContract {
  /** @return a new, empty store */
  protected abstract Store newStore();

  /** @return how many generated examples each round-trip property checks */
  protected int examples() {
    return 200;
  }

  /** {@link UnitsContract} on this store. */
  @Nested
  public class UnitsOfTheStore extends UnitsContract {
    @Override
    protected Store newStore() {
      return OrganizationStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return OrganizationStoreContract.this.examples();
    }
  }

  /** {@link PostsContract} on this store. */
  @Nested
  public class PostsOfTheStore extends PostsContract {
    @Override
    protected Store newStore() {
      return OrganizationStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return OrganizationStoreContract.this.examples();
    }
  }

  /** {@link OfficialsContract} on this store. */
  @Nested
  public class OfficialsOfTheStore extends OfficialsContract {
    @Override
    protected Store newStore() {
      return OrganizationStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return OrganizationStoreContract.this.examples();
    }
  }

  /** {@link TenuresContract} on this store. */
  @Nested
  public class TenuresOfTheStore extends TenuresContract {
    @Override
    protected Store newStore() {
      return OrganizationStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return OrganizationStoreContract.this.examples();
    }
  }

  /** {@link PowerItemsContract} on this store. */
  @Nested
  public class PowerItemsOfTheStore extends PowerItemsContract {
    @Override
    protected Store newStore() {
      return OrganizationStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return OrganizationStoreContract.this.examples();
    }
  }
}
