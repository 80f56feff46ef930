package org.lianfang.application.evaluation;

import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.EvaluationPolicy;

/** Finding an evaluation a command names, and whether the actor may act on it. Stateless. */
final class Evaluations {
  private Evaluations() {}

  /**
   * @param s the command's session
   * @param id the evaluation named
   * @param policy the instance's policy, which must be the evaluation's
   * @param expectedVersion the version the command expects, if any
   * @return the evaluation, or the refusal: as for one that does not exist if the actor may not read its unit's
   *     organisation (issue 10, finding 12), not allowed (every step needs {@code EVALUATE}, from a unit above it),
   *     stale, or scored under another policy than the instance's
   */
  static Found find(Session s, AnnualEvaluationId id, EvaluationPolicy policy, OptionalLong expectedVersion) {
    Refusal unknown = Refusals.unknown("年度考核", "annual evaluation", id);
    Optional<AnnualEvaluation> found = s.store().annualEvaluations().find(id);
    if (found.isEmpty()) {
      return new Found(null, Optional.of(unknown));
    }
    AnnualEvaluation e = found.get();
    Optional<Refusal> refused = s.denyUnseen(Operation.EVALUATE, e.unitId(), unknown)
        .or(() -> VersionCheck.refuseIfStale(e, expectedVersion, "年度考核", "annual evaluation"))
        .or(() -> e.policy().equals(policy.version()) ? Optional.empty() : Optional.of(Refusals.rule(
            "该考核按 " + e.policy().name() + "@" + e.policy().version() + " 计分，与本实例的考核办法 " + policy.version()
                .name() + "@" + policy.version().version() + " 不同", "the evaluation is scored under "
                + e.policy().name() + "@" + e.policy().version() + ", not the instance's " + policy.version().name()
                + "@" + policy.version().version())));
    return new Found(e, refused);
  }

  /** An evaluation, or why the command is refused. */
  record Found(AnnualEvaluation evaluation, Optional<Refusal> refused) {}
}
