package org.lianfang.application.internal;

import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Aggregate;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.Warning;
import org.lianfang.organization.Tenure;
import org.lianfang.spi.Store;

/**
 * The frozen years (S-16; issue 14): once a unit's year is closed, no command changes or creates a record of that year,
 * whichever command writes it, a ledger merge's new records included ({@link Session#closedYear}). A record's year is
 * that of its month (a monthly check), its round's first day (an appraisal), its half-year (a self-check), its own (an
 * evaluation), or the day it ended (a warning, a rectification item: one still open goes on into the next year); a
 * tenure is refused when it would change who held its post on a day of a closed year, which that year's forms name. The
 * risk points and control measures are frozen as the year's register ({@link org.lianfang.spi.Registers}), and the live
 * ones go on into the next year; other records belong to no year. Read once per unit and command. Not thread-safe: one
 * per session.
 */
final class ClosedYears {
  private final Store store;
  private final Map<UnitId, Set<Year>> closed = new HashMap<>();

  ClosedYears(Store store) {
    this.store = store;
  }

  /**
   * @param record a record a command is about to write
   * @return the refusal if it belongs to a closed year of its unit
   */
  Optional<Refusal> refusal(Aggregate<?> record) {
    Optional<Year> year = record instanceof Tenure t ? tenureYear(t) : closedOne(record);
    if (year.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, year.get() + " 年度已关闭，该年度的记录不能再新增或更改",
        "the year " + year.get() + " is closed; its records can no longer be added or changed"));
  }

  /**
   * A tenure changes who held its post on the days from its start on, when it begins (a new one, version 0), or from
   * its end on, when it ends: refused if those days reach into a closed year, whose forms name the holders.
   */
  private Optional<Year> tenureYear(Tenure t) {
    LocalDate from = t.version() == 0 ? t.start() : t.end().orElse(t.start());
    Optional<LocalDate> until = t.version() == 0 ? t.end() : Optional.empty();
    return closed(t.unitId()).stream().sorted()
        .filter(y -> !from.isAfter(y.atMonth(12).atEndOfMonth()) && until.map(u -> u.isAfter(y.atDay(1))).orElse(true))
        .findFirst();
  }

  private Optional<Year> closedOne(Aggregate<?> record) {
    Optional<Year> year = yearOf(record);
    return year.filter(y -> closed(record.unitId()).contains(y));
  }

  private Set<Year> closed(UnitId unit) {
    return closed.computeIfAbsent(unit, this::read);
  }

  /** A year is closed once its register is frozen, in the transaction that closes it: one indexed read. */
  private Set<Year> read(UnitId unit) {
    return Set.copyOf(store.registers().years(unit));
  }

  /** @return the year a record belongs to, or empty for one that belongs to no year (or to the next) */
  static Optional<Year> yearOf(Aggregate<?> record) {
    if (record instanceof MonthlyCheck m) {
      return Optional.of(Year.of(m.month().getYear()));
    }
    if (record instanceof AppraisalRound r) {
      return Optional.of(Year.from(r.plan().from()));
    }
    if (record instanceof SelfCheckReport s) {
      return Optional.of(Year.of(s.half().year()));
    }
    if (record instanceof AnnualEvaluation e) {
      return Optional.of(e.year());
    }
    if (record instanceof Warning w) {
      return w.end().map(e -> Year.from(e.day()));
    }
    if (record instanceof RectificationItem i) {
      return i.life().closed().map(Year::from);
    }
    return Optional.empty();
  }
}
