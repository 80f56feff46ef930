package org.lianfang.application.cycle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Visibility;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.RolloutReport;
import org.lianfang.organization.Unit;

/**
 * Opens a year over a subtree (S-1): first, in one transaction that writes nothing, the subtree is read and the actor
 * checked on its top ({@code RUN_CYCLE}), with the units that have the year already; then each other unit's year is
 * opened by {@link OpenYearHandler} in a transaction of its own, which first looks again whether the unit has the year
 * (another command may have opened it since), a refusal recorded and the next unit taken. Stateless apart from its
 * parts; thread-safe when the store is.
 */
final class RolloutRunner {
  private final CommandRunner runner;
  private final OpenYearHandler open;

  RolloutRunner(CommandRunner runner, OpenYearHandler open) {
    this.runner = runner;
    this.open = open;
  }

  Outcome<RolloutReport> run(Actor actor, RollOut command) {
    Outcome<List<Planned>> plan = runner.run(actor, command, (s, c) -> {
      Refusal unknown = Refusals.unknown("单位", "unit", c.root());
      Optional<Unit> root = s.unit(c.root());
      if (root.isEmpty()) {
        return Outcome.refused(unknown);
      }
      Optional<Refusal> refused = s.denyUnseenUnit(Operation.RUN_CYCLE, root.get(), unknown);
      if (refused.isPresent()) {
        return Outcome.refused(refused.get());
      }
      List<UnitId> units = Visibility.subtree(s, c.root()).stream().map(Unit::id).toList();
      Map<UnitId, List<AnnualCycle>> cycles = s.store().annualCycles().inUnits(units);
      return Outcome.accepted(units.stream().map(u -> new Planned(u, cycles.getOrDefault(u, List.of()).stream()
          .anyMatch(y -> y.year().equals(c.year())))).toList());
    });
    return plan.map(units -> {
      List<UnitId> opened = new ArrayList<>();
      List<UnitId> skipped = new ArrayList<>();
      Map<UnitId, Refusal> refused = new LinkedHashMap<>();
      for (Planned p : units) {
        if (p.opened()) {
          skipped.add(p.unit());
          continue;
        }
        Outcome<Boolean> one = runner.run(actor, new OpenYear(p.unit(), command.year()), (s, c) -> {
          // read again in the unit's own transaction: another command may have opened the year meanwhile
          List<AnnualCycle> years = s.store().annualCycles().inUnit(c.unit());
          return years.stream().anyMatch(y -> y.year().equals(c.year())) ? Outcome.accepted(false)
              : open.open(s, c, years).map(id -> true);
        });
        one.whyRefused().ifPresentOrElse(r -> refused.put(p.unit(), r),
            () -> (one.orElseThrow() ? opened : skipped).add(p.unit()));
      }
      return new RolloutReport(command.year(), opened, skipped, refused);
    });
  }

  /** A unit of the subtree, and whether it had the year already when the rollout read it. */
  private record Planned(UnitId unit, boolean opened) {}
}
