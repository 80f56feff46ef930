package org.lianfang.testing;

import static org.lianfang.testing.Generators.longText;
import static org.lianfang.testing.Generators.text;
import static org.lianfang.testing.Generators.uuids;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.checks.Accountability;
import org.lianfang.checks.AppraisalComment;
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
import org.lianfang.checks.HalfYear;
import org.lianfang.checks.InspectionAction;
import org.lianfang.checks.InspectionFinding;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.checks.InspectionMethod;
import org.lianfang.checks.InspectionPlan;
import org.lianfang.checks.InspectionTransitions;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.checks.SelfCheckFigures;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.checks.SelfCheckReportId;
import org.lianfang.checks.SelfCheckSections;
import org.lianfang.checks.SpecialInspection;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the checks' records: monthly checks of every month from 2010 to 2039 in every state, with rows of
 * every rating, walked there by their own steps from the day they were opened (P-22). Built from valid parts, with
 * the hostile text of {@link Generators}.
 */
public final class ChecksGenerators {
  /** The generator of each kind of this area a unit holds, for {@link Generators#inUnit}. */
  static final Map<AggregateKind<?, ?>, Function<UnitId, Gen<?>>> IN_UNIT = Map.of(
      AggregateKinds.MONTHLY_CHECKS, ChecksGenerators::monthlyChecks,
      AggregateKinds.SPECIAL_INSPECTIONS, ChecksGenerators::specialInspections,
      AggregateKinds.INSPECTION_FINDINGS, ChecksGenerators::inspectionFindings,
      AggregateKinds.SELF_CHECK_REPORTS, ChecksGenerators::selfCheckReports,
      AggregateKinds.APPRAISAL_ROUNDS, ChecksGenerators::appraisalRounds);

  /** The next half a self-check is drawn for, so that no two draws share one. */
  private static final java.util.concurrent.atomic.AtomicLong HALVES = new java.util.concurrent.atomic.AtomicLong(220);

  private ChecksGenerators() {}

  /** @return rows of every rating, with their problem and requirement where they fall short */
  public static Gen<CheckRow> rows() {
    return arbitrary().enumValues(CheckRating.class).zip(longText(), text(), booleans().all(),
        lists().of(ControlGenerators.evidence()).ofSizeBetween(0, 2), (rating, problem, requirement, valued, e) ->
            CheckRow.rated(new ControlMeasureId(UUID.randomUUID()), rating, valued
                ? Optional.of(new BigDecimal(problem.length() + ".25")) : Optional.empty(),
                rating.fallsShort() ? Optional.of(problem) : Optional.empty(),
                rating.fallsShort() ? Optional.of(requirement) : Optional.empty(), e));
  }

  /**
   * @param unit the unit
   * @return monthly checks of that unit, each of its own post, opened in their month or up to two months later and
   *     walked up to 4 steps the table allows (a review naming an item for each row that falls short and a reminder
   *     for some NONE rows), version 1
   */
  public static Gen<MonthlyCheck> monthlyChecks(UnitId unit) {
    return integers().between(0, 359).zip(integers().between(0, 60), lists().of(rows()).ofSizeBetween(0, 4),
        lists().of(integers().between(0, 5)).ofSizeBetween(0, 4), (m, late, rows, choices) -> {
          YearMonth month = YearMonth.of(2010, 1).plusMonths(m);
          MonthlyCheck c = MonthlyCheck.open(new MonthlyCheckId(UUID.randomUUID()), unit,
              new PostId(UUID.randomUUID()), month, new OfficialId(UUID.randomUUID()), rows,
              month.atDay(1).plusDays(late)).orElseThrow().after();
          return new Object[] {c, choices};
        }).zip(text(), (a, reason) -> {
          @SuppressWarnings("unchecked")
          List<Integer> choices = (List<Integer>) a[1];
          return walk((MonthlyCheck) a[0], choices, reason).withVersion(1);
        });
  }

