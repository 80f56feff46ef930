package org.lianfang.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.checks.AppraisalComment;
import org.lianfang.checks.AppraisalCounts;
import org.lianfang.checks.AppraisalLife;
import org.lianfang.checks.AppraisalRating;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.monitoring.Remark;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link org.lianfang.spi.AppraisalRounds}: the {@link RepositoryContract}, with no code of its own
 * (any number of rounds per unit). Extend it with a fresh, empty store per call of {@link #newStore()}.
 */
public abstract class AppraisalRoundsContract extends RepositoryContract<AppraisalRound, AppraisalRoundId> {
  @Override
  protected final Repository<AppraisalRound, AppraisalRoundId> repository(Store store) {
    return store.appraisalRounds();
  }

  @Override
  protected final Gen<AppraisalRound> aggregates(UnitId unit) {
    return ChecksGenerators.appraisalRounds(unit);
  }

  @Override
  protected final AppraisalRound withVersion(AppraisalRound aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /**
   * Columns change as an update may change them: every count of the scale grows, a comment with a sealed contact is added after
   * those stored (comments only grow), and the life moves (closed, with its remarks).
   */
  @Override
  protected final AppraisalRound changed(AppraisalRound r) {
    List<AppraisalCounts> counts = r.counts().stream().map(c -> {
      AppraisalCounts more = c;
      for (AppraisalRating rating : r.plan().scale().ratings()) {
        more = more.plus(AppraisalCounts.of(rating, 1 + rating.ordinal()));
      }
      return more;
    }).toList();
    List<AppraisalComment> comments = new ArrayList<>(r.comments());
    AppraisalRating rating = r.plan().scale().ratings().iterator().next();
    LocalDate last = r.life().closed().map(Remark::day).or(() -> r.life().analysed()).or(() -> r.life().opened())
        .orElse(r.life().planned());
    comments.add(new AppraisalComment(r.counts().size() - 1, rating, "补充意见：窗口服务🀄需改进", Optional.of("电话 138-0000"),
        "fedcba9876543210fedcba9876543210", last, Optional.empty()));
    AppraisalLife life = new AppraisalLife(r.life().planned(), Optional.of(r.life().opened().orElse(last)),
        Optional.of(r.life().analysed().orElse(last)), r.life().flagged().isEmpty() ? List.of(0)
            : r.life().flagged(), Optional.of(new Remark(last.plusDays(1), "已反馈")));
    return AppraisalRound.restore(r.id(), r.unitId(), r.plan(), counts, comments, life, r.version());
  }

  @Override
  protected final Optional<AppraisalRound> rival(AppraisalRound holder) {
    return Optional.empty();
  }
}
