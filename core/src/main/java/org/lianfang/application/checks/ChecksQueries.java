package org.lianfang.application.checks;

import java.util.List;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;

/**
 * The reads of the checks: a unit's monthly checks, for whoever may read its checks (the discipline body, the unit's
 * leader, an auditor, a section head on the section's posts; ARCHITECTURE.md decision 1). Thread-safe when the store
 * is.
 */
public final class ChecksQueries {
  private final CommandRunner runner;

  ChecksQueries(CommandRunner runner) {
    this.runner = runner;
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its monthly checks in every state, in id order, those of the posts the actor may read the checks of;
   *     empty if none
   */
  public List<MonthlyCheck> monthlyChecks(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    if (s.may(Operation.READ_CHECKS, unit, false)) {
      return s.store().monthlyChecks().inUnit(unit);
    }
    return s.store().monthlyChecks().inUnit(unit).stream()
        .filter(c -> s.mayOnPost(Operation.READ_CHECKS, unit, Optional.of(c.post()))).toList();
  }

  /**
   * @param actor who reads
   * @param check a check
   * @return it, if it exists and the actor may read the checks of its post
   */
  public Optional<MonthlyCheck> monthlyCheck(Actor actor, MonthlyCheckId check) {
    Session s = runner.session(actor);
    return s.store().monthlyChecks().find(check)
        .filter(c -> s.mayOnPost(Operation.READ_CHECKS, c.unitId(), Optional.of(c.post())));
  }
}
