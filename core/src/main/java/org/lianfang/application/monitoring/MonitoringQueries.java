package org.lianfang.application.monitoring;

import java.util.List;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Session;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningId;

/**
 * The reads of the third line: a unit's warnings and rectification items, for whoever may read its monitoring records
 * (the discipline body,
 * the unit's leader, an auditor; ARCHITECTURE.md decision 1). Thread-safe when the store is.
 */
public final class MonitoringQueries {
  private final CommandRunner runner;

  MonitoringQueries(CommandRunner runner) {
    this.runner = runner;
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its warnings in every state, in id order; empty if the actor may not read the unit's monitoring records
   */
  public List<Warning> warnings(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.may(Operation.READ_MONITORING, unit, false) ? s.store().warnings().inUnit(unit) : List.of();
  }

  /**
   * @param actor who reads
   * @param warning a warning
   * @return it, if it exists and the actor may read its unit's monitoring records
   */
  public Optional<Warning> warning(Actor actor, WarningId warning) {
    Session s = runner.session(actor);
    return s.store().warnings().find(warning).filter(w -> s.may(Operation.READ_MONITORING, w.unitId(), false));
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its rectification items in every state, in id order; empty if the actor may not read the unit's
   *     monitoring records
   */
  public List<RectificationItem> rectificationItems(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.may(Operation.READ_MONITORING, unit, false) ? s.store().rectificationItems().inUnit(unit) : List.of();
  }

  /**
   * @param actor who reads
   * @param item an item
   * @return it, if it exists and the actor may read its unit's monitoring records
   */
  public Optional<RectificationItem> rectificationItem(Actor actor, RectificationItemId item) {
    Session s = runner.session(actor);
    return s.store().rectificationItems().find(item)
        .filter(r -> s.may(Operation.READ_MONITORING, r.unitId(), false));
  }
}
