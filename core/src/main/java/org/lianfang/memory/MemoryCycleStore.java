package org.lianfang.memory;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.lianfang.StaleAggregateException;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.risk.RiskPoint;
import org.lianfang.spi.AnnualCycles;
import org.lianfang.spi.CycleStore;
import org.lianfang.spi.Registers;

/** The annual cycle's area of {@link InMemoryStore}: its tables and ports ({@link MemoryStoreCore} on the chain). */
abstract class MemoryCycleStore extends MemoryEvaluationStore implements CycleStore {
  /** A unit's year is a cycle's code: one per unit and year. */
  private final Table<AnnualCycle> cycles = table(AggregateKinds.ANNUAL_CYCLES, AnnualCycle::withVersion,
      c -> List.of(c.unitId(), c.year()));

  private final AnnualCycles cyclesPort = new CyclesPort(cycles);

  /** Each unit's frozen registers, by year: written once, in a transaction, and undone with it. */
  private final Map<UnitId, SortedMap<Year, Register>> registers = new HashMap<>();

  private final Registers registersPort = new Registers() {
    @Override
    public List<String> freeze(UnitId unit, Year year, LocalDate day) {
      return inTransaction(() -> {
        Register register = new Register(day, riskPoints().inUnit(unit), controlMeasures().inUnit(unit));
        put(unit, year, register);
        return java.util.stream.Stream.concat(register.points().stream(), register.measures().stream())
            .map(r -> Registers.version(r.id().value(), r.version())).sorted().toList();
      });
    }

    @Override
    public void restore(UnitId unit, Year year, LocalDate day, List<RiskPoint> points,
        List<ControlMeasure> measures) {
      if (points.stream().anyMatch(p -> !p.unitId().equals(unit))
          || measures.stream().anyMatch(m -> !m.unitId().equals(unit))) {
        throw new IllegalArgumentException("a register holds records of its unit " + unit + " only");
      }
      write(() -> put(unit, year, new Register(day, points.stream().sorted(java.util.Comparator.comparing(
          p -> p.id().value(), Table.ID_ORDER)).toList(), measures.stream().sorted(java.util.Comparator.comparing(
              m -> m.id().value(), Table.ID_ORDER)).toList())));
    }

    private void put(UnitId unit, Year year, Register register) {
      SortedMap<Year, Register> years = registers.computeIfAbsent(unit, u -> new TreeMap<>());
      if (years.containsKey(year)) {
        throw new StaleAggregateException("the register of " + year + " of unit " + unit + " is frozen already", null);
      }
      years.put(year, register);
      onUndo(() -> years.remove(year));
    }

    @Override
    public Optional<LocalDate> frozenOn(UnitId unit, Year year) {
      return read(() -> Optional.ofNullable(register(unit, year).day()));
    }

    @Override
    public List<RiskPoint> points(UnitId unit, Year year) {
      return read(() -> register(unit, year).points());
    }

    @Override
    public List<ControlMeasure> measures(UnitId unit, Year year) {
      return read(() -> register(unit, year).measures());
    }

    @Override
    public List<Year> years(UnitId unit) {
      return read(() -> List.copyOf(registers.getOrDefault(unit, new TreeMap<>()).keySet()));
    }

    private Register register(UnitId unit, Year year) {
      return registers.getOrDefault(unit, new TreeMap<>()).getOrDefault(year, Register.NONE);
    }
  };

  @Override
  public AnnualCycles annualCycles() {
    return cyclesPort;
  }

  @Override
  public Registers registers() {
    return registersPort;
  }

  /** @return every unit's registers by year, copied: for {@link InMemoryStore#snapshot()}; call under the lock */
  final Map<UnitId, Map<Year, Object>> registersCopy() {
    Map<UnitId, Map<Year, Object>> copy = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
    registers.forEach((u, years) -> {
      if (!years.isEmpty()) { // a freeze undone leaves its unit's map empty
        copy.put(u, Map.copyOf(years));
      }
    });
    return copy;
  }

  /** A frozen register: the day it was frozen (null for none) and immutable lists of immutable records. */
  private record Register(LocalDate day, List<RiskPoint> points, List<ControlMeasure> measures) {
    static final Register NONE = new Register(null, List.of(), List.of());

    Register {
      points = List.copyOf(points);
      measures = List.copyOf(measures);
    }
  }

  /** The {@link AnnualCycles} port, over its table. */
  private static final class CyclesPort extends MemoryRepository<AnnualCycle, AnnualCycleId> implements AnnualCycles {
    CyclesPort(Table<AnnualCycle> t) {
      super(t);
    }
  }
}
