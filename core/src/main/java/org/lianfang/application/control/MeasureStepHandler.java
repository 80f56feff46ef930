package org.lianfang.application.control;

import java.util.Optional;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.MeasureAction;

/**
 * Takes a control measure one step along its life, today: find it, answer as for a measure that does not exist if the
 * actor may not read its unit's risks (issue 10, finding 12), check the actor may manage the unit's measures, refuse
 * it as stale if the command expected another version, let the measure decide, store the result.
 */
final class MeasureStepHandler implements CommandHandler<MeasureStep, ControlMeasureId> {
  @Override
  public Outcome<ControlMeasureId> execute(Session s, MeasureStep c) {
    Optional<ControlMeasure> found = s.store().controlMeasures().find(c.measure());
    if (found.isEmpty() || !s.may(Operation.READ_RISKS, found.get().unitId(), false)) {
      return Outcome.refused(Refusals.unknown("防控措施", "control measure", c.measure()));
    }
    ControlMeasure m = found.get();
    Optional<Refusal> denied = s.deny(Operation.MANAGE_CONTROL, m.unitId());
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> stale = VersionCheck.refuseIfStale(m, c.expectedVersion(), "防控措施", "control measure");
    if (stale.isPresent()) {
      return Outcome.refused(stale.get());
    }
    Optional<Refusal> form = form(c);
    if (form.isPresent()) {
      return Outcome.refused(form.get());
    }
    Outcome<Change<ControlMeasure>> next = switch (c.action()) {
      case REGISTER -> m.register(s.today());
      case PUT_IN_FORCE -> m.putInForce(s.today());
      case RETIRE -> m.retire(s.today(), c.reason().orElseThrow());
      case SUPERSEDE -> replacement(s, m, c.by().orElseThrow()).map(r -> Outcome.<Change<ControlMeasure>>refused(r))
          .orElseGet(() -> m.supersede(s.today(), c.by().orElseThrow()));
    };
    return next.map(change -> {
      s.store().controlMeasures().update(s.record(change));
      return c.measure();
    });
  }

  /** A reason goes with a retirement only, a replacement with a supersession only, and each is required there. */
  private static Optional<Refusal> form(MeasureStep c) {
    boolean retire = c.action() == MeasureAction.RETIRE;
    boolean supersede = c.action() == MeasureAction.SUPERSEDE;
    if (retire != c.reason().isPresent()) {
      return Optional.of(Refusals.invalid("reason", "ReasonToRetire", "废止理由", "reason",
          retire ? "废止措施须说明理由" : "只有废止措施时才填写理由",
          retire ? "retiring a measure needs a reason" : "a reason goes with a retirement only"));
    }
    if (supersede != c.by().isPresent()) {
      return Optional.of(Refusals.invalid("by", "ReplacementToSupersede", "替代措施", "replacing measure",
          supersede ? "替代须指明替代它的措施" : "只有替代措施时才指明替代措施",
          supersede ? "superseding a measure needs the measure that replaces it"
              : "a replacing measure goes with a supersession only"));
    }
    return Optional.empty();
  }

  /** The replacement must be a live measure of the same unit. */
  private static Optional<Refusal> replacement(Session s, ControlMeasure m, ControlMeasureId by) {
    Optional<ControlMeasure> r = s.store().controlMeasures().find(by);
    if (r.isEmpty() || !r.get().unitId().equals(m.unitId())) {
      return Optional.of(Refusals.invalid("by", "SameUnit", "替代措施", "replacing measure", "本单位没有该措施",
          "no such measure in the unit"));
    }
    if (r.get().state().isFinal()) {
      return Optional.of(Refusals.invalid("by", "Live", "替代措施", "replacing measure",
          "替代措施已" + r.get().state().chinese() + "，不能替代其他措施",
          "the replacing measure is " + r.get().state().code() + " and cannot replace another"));
    }
    return Optional.empty();
  }
}
