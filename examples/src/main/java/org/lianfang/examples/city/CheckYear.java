package org.lianfang.examples.city;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.lianfang.checks.AppraisalCounts;
import org.lianfang.checks.AppraisalItem;
import org.lianfang.checks.AppraisalPlan;
import org.lianfang.checks.AppraisalRating;
import org.lianfang.checks.AppraisalRound;
import org.lianfang.checks.AppraisalRoundId;
import org.lianfang.checks.AppraisalScale;
import org.lianfang.checks.CheckAction;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckRow;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Tenure;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * A year of the third stage for one generated unit (issue 13): each month's check of every post with a measure in
 * force on one of its live points (月查, P-22), opened by the post's holder on the month's last day and submitted, a row
 * per such measure rated FULL (about 90 %), PARTIAL or NONE, left for the unit to review; and one public appraisal of
 * the unit's first points, analysed in December (P-25). Records only, without their journal: they go in through the
 * store's bulk path, as a migration would bring a year's checks, for reads (the evaluation benchmark) rather than for
 * the chain. Deterministic for a unit and a seed. Stateless.
 */
public final class CheckYear {
  private CheckYear() {}

  /**
   * @param unit a generated unit
   * @param year the year checked, after its measures came in force
   * @param seed the random seed
   * @return the unit's monthly checks of the year, month by month and post by post
   */
  public static List<MonthlyCheck> checks(UnitBatch unit, int year, long seed) {
    Random random = new Random(seed ^ unit.unit().id().value().getLeastSignificantBits());
    Map<RiskPointId, PostId> live = new HashMap<>();
    for (RiskPoint p : unit.riskPoints()) {
      if ((p.state() == ReviewState.CONFIRMED || p.state() == ReviewState.STALE) && p.location().post().isPresent()) {
        live.put(p.id(), p.location().post().get());
      }
    }
    Map<PostId, List<ControlMeasureId>> measures = new LinkedHashMap<>();
    for (ControlMeasure m : unit.measures()) {
      if (m.life().inForce().filter(d -> d.getYear() < year).isPresent() && m.life().ended().isEmpty()) {
        m.points().stream().map(live::get).filter(p -> p != null).distinct()
            .forEach(p -> measures.computeIfAbsent(p, k -> new ArrayList<>()).add(m.id()));
      }
    }
    Map<PostId, OfficialId> holders = new HashMap<>();
    for (Tenure t : unit.tenures()) {
      holders.put(t.postId(), t.officialId());
    }
    List<MonthlyCheck> all = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(year, m);
      LocalDate day = month.atEndOfMonth();
      for (Map.Entry<PostId, List<ControlMeasureId>> e : measures.entrySet()) {
        List<CheckRow> rows = new ArrayList<>();
        for (ControlMeasureId id : e.getValue().stream().distinct().toList()) {
          int draw = random.nextInt(100);
          CheckRating rating = draw < 90 ? CheckRating.FULL : draw < 97 ? CheckRating.PARTIAL : CheckRating.NONE;
          rows.add(CheckRow.rated(id, rating, Optional.empty(), rating.fallsShort() ? Optional.of("台账登记不全")
              : Optional.empty(), rating.fallsShort() ? Optional.of("补齐台账，按月核对") : Optional.empty(), List.of()));
        }
        MonthlyCheck opened = MonthlyCheck.open(new MonthlyCheckId(new UUID(random.nextLong(), random.nextLong())),
            unit.unit().id(), e.getKey(), month, holders.get(e.getKey()), rows, day).orElseThrow().after();
        all.add(opened.act(CheckAction.SUBMIT, day, Optional.empty()).orElseThrow().after().withVersion(1));
      }
    }
    return all;
  }

  /**
   * @param unit a generated unit
   * @param year the year
   * @param seed the random seed
   * @return the unit's public appraisal of the year about its first two live points (none if it has none), collected
   *     in November and analysed on December 5
   */
  public static List<AppraisalRound> appraisal(UnitBatch unit, int year, long seed) {
    Random random = new Random(seed ^ unit.unit().id().value().getMostSignificantBits());
    List<AppraisalItem> items = new ArrayList<>();
    for (RiskPoint p : unit.riskPoints()) {
      if (items.size() < 2 && p.state() == ReviewState.CONFIRMED && p.owners().isPresent()) {
        items.add(new AppraisalItem("风险点“" + p.code() + "”的防控是否到位？", Optional.of(p.id()), Optional.empty(),
            Optional.empty(), p.owners().get().sectionHead()));
      }
    }
    if (items.isEmpty()) {
      return List.of();
    }
    LocalDate from = LocalDate.of(year, 11, 1);
    AppraisalRound round = AppraisalRound.plan(new AppraisalRoundId(new UUID(random.nextLong(), random.nextLong())),
        unit.unit().id(), new AppraisalPlan(year + " 年度廉政风险防控群众评议", AppraisalScale.FOUR_LEVEL, from,
            LocalDate.of(year, 11, 30), items), from.minusDays(7)).orElseThrow().after();
    round = round.open(from).orElseThrow().after();
    List<AppraisalCounts> counts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      counts.add(AppraisalCounts.of(AppraisalRating.SATISFIED, 40 + random.nextInt(40))
          .plus(AppraisalCounts.of(AppraisalRating.BASICALLY_SATISFIED, random.nextInt(15)))
          .plus(AppraisalCounts.of(AppraisalRating.DISSATISFIED, random.nextInt(8)))
          .plus(AppraisalCounts.of(AppraisalRating.UNKNOWN, random.nextInt(5))));
    }
    round = round.record(counts, List.of(), LocalDate.of(year, 11, 28)).orElseThrow().after();
    return List.of(round.analyse(LocalDate.of(year, 12, 5), 10).orElseThrow().after().withVersion(1));
  }
}
