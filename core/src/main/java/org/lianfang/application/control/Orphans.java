package org.lianfang.application.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lianfang.DomainEvent;
import org.lianfang.Refusal;
import org.lianfang.application.internal.Reaction;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.control.ControlMeasure;
import org.lianfang.risk.OrphanMeasures;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskEvent;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * The control area's {@link Reaction} to a risk point retired (issue 11): the live measures (not retired nor
 * superseded) that control it and no other point still live would control nothing, so the retirement must say what
 * becomes of them ({@link OrphanMeasures}). Unsaid, the retirement is refused naming them; {@code RETIRE} retires each
 * for the point's reason, in the same command and journal; {@code KEEP} leaves them. Stateless.
 */
final class Orphans implements Reaction {
  @Override
  public Optional<Refusal> react(Session s, DomainEvent event) {
    if (!(event instanceof RiskEvent.RiskPointRetired e)) {
      return Optional.empty();
    }
    Map<RiskPointId, RiskPoint> points = s.store().riskPoints().inUnit(e.unitId()).stream()
        .collect(Collectors.toMap(RiskPoint::id, p -> p));
    List<ControlMeasure> orphans = s.store().controlMeasures().inUnit(e.unitId()).stream()
        .filter(m -> !m.state().isFinal() && m.controls(e.riskPointId()) && m.points().stream()
            .filter(p -> !p.equals(e.riskPointId()))
            .allMatch(p -> points.get(p) == null || points.get(p).state() == ReviewState.RETIRED))
        .toList();
    if (orphans.isEmpty() || e.measures().equals(Optional.of(OrphanMeasures.KEEP))) {
      return Optional.empty();
    }
    if (e.measures().isEmpty()) {
      String named = orphans.stream().map(m -> m.id().toString()).collect(Collectors.joining(", "));
      return Optional.of(Refusals.invalid("orphanMeasures", "SayWhatBecomesOfThem", "不再防控风险点的措施",
          "measures left controlling nothing",
          "撤销后以下防控措施不再防控任何风险点，须说明一并废止（RETIRE）还是保留（KEEP）：" + named,
          "once the point is retired these measures control nothing; say whether to retire (RETIRE) or keep (KEEP) "
              + "them: " + named));
    }
    for (ControlMeasure m : orphans) {
      Optional<Refusal> refused = m.retire(s.today(), "所控风险点已撤销：" + e.reason()).map(change -> {
        s.store().controlMeasures().update(s.record(change));
        return m.id();
      }).whyRefused();
      if (refused.isPresent()) {
        return refused;
      }
    }
    return Optional.empty();
  }
}
