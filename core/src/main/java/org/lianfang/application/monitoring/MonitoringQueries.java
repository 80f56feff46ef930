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
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningId;

/**
 * The reads of the third line: a unit's warnings and rectification items, for whoever may read its monitoring records
 * (the discipline body, the unit's leader, an auditor; ARCHITECTURE.md decision 1); its reports, for whoever may read
 * them (the discipline body), in clear only for those who may read sealed identities (P-11). Thread-safe when the store
 * is.
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

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its reports in every state, in id order, sealed (content, reporter and notes hidden, P-11) unless the
   *     actor may also read sealed identities; empty if the actor may not read the unit's reports
   */
  public List<Report> reports(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    if (!s.may(Operation.READ_REPORTS, unit, false)) {
      return List.of();
    }
    boolean clear = s.may(Operation.READ_SEALED, unit, false);
    return s.store().reports().inUnit(unit).stream().map(r -> clear ? r : r.sealed()).toList();
  }

  /**
   * @param actor who reads
   * @param report a report
   * @return it, if it exists and the actor may read its unit's reports; sealed unless the actor may also read sealed
   *     identities (P-11)
   */
  public Optional<Report> report(Actor actor, ReportId report) {
    Session s = runner.session(actor);
    return s.store().reports().find(report).filter(r -> s.may(Operation.READ_REPORTS, r.unitId(), false))
        .map(r -> s.may(Operation.READ_SEALED, r.unitId(), false) ? r : r.sealed());
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its cases under electronic supervision in every state, in id order; empty if the actor may not read the
   *     unit's monitoring records
   */
  public List<SupervisionCase> supervisionCases(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.may(Operation.READ_MONITORING, unit, false) ? s.store().supervisionCases().inUnit(unit) : List.of();
  }

  /**
   * @param actor who reads
   * @param supervisionCase a case
   * @return it, if it exists and the actor may read its unit's monitoring records
   */
  public Optional<SupervisionCase> supervisionCase(Actor actor, SupervisionCaseId supervisionCase) {
    Session s = runner.session(actor);
    return s.store().supervisionCases().find(supervisionCase)
        .filter(c -> s.may(Operation.READ_MONITORING, c.unitId(), false));
  }
}
