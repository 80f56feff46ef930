package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lianfang.UnitId;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.spi.AnnualCycles;
import org.lianfang.spi.Repository;
import org.lianfang.spi.Store;
import org.quicktheories.core.Gen;

/**
 * The contract of {@link org.lianfang.spi.AnnualCycles}: the {@link RepositoryContract}, where a unit's year is a
 * cycle's code (a second one of the same unit and year is refused as stale). Extend it with a fresh, empty store per
 * call of {@link #newStore()}.
 */
public abstract class AnnualCyclesContract extends RepositoryContract<AnnualCycle, AnnualCycleId> {
  @Override
  protected final Repository<AnnualCycle, AnnualCycleId> repository(Store store) {
    return store.annualCycles();
  }

  @Override
  protected final Gen<AnnualCycle> aggregates(UnitId unit) {
    return CycleGenerators.annualCycles(unit);
  }

  @Override
  protected final AnnualCycle withVersion(AnnualCycle aggregate, long version) {
    return aggregate.withVersion(version);
  }

  /**
   * A step further, on the first day the phase allows, with figures the guards pass (a revision posted first, for a
   * day, in self-assessment and revision without one, so the update writes it too); a closed year's last step with
   * other figures its guard does not read instead (points unconfirmed and coverage gaps at acceptance).
   */
  @Override
  protected final AnnualCycle changed(AnnualCycle c) {
    if (c.phase() != CyclePhase.CLOSED) {
      LocalDate last = c.steps().isEmpty() ? c.opened() : c.steps().get(c.steps().size() - 1).day();
      LocalDate begins = c.timetable().window(c.phase()).from();
      LocalDate day = last.isAfter(begins) ? last : begins;
      AnnualCycle posted = c.phase() == CyclePhase.REVISION && c.revision().isEmpty()
          ? CycleGenerators.posted(c, day, 1, "局机关内网", c.version()) : c;
      LocalDate after = posted.revision().map(r -> r.end().isAfter(day) ? r.end() : day).orElse(day);
      return posted.advance(new CycleFigures(after, 0, 0, 0, 0)).orElseThrow().after();
    }
    List<CycleFigures> steps = new ArrayList<>(c.steps());
    CycleFigures f = steps.remove(steps.size() - 1);
    steps.add(new CycleFigures(f.day(), f.stalePoints(), f.unconfirmedPoints() + 2, f.coverageGaps() + 3,
        f.openItems()));
    return AnnualCycle.restore(c.id(), c.unitId(), c.opened(), c.timetable(), c.rules(), c.policies(), steps,
        c.revision(), c.version());
  }

  /**
   * A cycle's steps read back as updated whether or not the updating transaction read the cycle first (a store may
   * write only the steps a read cycle lacks): two steps further in one transaction after a read, then one step further
   * without a read, then a closed year's last step rewritten after a read (S-16).
   */
  @Test
  public void s16_aCyclesStepsReadBackAsUpdatedWhetherOrNotTheTransactionReadItFirst() {
    AnnualCycles cycles = store().annualCycles();
    for (AnnualCycle drawn : draw(aggregates(new UnitId(UUID.randomUUID())), examples())) {
      AnnualCycle c = AnnualCycle.restore(drawn.id(), new UnitId(UUID.randomUUID()), drawn.opened(),
          drawn.timetable(), drawn.rules(), drawn.policies(), drawn.steps(), drawn.revision(), 0);
      tx(() -> cycles.insert(c));
      AnnualCycle twice = tx(() -> {
        AnnualCycle once = changed(cycles.find(c.id()).orElseThrow());
        cycles.update(once);
        AnnualCycle again = changed(once.withVersion(once.version() + 1));
        cycles.update(again);
        return again.withVersion(again.version() + 1);
      });
      assertEquals(Optional.of(twice), cycles.find(c.id()), "two updates after a read");
      AnnualCycle blind = changed(twice);
      tx(() -> cycles.update(blind));
      assertEquals(Optional.of(blind.withVersion(blind.version() + 1)), cycles.find(c.id()), "one without a read");
      AnnualCycle last = tx(() -> {
        AnnualCycle rewritten = changed(cycles.find(c.id()).orElseThrow());
        cycles.update(rewritten);
        return rewritten.withVersion(rewritten.version() + 1);
      });
      assertEquals(Optional.of(last), cycles.find(c.id()), "a step further, or a closed year's last step rewritten");
    }
  }

  @Override
  protected final Optional<AnnualCycle> rival(AnnualCycle holder) {
    return Optional.of(AnnualCycle.restore(new AnnualCycleId(UUID.randomUUID()), holder.unitId(), holder.opened(),
        holder.timetable(), holder.rules(), holder.policies(), List.of(), Optional.empty(), 1));
  }
}