  /**
   * @param check a check
   * @param choices one number per step
   * @param text the reason of a return
   * @return it taken one step per choice, a day apart, as far as the table allows; a review opens an item for each
   *     row that falls short and, on an odd choice, a reminder for each NONE row
   */
  public static MonthlyCheck walk(MonthlyCheck check, List<Integer> choices, String text) {
    MonthlyCheck c = check;
    for (int choice : choices) {
      LocalDate day = c.life().lastDay().orElse(c.opened()).plusDays(1);
      switch (c.state()) {
        case OPEN -> c = c.act(CheckAction.SUBMIT, day, Optional.empty()).orElseThrow().after();
        case SUBMITTED -> {
          if (choice % 3 == 0) {
            c = c.act(CheckAction.RETURN, day, Optional.of(text)).orElseThrow().after();
          } else {
            Map<ControlMeasureId, RectificationItemId> items = new HashMap<>();
            Map<ControlMeasureId, WarningId> warnings = new HashMap<>();
            for (CheckRow r : c.rows()) {
              if (r.rating().fallsShort()) {
                items.put(r.measure(), new RectificationItemId(UUID.randomUUID()));
              }
              if (r.rating() == CheckRating.NONE && choice % 2 == 1) {
                warnings.put(r.measure(), new WarningId(UUID.randomUUID()));
              }
            }
            c = c.review(day, items, warnings).orElseThrow().after();
          }
        }
        case REVIEWED -> {
          return c;
        }
      }
    }
    return c;
  }

  /**
   * @param unit the body's unit
   * @return special inspections of that unit over one to three other units, with some methods, walked up to three
   *     steps, version 1
   */
  public static Gen<SpecialInspection> specialInspections(UnitId unit) {
    return Generators.days().zip(integers().between(0, 90), lists().of(uuids()).ofSizeBetween(1, 3),
        lists().of(arbitrary().enumValues(InspectionMethod.class)).ofSizeBetween(1, 5), (from, length, scope, how) ->
            new Object[] {from, length, scope, how}).zip(text(), longText(), integers().between(0, 3),
        (a, number, subject, steps) -> {
          LocalDate from = (LocalDate) a[0];
          @SuppressWarnings("unchecked")
          List<UUID> scope = (List<UUID>) a[2];
          @SuppressWarnings("unchecked")
          List<InspectionMethod> how = (List<InspectionMethod>) a[3];
          InspectionPlan plan = new InspectionPlan(number, subject, scope.stream().distinct().map(UnitId::new)
              .toList(), java.util.Set.copyOf(how), from, from.plusDays((Integer) a[1]));
          SpecialInspection s = SpecialInspection.plan(new SpecialInspectionId(UUID.randomUUID()), unit, plan,
              from).orElseThrow().after();
          for (int i = 0; i < steps; i++) {
            InspectionAction next = InspectionTransitions.from(s.state()).keySet().iterator().next();
            s = s.act(next, from.plusDays(i + 1), next == InspectionAction.REPORT ? Optional.of(subject)
                : Optional.empty()).orElseThrow().after();
          }
          return s.withVersion(1);
        });
  }

  /**
   * @param unit the unit inspected
   * @return findings of that unit over up to three points, with up to two people held accountable, version 1
   */
  public static Gen<InspectionFinding> inspectionFindings(UnitId unit) {
    return Generators.days().zip(longText(), lists().of(uuids()).ofSizeBetween(0, 3),
        lists().of(text()).ofSizeBetween(0, 2), (day, problem, points, held) -> {
          InspectionFinding f = InspectionFinding.record(new InspectionFindingId(UUID.randomUUID()), unit,
              new SpecialInspectionId(UUID.randomUUID()), problem, points.stream().distinct().map(RiskPointId::new)
                  .toList(), new RectificationItemId(UUID.randomUUID()), day).after();
          for (int i = 0; i < held.size(); i++) {
            f = f.hold(new Accountability(new OfficialId(UUID.randomUUID()), held.get(i), "纪决〔" + i + "〕号",
                day.plusDays(i)), day.plusDays(10)).orElseThrow().after();
          }
          return f.withVersion(1);
        });
  }

