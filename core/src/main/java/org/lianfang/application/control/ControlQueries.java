package org.lianfang.application.control;

import java.util.List;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Session;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;

/**
 * The reads of the control area: a unit's control measures, for whoever may read its risks (ARCHITECTURE.md decision
 * 1). Thread-safe when the store is.
 */
public final class ControlQueries {
  private final CommandRunner runner;

  ControlQueries(CommandRunner runner) {
    this.runner = runner;
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its control measures in every state, in id order; empty if the actor may not read the unit's risks
   */
  public List<ControlMeasure> measures(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.may(Operation.READ_RISKS, unit, false) ? s.store().controlMeasures().inUnit(unit) : List.of();
  }

  /**
   * @param actor who reads
   * @param measure a measure
   * @return it, if it exists and the actor may read its unit's risks
   */
  public Optional<ControlMeasure> measure(Actor actor, ControlMeasureId measure) {
    Session s = runner.session(actor);
    return s.store().controlMeasures().find(measure).filter(m -> s.may(Operation.READ_RISKS, m.unitId(), false));
  }
}
