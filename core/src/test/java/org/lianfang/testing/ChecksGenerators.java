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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.checks.CheckAction;
import org.lianfang.checks.CheckRating;
import org.lianfang.checks.CheckRow;
import org.lianfang.checks.MonthlyCheck;
import org.lianfang.checks.MonthlyCheckId;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.quicktheories.core.Gen;

/**
 * Generators of the checks' records: monthly checks of every month from 2010 to 2039 in every state, with rows of
 * every rating, walked there by their own steps from the day they were opened (P-22). Built from valid parts, with
 * the hostile text of {@link Generators}.
 */
public final class ChecksGenerators {
  /** The generator of each kind of this area a unit holds, for {@link Generators#inUnit}. */
  static final Map<AggregateKind<?, ?>, Function<UnitId, Gen<?>>> IN_UNIT = Map.of(
      AggregateKinds.MONTHLY_CHECKS, ChecksGenerators::monthlyChecks);

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
}
