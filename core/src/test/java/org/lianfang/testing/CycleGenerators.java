package org.lianfang.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.cycle.AnnualCycle;
import org.lianfang.cycle.AnnualCycleId;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.cycle.CyclePhase;
import org.lianfang.cycle.CyclePolicies;
import org.lianfang.cycle.CycleRules;
import org.lianfang.cycle.CycleTimetable;
import org.lianfang.cycle.RegisterDiff;
import org.lianfang.cycle.RevisionNotice;
import org.lianfang.cycle.StandardCyclePolicy;
import org.lianfang.grading.PolicyVersion;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the annual cycle's records (S-16): years on the pilot's dates or their own, under any rules, opened and
 * walked by their own steps from none to closed, with hostile text in policy parameters.
 */
public final class CycleGenerators {
  /** The generator of each kind of this area a unit holds, for {@link Generators#inUnit}. */
  static final Map<AggregateKind<?, ?>, Function<UnitId, Gen<?>>> IN_UNIT = Map.of(
      AggregateKinds.ANNUAL_CYCLES, CycleGenerators::annualCycles);

  /** The next year a cycle is drawn for, so that no two draws share one. */
  private static final java.util.concurrent.atomic.AtomicLong YEARS = new java.util.concurrent.atomic.AtomicLong(310);

  private CycleGenerators() {}

  /**
   * @param year a year
   * @param n at least seven numbers from 0 to 40: the first day's offset from January, then each phase's length
   * @return a timetable of that year with phases of those lengths, each beginning the day after the one before ends
   */
  public static CycleTimetable timetable(Year year, List<Integer> n) {
    List<MonthDay> days = new ArrayList<>();
    LocalDate from = year.atDay(1 + n.get(0));
    for (int i = 0; i < CyclePhase.WORKING.size(); i++) {
      LocalDate to = from.plusDays(n.get(1 + i));
      days.add(MonthDay.from(from));
      days.add(MonthDay.from(to));
      from = to.plusDays(1);
    }
    return CycleTimetable.of(year, days);
  }

  /**
   * @param unit the unit
   * @return cycles of that unit, each of its own year (the pilot's dates or its own), under any rules and policy
   *     versions with hostile parameters, opened from a month before its year up to its last day (after its phases
   *     began, too), and walked 0 to 6 steps, each on a day its phase allows with what the records held (the counts
   *     the rules forbid at that step made 0), its revision posted in self-assessment and revision where its rule asks
   *     and in some years where it does not, version 1
   */
  public static Gen<AnnualCycle> annualCycles(UnitId unit) {
    return Generate.constant(() -> YEARS.getAndIncrement()).zip(lists().of(integers().between(0, 40)).ofSize(17),
        Generators.text(), Generators.longText(), (n0, n, name, parameters) -> {
          Year year = Year.of(1901 + (int) Math.floorMod(n0, 9998 - 1901));
          CycleTimetable t = n.get(7) % 2 == 0 ? CycleTimetable.pilot(year) : timetable(year, n);
          CycleRules rules = new CycleRules(n.get(8) % 2 == 0, n.get(9) % 3 != 0, n.get(10) % 4 != 0,
              n.get(16) % 3 != 0);
          StandardCyclePolicy cycle = StandardCyclePolicy.pilot().withRules(rules).withYear(t);
          CyclePolicies policies = new CyclePolicies(new PolicyVersion("custom-" + n.get(11), "v" + n.get(12),
              parameters), new PolicyVersion("p14-standard", "1", ""), new PolicyVersion("p18-" + n.get(13), "2",
              name), new PolicyVersion("p24-standard", "1", "composite=20,40,40"), cycle.version());
          // opened in the year before, up to its first phase, or in the year itself (even after phases began)
          LocalDate last = t.window(CyclePhase.ACCEPTANCE).to();
          LocalDate candidate = year.atDay(1).minusDays(30).plusDays(n.get(12) * 9L);
          LocalDate opened = candidate.isAfter(last) ? last : candidate;
          AnnualCycle c = AnnualCycle.open(new AnnualCycleId(UUID.randomUUID()), unit, opened, year, cycle, policies)
              .orElseThrow().after();
          LocalDate previous = opened;
          for (int k = 0; k < n.get(13) % 7; k++) {
            LocalDate begins = t.window(c.phase()).from();
            LocalDate day = (previous.isAfter(begins) ? previous : begins).plusDays(n.get(k) % 3);
            if (c.phase() == CyclePhase.REVISION && (rules.revisionPosted() || n.get(k) % 2 == 0)) {
              int days = 1 + n.get(k + 1) % 9;
              c = posted(c, day, days, name, n0);
              // past the notice where the rule waits for it, anywhere from its first day where it does not
              day = day.plusDays(rules.revisionPosted() ? days + n.get(k) % 3 : n.get(k + 2) % 11);
            }
            CycleFigures f = new CycleFigures(day, n.get(14) % 5, n.get(15) % 4, n.get(k + 1) % 3, n.get(k) % 2);
            if (c.refusal(f).isPresent()) {
              f = new CycleFigures(day, 0, 0, 0, 0);
            }
            c = c.advance(f).orElseThrow().after();
            previous = day;
          }
          return c.withVersion(1);
        });
  }

  /**
   * @param c a cycle in self-assessment and revision
   * @param start the notice's first day, on or after the phase began
   * @param days how long it runs, at least a day
   * @param scope where it is posted
   * @param seed a number for its counts and digest
   * @return the cycle with that revision posted: counts and digest made of the seed, of no diff (the domain does not
   *     compare them; the application does)
   */
  public static AnnualCycle posted(AnnualCycle c, LocalDate start, int days, String scope, long seed) {
    RevisionNotice notice = new RevisionNotice(start, start.plusDays(days), scope, (int) (seed % 7), (int) (seed % 5),
        (int) (seed % 3), String.format("%064x", Math.abs(seed)), String.format("%064x", Math.abs(seed) + 1));
    return c.post(notice, new RegisterDiff(c.year().minusYears(1), List.of())).orElseThrow().after();
  }
}
