package org.lianfang.testing;

import org.junit.jupiter.api.Nested;
import org.lianfang.spi.ChecksStore;
import org.lianfang.spi.Store;

/**
 * The port contracts of the checks (monthly checks, special inspections and their findings), the repositories of {@link
 * ChecksStore}: extend it with a fresh, empty store per call of {@link #newStore()} and JUnit runs {@link
 * MonthlyChecksContract}, {@link SpecialInspectionsContract}, {@link InspectionFindingsContract}, {@link
 * SelfCheckReportsContract} and {@link AppraisalRoundsContract} against it, as {@link Nested} classes. A new kind of
 * the area adds its port's contract here; {@link StoreContract} runs every area's.
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

  /** {@link SpecialInspectionsContract} on this store. */
  @Nested
  public class SpecialInspectionsOfTheStore extends SpecialInspectionsContract {
    @Override
    protected Store newStore() {
      return ChecksStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return ChecksStoreContract.this.examples();
    }
  }

  /** {@link InspectionFindingsContract} on this store. */
  @Nested
  public class InspectionFindingsOfTheStore extends InspectionFindingsContract {
    @Override
    protected Store newStore() {
      return ChecksStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return ChecksStoreContract.this.examples();
    }
  }

  /** {@link SelfCheckReportsContract} on this store. */
  @Nested
  public class SelfCheckReportsOfTheStore extends SelfCheckReportsContract {
    @Override
    protected Store newStore() {
      return ChecksStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return ChecksStoreContract.this.examples();
    }
  }

  /** {@link AppraisalRoundsContract} on this store. */
  @Nested
  public class AppraisalRoundsOfTheStore extends AppraisalRoundsContract {
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