  /**
   * @param unit the unit
   * @return self-checks of that unit, each of a half no other draw took (a unit's half is a self-check's code, which
   *     stores enforce), drafted, submitted with figures or acknowledged, version 1
   */
  public static Gen<SelfCheckReport> selfCheckReports(UnitId unit) {
    return Generate.constant(() -> HALVES.getAndIncrement()).zip(lists().of(longText()).ofSize(5),
        lists().of(integers().between(0, 40)).ofSize(9), integers().between(0, 2), (n0, texts, n, steps) -> {
          int h = (int) Math.floorMod(n0, 2 * (9998 - 1900));
          HalfYear half = new HalfYear(1900 + h / 2, 1 + h % 2);
          SelfCheckReport r = SelfCheckReport.draft(new SelfCheckReportId(UUID.randomUUID()), unit, half,
              new SelfCheckSections(texts.get(0), texts.get(1), texts.get(2), texts.get(3), texts.get(4)),
              half.first().plusDays(n.get(0))).orElseThrow().after();
          if (steps > 0) {
            r = r.submit(new SelfCheckFigures(half.last().plusDays(n.get(1)), n.get(2), n.get(3), n.get(4), n.get(5),
                n.get(6), n.get(7), n.get(8), n.get(0), n.get(1))).orElseThrow().after();
          }
          if (steps > 1) {
            r = r.acknowledge(half.last().plusDays(n.get(1) + n.get(2)), texts.get(4)).orElseThrow().after();
          }
          return r.withVersion(1);
        });
  }

  /** @return an item about a point, a post or a service commitment, with hostile text */
  public static Gen<AppraisalItem> appraisalItems() {
    return longText().zip(integers().between(0, 2), (question, which) -> new AppraisalItem(question,
        which == 0 ? Optional.of(new RiskPointId(UUID.randomUUID())) : Optional.empty(),
        which == 1 ? Optional.of(new PostId(UUID.randomUUID())) : Optional.empty(),
        which == 2 ? Optional.of(new ServiceCommitmentId(UUID.randomUUID())) : Optional.empty(),
        new OfficialId(UUID.randomUUID())));
  }

  /**
   * @param unit the unit
   * @return public appraisal rounds of that unit on either scale, planned on a day from 1900 to 2099, walked up to
   *     every step, answered while collecting (counts and comments of every rating of the scale, some with a contact,
   *     each dissatisfied one naming its item), version 1
   */
  public static Gen<AppraisalRound> appraisalRounds(UnitId unit) {
    return integers().between(0, 72_000).zip(arbitrary().enumValues(AppraisalScale.class),
        lists().of(appraisalItems()).ofSizeBetween(1, 3), lists().of(integers().between(0, 40)).ofSize(8),
        lists().of(longText()).ofSize(2).zip(text(), text(), (l, t, c) -> List.of(t, l.get(0), l.get(1), c)),
        (d, scale, items, n, texts) -> {
          LocalDate planned = LocalDate.of(1900, 1, 1).plusDays(d);
          AppraisalRound r = AppraisalRound.plan(new AppraisalRoundId(UUID.randomUUID()), unit,
              new AppraisalPlan(texts.get(0), scale, planned,
                  planned.plusDays(n.get(0)), items), planned).orElseThrow().after();
          int steps = n.get(1) % 4;
          if (steps > 0) {
            r = r.open(planned.plusDays(n.get(2) % (n.get(0) + 1))).orElseThrow().after();
            List<AppraisalRating> ratings = List.copyOf(scale.ratings());
            List<AppraisalCounts> added = new ArrayList<>();
            List<AppraisalComment> comments = new ArrayList<>();
            LocalDate day = r.life().opened().orElseThrow();
            for (int i = 0; i < items.size(); i++) {
              AppraisalRating rating = ratings.get((n.get(3) + i) % ratings.size());
              AppraisalCounts counted = AppraisalCounts.one(rating);
              for (int k = 0; k < ratings.size(); k++) {
                counted = counted.plus(AppraisalCounts.of(ratings.get(k), n.get(4 + k % 4) + i));
              }
              added.add(counted);
              comments.add(new AppraisalComment(i, rating, texts.get(1 + i % 2), i % 2 == 0
                  ? Optional.of(texts.get(3))
                  : Optional.empty(), i % 2 == 0 ? "0123456789abcdef0123456789abcdef" : "", day,
                  rating.dissatisfied() ? Optional.of(new RectificationItemId(UUID.randomUUID()))
                      : Optional.empty()));
            }
            r = r.record(added, comments, day).orElseThrow().after();
          }
          if (steps > 1) {
            r = r.analyse(r.life().opened().orElseThrow().plusDays(n.get(4)), 1 + n.get(5)).orElseThrow().after();
          }
          if (steps > 2) {
            r = r.close(r.life().analysed().orElseThrow().plusDays(n.get(6)), texts.get(2)).orElseThrow().after();
          }
          return r.withVersion(1);
        });
  }
}
