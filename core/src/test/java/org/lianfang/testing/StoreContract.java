package org.lianfang.testing;

import java.util.Comparator;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.lianfang.spi.Store;

/**
 * Every port contract of a {@link Store}'s repositories in one place: extend it with a fresh, empty store per call of
 * {@link #newStore()} and JUnit runs {@link UnitsContract}, {@link PostsContract}, {@link OfficialsContract},
 * {@link TenuresContract}, {@link PowerItemsContract}, {@link ProcessesContract} and {@link RiskPointsContract} against
 * it, each as a {@link Nested} class of the subclass. To prove one port alone, extend that port's contract instead.
 * The journal and the transactions have contracts of their own ({@link JournalContract},
 * {@link TransactionsContract}).
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

  /** {@link UnitsContract} on this store. */
  @Nested
  public class UnitsOfTheStore extends UnitsContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link PostsContract} on this store. */
  @Nested
  public class PostsOfTheStore extends PostsContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link OfficialsContract} on this store. */
  @Nested
  public class OfficialsOfTheStore extends OfficialsContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link TenuresContract} on this store. */
  @Nested
  public class TenuresOfTheStore extends TenuresContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link PowerItemsContract} on this store. */
  @Nested
  public class PowerItemsOfTheStore extends PowerItemsContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link ProcessesContract} on this store. */
  @Nested
  public class ProcessesOfTheStore extends ProcessesContract {
    @Override
    protected Store newStore() {
      return StoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return StoreContract.this.examples();
    }
  }

  /** {@link RiskPointsContract} on this store. */
  @Nested
  public class RiskPointsOfTheStore extends RiskPointsContract {
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
