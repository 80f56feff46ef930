package org.lianfang.examples.city;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lianfang.ledger.ChainDigest;
import org.lianfang.ledger.JournalChain;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;

/**
 * Generates a whole city through {@link City#forEachUnit}, counts what comes out, verifies every unit's journal chain
 * and prints the counts, the time taken and the peak heap, to show that the full city streams in a small heap (run it
 * with {@code -Xmx256m}). Arguments: an optional seed (default 2010) and an optional scale {@code units,posts,points}
 * (default {@link Scale#CITY}).
 */
public final class CityCensus {
  private CityCensus() {}

  /** @param args {@code [seed] [units,postsPerUnit,pointsPerPost]} */
  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 2010L;
    Scale scale = Scale.CITY;
    if (args.length > 1) {
      String[] p = args[1].split(",");
      scale = Scale.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
    }
    run(seed, scale, new PrintStream(System.out, true, StandardCharsets.UTF_8));
  }

  /**
   * @param seed the city's seed
   * @param scale its scale
   * @param out where the census is printed
   * @return the totals counted from the generated records
   */
  public static Totals run(long seed, Scale scale, PrintStream out) {
    long started = System.nanoTime();
    City city = City.of(seed, scale);
    long planned = System.nanoTime();
    Count c = new Count();
    city.forEachUnit(b -> {
      c.units++;
      c.posts += b.posts().size();
      c.officials += b.officials().size();
      c.tenures += b.tenures().size();
      c.powers += b.powerItems().size();
      for (RiskPoint p : b.riskPoints()) {
        c.byState.merge(p.state(), 1L, Long::sum);
        c.unitWide += p.location().isUnitWide() ? 1 : 0;
        c.graded += p.grading().isPresent() ? 1 : 0;
        c.comments += p.riskReview().allComments().size();
      }
      c.measures += b.measures().size();
      c.journal += b.journal().size();
      if (!JournalChain.verify(ChainDigest.SHA_256, b.unit().id(), b.journal(), Optional.of(b.head())).intact()) {
        c.broken++;
      }
    });
    long done = System.nanoTime();
    long[] states = new long[ReviewState.values().length];
    c.byState.forEach((s, n) -> states[s.ordinal()] = n);
    Totals counted = Totals.of(c.units, c.posts, c.officials, c.tenures, c.powers, states, c.unitWide, c.comments,
        c.measures, c.journal, city.totals().depth());

    out.printf(Locale.ROOT, "City census: seed %d, %s%n", seed, scale);
    out.print(counted.toText());
    out.printf(Locale.ROOT, "journal chains broken: %d of %d%n", c.broken, c.units);
    out.printf(Locale.ROOT, "matches totals(): %s%n",
        sameCounts(counted, city.totals()) ? "yes" : "NO\n" + city.totals().toText());
    out.printf(Locale.ROOT, "plan %.2f s, generation and verification %.2f s%n", (planned - started) / 1e9,
        (done - planned) / 1e9);
    out.printf(Locale.ROOT, "heap: max %d MiB, peak used %d MiB%n", Runtime.getRuntime().maxMemory() >> 20,
        peakHeap() >> 20);
    return counted;
  }

  /** Every count: a stale point keeps the comments of its notice (issue 10, finding 5), so they all count. */
  static boolean sameCounts(Totals a, Totals b) {
    return a.units() == b.units() && a.posts() == b.posts() && a.officials() == b.officials()
        && a.tenures() == b.tenures() && a.powerItems() == b.powerItems() && a.riskPoints() == b.riskPoints()
        && a.riskPointsByState().equals(b.riskPointsByState()) && a.unitWideRiskPoints() == b.unitWideRiskPoints()
        && a.gradedRiskPoints() == b.gradedRiskPoints() && a.noticeComments() == b.noticeComments()
        && a.controlMeasures() == b.controlMeasures() && a.journalEntries() == b.journalEntries();
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static final class Count {
    long units;
    long posts;
    long officials;
    long tenures;
    long powers;
    long unitWide;
    long graded;
    long comments;
    long measures;
    long journal;
    long broken;
    final Map<ReviewState, Long> byState = new EnumMap<>(ReviewState.class);
  }
}
