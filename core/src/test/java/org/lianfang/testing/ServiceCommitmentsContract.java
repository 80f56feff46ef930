package org.lianfang.testing;

import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.control.CommitmentLife;
import org.lianfang.control.CommitmentState;
import org.lianfang.control.CommitmentTerms;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.organization.PostId;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;



/**
 * The contract of {@link org.lianfang.spi.ServiceCommitments}: the {@link RepositoryContract}; commitments have no
 * code, so nothing but the id is unique. Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class ServiceCommitmentsContract
    extends RepositoryContract<ServiceCommitment, ServiceCommitmentId> {
  @Override
  protected final Repository<ServiceCommitment, ServiceCommitmentId> repository(Store store) {
    return store.serviceCommitments();
  }

  @Override
  protected final Gen<ServiceCommitment> aggregates(UnitId unit) {
    return ControlGenerators.commitments(unit);
  }

  @Override
  protected final ServiceCommitment withVersion(ServiceCommitment aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /** Columns change: the content, the time limit, the post, the period's end, and the life (steps further, or back). */
  @Override
  protected final ServiceCommitment changed(ServiceCommitment c) {
    CommitmentTerms t = c.terms();
    CommitmentTerms revised = new CommitmentTerms(t.dimension(), t.content() + "（修订）", t.target(),
        t.timeLimitDays().isPresent() ? Optional.empty() : Optional.of(3), t.holder(),
        t.post().isPresent() ? Optional.empty() : Optional.of(new PostId(t.holder().value())), t.from(),
        t.until().plusDays(1));
    CommitmentLife life = c.state() == CommitmentState.PROPOSED
        ? ControlGenerators.commitmentLife(c.proposed(), 6, "逾期")
        : ControlGenerators.commitmentLife(c.proposed(), 0, "");
    return ServiceCommitment.restore(c.id(), c.unitId(), revised, c.proposed(), life, c.version());
  }

  @Override
  protected final Optional<ServiceCommitment> rival(ServiceCommitment holder) {
    return Optional.empty();
  }
}
