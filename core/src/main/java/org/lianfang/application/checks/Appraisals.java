package org.lianfang.application.checks;

import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;

/** Finding a public appraisal round a command names, and whether the actor may act on it. Stateless. */
final class Appraisals {
  private Appraisals() {}

  /**
   * @param s the command's session
   * @param id the round named
   * @param expectedVersion the version the command expects, if any
   * @return the round, or the refusal: as for one that does not exist if the actor may not read its unit's
   *     organisation (issue 10, finding 12), not allowed (every step needs {@code REVIEW_CHECKS} on its unit), or
   *     stale
   */
  static Found find(Session s, AppraisalRoundId id, OptionalLong expectedVersion) {
    Refusal unknown = Refusals.unknown("群众评议", "appraisal round", id);
    Optional<AppraisalRound> found = s.store().appraisalRounds().find(id);
    if (found.isEmpty()) {
      return new Found(null, Optional.of(unknown));
    }
    AppraisalRound r = found.get();
    Optional<Refusal> refused = s.denyUnseen(Operation.REVIEW_CHECKS, r.unitId(), unknown)
        .or(() -> VersionCheck.refuseIfStale(r, expectedVersion, "群众评议", "appraisal round"));
    return new Found(r, refused);
  }

  /** A round, or why the command is refused. */
  record Found(AppraisalRound round, Optional<Refusal> refused) {}
}
