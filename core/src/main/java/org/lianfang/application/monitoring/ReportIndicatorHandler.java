package org.lianfang.application.monitoring;

import java.util.List;
import java.util.Optional;
import org.lianfang.Change;
import org.lianfang.Limits;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Concerned;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.MeasureState;
import org.lianfang.control.MonitoringIndicator;
import org.lianfang.internal.Ids;
import org.lianfang.internal.Texts;
import org.lianfang.monitoring.IndicatorPolicy;
import org.lianfang.monitoring.MonitoringEvent;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningNotice;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.monitoring.WarningPolicy;
import org.lianfang.monitoring.WarningSubject;

/**
 * Reports an indicator's value (P-6): answered as for a measure that does not exist if the actor may not read the
 * unit's organisation; refused unless the actor may record the unit's monitoring data, the measure is in force and
 * names an indicator, and the day is today or earlier. The measure does not change: the journal entry names it. A value
 * beyond the threshold becomes a warning when the {@link IndicatorPolicy} names a leader of the unit or above whose
 * standing approval it carries, unless the year's warning on the same indicator is still open: a breach in the
 * following months is then told as a signal, not warned again.
 */
final class ReportIndicatorHandler implements CommandHandler<ReportIndicator, ControlMeasureId> {
  private final Ids ids;
  private final IndicatorPolicy policy;
  private final WarningPolicy warnings;

  ReportIndicatorHandler(Ids ids, IndicatorPolicy policy, WarningPolicy warnings) {
    this.ids = ids;
    this.policy = policy;
    this.warnings = warnings;
  }

  @Override
  public Outcome<ControlMeasureId> execute(Session s, ReportIndicator c) {
    Refusal unknown = Refusals.unknown("防控措施", "control measure", c.measure());
    Optional<ControlMeasure> found = s.store().controlMeasures().find(c.measure());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    ControlMeasure m = found.get();
    Optional<Refusal> denied = s.denyUnseen(Operation.RECORD_MONITORING, m.unitId(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (m.plan().indicator().isEmpty()) {
      return Outcome.refused(Refusals.invalid("measure", "HasIndicator", "防控措施", "control measure",
          "该防控措施没有监测指标", "the measure names no monitoring indicator"));
    }
    if (m.state() != MeasureState.IN_FORCE) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "只有执行中的防控措施才报送监测指标值",
          "an indicator's value is reported for a measure in force"));
    }
    if (c.taken().isAfter(s.today())) {
      return Outcome.refused(Refusals.invalid("taken", "NotInTheFuture", "取数日期", "day taken",
          "取数日期 " + c.taken() + " 晚于今天 " + s.today(), "the day taken, " + c.taken() + ", is after today"));
    }
    MonitoringIndicator indicator = m.plan().indicator().get();
    boolean signalled = indicator.signals(c.value());
    Optional<WarningId> warning = signalled ? warn(s, m, indicator, c) : Optional.empty();
    // written unchanged, so that a change to the measure meanwhile makes this command stale rather than leave an entry
    // whose digest is the measure's old state
    s.store().controlMeasures().update(s.record(Change.of(m, new MonitoringEvent.IndicatorReported(m.unitId(), m.id(),
        indicator, c.value(), c.taken(), signalled, warning))));
    return Outcome.accepted(m.id());
  }

  private Optional<WarningId> warn(Session s, ControlMeasure m, MonitoringIndicator indicator, ReportIndicator c) {
    if (policy.warningApprover().isEmpty()
        || Concerned.people(s, m.unitId(), Optional.empty(), List.of(policy.warningApprover().get())).isPresent()) {
      return Optional.empty();
    }
    List<org.lianfang.risk.RiskPointId> live = s.store().riskPoints().findAll(m.points()).values().stream()
        .filter(p -> p.state() != org.lianfang.risk.ReviewState.RETIRED).map(org.lianfang.risk.RiskPoint::id)
        .filter(m.points()::contains).sorted(java.util.Comparator.comparingInt(m.points()::indexOf)).toList();
    String number = Texts.clip("监测指标预警〔" + c.taken().getYear() + "〕" + indicator.name(), Limits.NAME);
    boolean followed = s.store().warnings().inUnit(m.unitId()).stream().anyMatch(w -> !w.state().isFinal()
        && w.notice().origin() == WarningOrigin.INDICATOR && w.notice().number().equals(number));
    if (followed) { // the year's warning on this indicator is still being followed: the signal alone is told
      return Optional.empty();
    }
    WarningId id = new WarningId(ids.next());
    String facts = "监测指标“" + indicator.name() + "”" + c.taken() + " 取值 " + c.value().toPlainString()
        + indicator.unit() + "，" + (indicator.direction() == MonitoringIndicator.Direction.ABOVE ? "高于" : "低于")
        + "阈值 " + indicator.threshold().toPlainString() + indicator.unit() + "（取数规则：" + indicator.rule() + "）";
    WarningNotice notice = new WarningNotice(number, WarningOrigin.INDICATOR, Texts.clip(facts, Limits.TEXT),
        "说明原因，落实防控措施", policy.warningApprover().get());
    s.store().warnings().insert(s.record(Warning.issue(id, m.unitId(), new WarningSubject(Optional.empty(),
        Optional.empty(), live), notice, policy.level(), s.today(), warnings)));
    return Optional.of(id);
  }
}
