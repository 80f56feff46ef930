package org.lianfang.application.cycle;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlledPoint;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.cycle.CycleFigures;
import org.lianfang.monitoring.RectificationState;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PostProfile;
import org.lianfang.risk.PointStanding;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.Store;

/**
 * What a unit's records hold on a day, as the cycle's guards read them (S-16, P-3, P-5, P-14, P-21): every record of
 * the unit, whoever asks, since a guard judges the unit's register and not what one reader may see. Stateless.
 */
final class RegisterFigures {
  private RegisterFigures() {}

  /**
   * @param store the store, inside the command's transaction
   * @param unit the unit
   * @param year the year the unit works
   * @param day the day
   * @param coverage the instance's coverage policy
   * @return the points stale (待复核); the points identified and not yet confirmed (draft, reviewed, on notice); the
   *     confirmed points whose control has a gap the coverage policy names, each counted once; the rectification
   *     items neither closed (销号) nor carried out of the year (P-21)
   */
  static CycleFigures read(Store store, UnitId unit, Year year, LocalDate day, CoveragePolicy coverage) {
    return of(store, unit, year, day, coverage, store.riskPoints().standings(unit),
        () -> store.controlMeasures().inUnit(unit));
  }

  /**
   * As {@link #read}, on the unit's points and measures its caller read already.
   *
   * @param store the store, inside the command's transaction
   * @param unit the unit
   * @param year the year the unit works
   * @param day the day
   * @param coverage the instance's coverage policy
   * @param points where every risk point of the unit stands
   * @param measures every control measure of the unit, asked for only if a point is confirmed
   * @return the figures, as {@link #read} gives them
   */
  static CycleFigures of(Store store, UnitId unit, Year year, LocalDate day, CoveragePolicy coverage,
      List<PointStanding> points, Supplier<List<ControlMeasure>> measures) {
    int stale = 0;
    int unconfirmed = 0;
    for (PointStanding p : points) {
      switch (p.state()) {
        case STALE -> stale++;
        case DRAFT, REVIEWED, PUBLISHED -> unconfirmed++;
        default -> { }
      }
    }
    List<PointStanding> confirmed = points.stream().filter(p -> p.state() == ReviewState.CONFIRMED).toList();
    int gaps = 0;
    if (!confirmed.isEmpty()) {
      Map<RiskPointId, List<ControlMeasure>> byPoint = ControlMeasure.byPoint(measures.get());
      Map<PostId, PostProfile> profiles = store.posts().inUnit(unit).stream()
          .collect(Collectors.toMap(Post::id, Post::profile));
      for (PointStanding p : confirmed) {
        gaps += coverage.gaps(ControlledPoint.of(p, profiles, byPoint.getOrDefault(p.id(), List.of()))).isEmpty()
            ? 0 : 1;
      }
    }
    int open = (int) store.rectificationItems().inUnit(unit).stream()
        .filter(i -> i.state() != RectificationState.CLOSED && !i.carriedFrom(year)).count();
    return new CycleFigures(day, stale, unconfirmed, gaps, open);
  }
}
