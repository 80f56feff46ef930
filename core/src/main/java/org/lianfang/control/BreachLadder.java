package org.lianfang.control;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lianfang.organization.OfficialId;

/**
 * The breach ladder of service commitments (P-17, after the 效能建设 rules cited in {@code research/stages-2-4.md} §2):
 * a holder's first commitment judged broken without excuse in a year brings 诫勉教育, each later one a 效能告诫, and two
 * 告诫 in a year make the holder 不称职 for the year's appraisal. A breach excused and explained in public counts for
 * nothing; a breach counts in the year it was judged. Stateless.
 */
public final class BreachLadder {
  private BreachLadder() {}

  /**
   * One breach and what it brought.
   *
   * @param commitment the commitment broken
   * @param day the day it was judged broken
   * @param rung what it brings
   */
  public record Breach(ServiceCommitmentId commitment, LocalDate day, BreachRung rung) {
    /** @throws NullPointerException if a part is null */
    public Breach {
      Objects.requireNonNull(commitment, "commitment");
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(rung, "rung");
    }
  }

  /**
   * A holder's year on the ladder.
   *
   * @param holder the holder
   * @param breaches the year's breaches in the order judged, each with its rung
   */
  public record Rungs(OfficialId holder, List<Breach> breaches) {
    /** @throws NullPointerException if a part is null */
    public Rungs {
      Objects.requireNonNull(holder, "holder");
      breaches = List.copyOf(breaches);
    }

    /** @return how many 效能告诫 the year brought */
    public long warnings() {
      return breaches.stream().filter(b -> b.rung() == BreachRung.EFFICIENCY_WARNING).count();
    }

    /** @return whether the year makes the holder 不称职: two 效能告诫 or more */
    public boolean unfit() {
      return warnings() >= 2;
    }
  }

  /**
   * @param commitments service commitments, of any holders and states
   * @param year the year
   * @return each holder with a breach judged in the year, holders in the order of their first breach
   */
  public static List<Rungs> of(List<ServiceCommitment> commitments, Year year) {
    List<ServiceCommitment> broken = commitments.stream()
        .filter(c -> c.breach() && c.life().ended().orElseThrow().getYear() == year.getValue())
        .sorted(Comparator.comparing((ServiceCommitment c) -> c.life().ended().orElseThrow())
            .thenComparing(c -> c.id().toString()))
        .toList();
    Map<OfficialId, List<Breach>> byHolder = new LinkedHashMap<>();
    for (ServiceCommitment c : broken) {
      List<Breach> mine = byHolder.computeIfAbsent(c.terms().holder(), h -> new ArrayList<>());
      mine.add(new Breach(c.id(), c.life().ended().orElseThrow(),
          mine.isEmpty() ? BreachRung.ADMONITION : BreachRung.EFFICIENCY_WARNING));
    }
    List<Rungs> out = new ArrayList<>();
    byHolder.forEach((h, b) -> out.add(new Rungs(h, b)));
    return List.copyOf(out);
  }
}
