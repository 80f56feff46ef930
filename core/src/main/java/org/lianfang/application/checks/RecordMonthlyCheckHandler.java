package org.lianfang.application.checks;

import java.util.List;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Concerned;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.internal.Ids;
import org.lianfang.organization.Post;

/**
 * Opens a post's monthly check (P-22): answered as for a post that does not exist if the actor may not read the unit's
 * organisation (issue 10, finding 12); refused unless the actor may record the post's checks; the checker must be an
 * official of the unit or above, the month this one or earlier and not yet checked for the post, and every row a
 * measure in force on the post's risk points, its problem and requirement there exactly when it falls short.
 */
final class RecordMonthlyCheckHandler implements CommandHandler<RecordMonthlyCheck, MonthlyCheckId> {
  private final Ids ids;

  RecordMonthlyCheckHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<MonthlyCheckId> execute(Session s, RecordMonthlyCheck c) {
    Refusal unknown = Refusals.unknown("岗位", "post", c.post());
    Optional<Post> post = s.store().posts().find(c.post());
    if (post.isEmpty()) {
      return Outcome.refused(unknown);
    }
    UnitId unit = post.get().unitId();
    Optional<Refusal> denied = denyOnPost(s, Operation.RECORD_CHECKS, unit, post.get(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> checker = Concerned.people(s, unit, Optional.empty(), List.of(c.checker()));
    if (checker.isPresent()) {
      return Outcome.refused(checker.get());
    }
    if (s.store().monthlyChecks().ofPost(c.post()).stream().anyMatch(k -> k.month().equals(c.month()))) {
      return Outcome.refused(Refusals.invalid("month", "OncePerMonth", "检查月份", "month checked",
          "岗位 " + post.get().code() + " 已有 " + c.month() + " 的月查", "post " + post.get().code()
              + " has a check of " + c.month() + " already"));
    }
    PostMeasures.Rows rows = PostMeasures.of(s, unit, c.post()).rows(c.rows());
    if (rows.refused().isPresent()) {
      return Outcome.refused(rows.refused().get());
    }
    MonthlyCheckId id = new MonthlyCheckId(ids.next());
    return MonthlyCheck.open(id, unit, c.post(), c.month(), c.checker(), rows.rows(), s.today()).map(change -> {
      s.store().monthlyChecks().insert(s.record(change));
      return id;
    });
  }

  /**
   * @return empty if the actor may do the operation on the post; else the refusal, or {@code unknown} if the actor
   *     may not even read the unit's organisation (one answer for unknown and not allowed)
   */
  static Optional<Refusal> denyOnPost(Session s, Operation op, UnitId unit, Post post, Refusal unknown) {
    Optional<Refusal> denied = s.denyOnPost(op, unit, Optional.of(post.id()));
    return denied.isEmpty() || s.may(Operation.READ_ORGANIZATION, unit, false) ? denied : Optional.of(unknown);
  }
}
