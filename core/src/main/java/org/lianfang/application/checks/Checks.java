package org.lianfang.application.checks;

import java.util.Optional;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.organization.Post;

/** Finding a monthly check a command names, and whether the actor may act on it. Stateless. */
final class Checks {
  private Checks() {}

  /**
   * @param s the command's session
   * @param id the check named
   * @param op what the command does: on the post ({@code RECORD_CHECKS}) or on the unit
   * @param expectedVersion the version the command expects, if any
   * @return the check and its post, or the refusal: as for a check that does not exist if the actor may not read the
   *     unit's organisation (issue 10, finding 12), not allowed, or stale
   */
  static Found find(Session s, MonthlyCheckId id, Operation op, java.util.OptionalLong expectedVersion) {
    Refusal unknown = Refusals.unknown("月查", "monthly check", id);
    Optional<MonthlyCheck> check = s.store().monthlyChecks().find(id);
    Optional<Post> post = check.flatMap(c -> s.store().posts().find(c.post()));
    if (check.isEmpty() || post.isEmpty()) {
      return new Found(null, null, Optional.of(unknown));
    }
    MonthlyCheck c = check.get();
    Optional<Refusal> denied = op == Operation.RECORD_CHECKS
        ? RecordMonthlyCheckHandler.denyOnPost(s, op, c.unitId(), post.get(), unknown)
        : s.denyUnseen(op, c.unitId(), unknown);
    Optional<Refusal> refused = denied.or(() -> VersionCheck.refuseIfStale(c, expectedVersion, "月查",
        "monthly check"));
    return new Found(c, post.get(), refused);
  }

  /** A check and its post, or why the command is refused. */
  record Found(MonthlyCheck check, Post post, Optional<Refusal> refused) {}
}
