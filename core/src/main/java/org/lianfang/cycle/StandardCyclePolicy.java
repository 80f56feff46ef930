package org.lianfang.cycle;

import java.time.Year;
import java.util.Collections;
import java.util.SortedMap;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.lianfang.grading.PolicyVersion;

/**
 * The default cycle policy: the seed's pilot timetable (S-16) on every year's days, but for the years given their own
 * dates, and every guard on unless set otherwise. Its version's parameters name the rules and each year's own dates,
 * so two configurations never share a version. Immutable and thread-safe.
 */
public final class StandardCyclePolicy implements CyclePolicy {
  /** The years with their own dates, in year order. */
  private final SortedMap<Year, CycleTimetable> years;
  private final CycleRules rules;
  /** Made once: a cycle records it each time a unit's year opens. */
  private final PolicyVersion version;

  private StandardCyclePolicy(SortedMap<Year, CycleTimetable> years, CycleRules rules) {
    this.years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
    this.rules = Objects.requireNonNull(rules, "rules");
    String own = this.years.values().stream().map(t -> t.year() + "=" + t.windows().stream()
        .map(w -> monthDay(w.from()) + ".." + monthDay(w.to())).collect(Collectors.joining(",")))
        .collect(Collectors.joining(";"));
    this.version = new PolicyVersion("s16-pilot", "1", "rules=" + rules.canonical() + (own.isEmpty() ? "" : ";"
        + own));
  }

  /** @return the seed's dates for every year, every guard on */
  public static StandardCyclePolicy pilot() {
    return new StandardCyclePolicy(new TreeMap<>(), CycleRules.strict());
  }

  /**
   * @param timetable a year's own dates
   * @return this policy with that year run on them
   */
  public StandardCyclePolicy withYear(CycleTimetable timetable) {
    SortedMap<Year, CycleTimetable> next = new TreeMap<>(years);
    next.put(timetable.year(), timetable);
    return new StandardCyclePolicy(next, rules);
  }

  /**
   * @param newRules what the guards forbid
   * @return this policy with those rules
   */
  public StandardCyclePolicy withRules(CycleRules newRules) {
    return new StandardCyclePolicy(years, newRules);
  }

  @Override
  public PolicyVersion version() {
    return version;
  }

  private static String monthDay(java.time.LocalDate d) {
    return String.format(java.util.Locale.ROOT, "%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
  }

  @Override
  public CycleTimetable timetable(Year year) {
    CycleTimetable own = years.get(Objects.requireNonNull(year, "year"));
    return own != null ? own : CycleTimetable.pilot(year);
  }

  @Override
  public CycleRules rules() {
    return rules;
  }
}
