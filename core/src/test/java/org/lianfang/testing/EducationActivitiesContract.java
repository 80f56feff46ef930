package org.lianfang.testing;

import com.google.common.collect.Lists;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.UnitId;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationActivityId;
import org.lianfang.control.EducationContent;
import org.lianfang.control.Withdrawal;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link org.lianfang.spi.EducationActivities}: the {@link RepositoryContract}; activities have no
 * code, so nothing but the id is unique. Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class EducationActivitiesContract
    extends RepositoryContract<EducationActivity, EducationActivityId> {
  @Override
  protected final Repository<EducationActivity, EducationActivityId> repository(Store store) {
    return store.educationActivities();
  }

  @Override
  protected final Gen<EducationActivity> aggregates(UnitId unit) {
    return ControlGenerators.activities(unit);
  }

  @Override
  protected final EducationActivity withVersion(EducationActivity aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /** Columns and lists change: the topic, the hours, the attendees, the posts' order, the points, the withdrawal. */
  @Override
  protected final EducationActivity changed(EducationActivity a) {
    EducationContent c = a.content();
    EducationContent revised = new EducationContent(c.form(), c.held(), c.topic() + "（更正）", c.lecturer(),
        c.lecturerId(), c.attendees().subList(0, 1), c.hours().compareTo(BigDecimal.TEN) > 0
            ? c.hours().subtract(BigDecimal.ONE) : c.hours().add(BigDecimal.ONE), Lists.reverse(c.posts()),
        c.points().isEmpty() ? List.of(new RiskPointId(UUID.randomUUID())) : List.of(), c.evidence());
    Optional<Withdrawal> withdrawal = a.withdrawal().isPresent() ? Optional.empty()
        : Optional.of(new Withdrawal(a.recorded(), "误录"));
    return EducationActivity.restore(a.id(), a.unitId(), revised, a.recorded(), withdrawal, a.version());
  }

  @Override
  protected final Optional<EducationActivity> rival(EducationActivity holder) {
    return Optional.empty();
  }
}
