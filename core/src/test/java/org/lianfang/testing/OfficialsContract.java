package org.lianfang.testing;

import java.util.Optional;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.spi.Officials;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link Officials}: the {@link RepositoryContract}, with staff numbers unique within their unit.
 * Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class OfficialsContract extends RepositoryContract<Official, OfficialId> {
  @Override
  protected final Repository<Official, OfficialId> repository(Store store) {
    return store.officials();
  }

  @Override
  protected final Gen<Official> aggregates(UnitId unit) {
    return OrganizationGenerators.officials(unit);
  }

  @Override
  protected final Official withVersion(Official aggregate, long version) {
    return aggregate.withVersion(version);
  }

  @Override
  protected final Official changed(Official o) {
    return Official.restore(o.id(), o.unitId(), o.staffNumber(), o.name() + "（改）", o.version());
  }

  @Override
  protected final Optional<Official> rival(Official holder) {
    return Optional.of(Official.register(new OfficialId(UUID.randomUUID()), holder.unitId(), holder.staffNumber(),
        "他人").after());
  }
}
