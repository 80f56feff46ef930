package org.lianfang.spi;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.cycle.FrozenRecords;
import org.lianfang.risk.RiskPoint;

/**
 * The frozen registers (S-13, S-16; ARCHITECTURE.md decision 7): a unit's risk points and control measures as they
 * stood when its year was closed, kept apart from the live records, which go on into the next year under the same ids.
 * A register is written once, by {@link #freeze} (or {@link #restore} from an archive), and never changed: no command
 * and no later year reaches it, so a closed year's forms read the same whatever happens after. A store's adapter keeps
 * it in the same stored form as the live records, with the year beside them.
 */
public interface Registers {
  /**
   * Copies the unit's risk points and control measures, as they stand in the calling transaction, into its register of
   * the year.
   *
   * @param unit a unit
   * @param year the year closed
   * @param day the day it closed, which the year's forms are dated
   * @return the ids and versions of the points and measures it froze, each as {@code id@version}, sorted: so that a
   *     closing can tell that the records it froze are the ones it read, whatever its transaction's isolation let it
   *     see
   * @throws org.lianfang.StaleAggregateException if the unit's register of that year is frozen already
   */
  List<String> freeze(UnitId unit, Year year, LocalDate day);

  /**
   * @param id a record's id
   * @param version its version
   * @return the two as {@link #freeze} lists them: {@code id@version}
   */
  static String version(Object id, long version) {
    return id + "@" + version;
  }

  /**
   * Writes a unit's register of a year as an archive holds it (a ledger import), beside its live records.
   *
   * @param unit a unit
   * @param year the year closed
   * @param day the day it was frozen
   * @param points its points, each of the unit
   * @param measures its measures, each of the unit
   * @throws org.lianfang.StaleAggregateException if the unit's register of that year is there already
   * @throws IllegalArgumentException if a record is of another unit
   */
  void restore(UnitId unit, Year year, LocalDate day, List<RiskPoint> points, List<ControlMeasure> measures);

  /**
   * @param unit a unit
   * @param year a year
   * @return the day the unit's register of that year was frozen; empty if it is not
   */
  Optional<LocalDate> frozenOn(UnitId unit, Year year);

  /**
   * @param unit a unit
   * @param year a year
   * @return the year's frozen points of the unit, in the order {@link Repository#inUnit} gave them when frozen; empty
   *     if none is frozen
   */
  List<RiskPoint> points(UnitId unit, Year year);

  /**
   * @param unit a unit
   * @param year a year
   * @return the year's frozen measures of the unit, in the order {@link Repository#inUnit} gave them when frozen; empty
   *     if none is frozen
   */
  List<ControlMeasure> measures(UnitId unit, Year year);

  /**
   * @param unit a unit
   * @return the years whose register of the unit is frozen, oldest first
   */
  List<Year> years(UnitId unit);

  /**
   * The registers of a year of several units, as a report over a subtree reads them (issue 16: a few statements for
   * many units, not a few for each). By default {@link #frozenOn}, {@link #points} and {@link #measures} of each unit;
   * a store may read many units at once (the JDBC store names up to 500 in each statement).
   *
   * @param units units, maybe repeated
   * @param year a year
   * @return the register of each unit asked whose year is frozen, once, in the order first asked; no key for a unit
   *     whose year is not
   */
  default Map<UnitId, FrozenRecords> frozen(Collection<UnitId> units, Year year) {
    Map<UnitId, FrozenRecords> found = new LinkedHashMap<>();
    for (UnitId unit : new LinkedHashSet<>(units)) {
      frozenOn(unit, year).ifPresent(day -> found.put(unit, new FrozenRecords(day, points(unit, year),
          measures(unit, year))));
    }
    return found;
  }
}
