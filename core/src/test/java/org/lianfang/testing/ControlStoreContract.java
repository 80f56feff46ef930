package org.lianfang.testing;

import org.junit.jupiter.api.Nested;
import org.lianfang.spi.ControlStore;
import org.lianfang.spi.Store;

/**
 * The port contracts of the control area (control measures, education activities, power disclosures, service
 * commitments), the repositories of {@link ControlStore}: extend it with a fresh, empty store per call of {@link
 * #newStore()} and JUnit runs {@link ControlMeasuresContract}, {@link EducationActivitiesContract}, {@link
 * PowerDisclosuresContract} and {@link ServiceCommitmentsContract} against it, as {@link Nested} classes. A new kind
 * of the area adds its port's contract here; {@link StoreContract} runs every area's.
 */
public abstract class ControlStoreContract {
  /** @return a new, empty store */
  protected abstract Store newStore();

  /** @return how many generated examples each round-trip property checks */
  protected int examples() {
    return 200;
  }

  /** {@link ControlMeasuresContract} on this store. */
  @Nested
  public class ControlMeasuresOfTheStore extends ControlMeasuresContract {
    @Override
    protected Store newStore() {
      return ControlStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return ControlStoreContract.this.examples();
    }
  }
  /** {@link EducationActivitiesContract} on this store. */
  @Nested
  public class EducationActivitiesOfTheStore extends EducationActivitiesContract {
    @Override
    protected Store newStore() {
      return ControlStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return ControlStoreContract.this.examples();
    }
  }

  /** {@link PowerDisclosuresContract} on this store. */
  @Nested
  public class PowerDisclosuresOfTheStore extends PowerDisclosuresContract {
    @Override
    protected Store newStore() {
      return ControlStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return ControlStoreContract.this.examples();
    }
  }

  /** {@link ServiceCommitmentsContract} on this store. */
  @Nested
  public class ServiceCommitmentsOfTheStore extends ServiceCommitmentsContract {
    @Override
    protected Store newStore() {
      return ControlStoreContract.this.newStore();
    }

    @Override
    protected int examples() {
      return ControlStoreContract.this.examples();
    }
  }
}
