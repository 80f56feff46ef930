package org.lianfang.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.lianfang.UnitId;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.Deduction;
import org.lianfang.evaluation.EvaluationDecision;
import org.lianfang.evaluation.EvaluationFigures;
import org.lianfang.evaluation.EvaluationReview;
import org.lianfang.evaluation.Scorecard;
import org.lianfang.evaluation.SelfAssessment;
import org.lianfang.evaluation.StandardEvaluationPolicy;
import org.lianfang.evaluation.Veto;
import org.lianfang.kinds.AggregateKind;
import org.lianfang.kinds.AggregateKinds;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generators of the annual evaluation's inputs: a unit's year of figures, from none at all to a city bureau's (P-24),
 * every part within its whole.
 */
public final class EvaluationGenerators {
  /** The generator of each kind of this area a unit holds, for {@link Generators#inUnit}. */
  static final Map<AggregateKind<?, ?>, Function<UnitId, Gen<?>>> IN_UNIT = Map.of(
      AggregateKinds.ANNUAL_EVALUATIONS, EvaluationGenerators::annualEvaluations);

  /** The next year an evaluation is drawn for, so that no two draws share one. */
  private static final java.util.concurrent.atomic.AtomicLong YEARS = new java.util.concurrent.atomic.AtomicLong(110);

  private EvaluationGenerators() {}

  /** @return figures of a unit's year, every count from 0 up, with parts within their wholes */
  public static Gen<EvaluationFigures> figures() {
    return lists().of(integers().between(0, 400)).ofSize(19).map(n -> {
      int points = n.get(0) % 120;
      int powers = n.get(3) % 60;
      int due = n.get(5);
      long scored = n.get(15) * 7L;
      return new EvaluationFigures(new UnitId(UUID.randomUUID()), Year.of(2010), LocalDate.of(2010, 12, 31), points,
          points == 0 ? 0 : n.get(1) % (points + 1), points == 0 ? 0 : n.get(2) % (points + 1), powers,
          powers == 0 ? 0 : n.get(4) % (powers + 1), due, n.get(6) % (due + 3), n.get(7), n.get(8) % 50,
          n.get(9) % 50, n.get(10) % 12, n.get(11) % 6, n.get(12) % 3 == 0 ? 1 : 0, n.get(13) % 4 == 0 ? n.get(14) % 3
              : 0, scored, scored == 0 ? 0 : n.get(16) * 7L % (scored + 1));
    });
  }

  /**
   * @param unit the unit
   * @param year the year
   * @param asOf the day they are read
   * @return a bureau's year: 10 points (8 owned, 9 covered), 4 powers (3 disclosed), 30 checks owed (27 submitted,
   *     rated 16 / 2 / 2), 2 items overdue, one official held accountable, 200 appraisal answers (170 satisfied)
   */
  public static EvaluationFigures bureau(UnitId unit, Year year, LocalDate asOf) {
    return new EvaluationFigures(unit, year, asOf, 10, 8, 9, 4, 3, 30, 27, 16, 2, 2, 2, 0, 0, 1, 200, 170);
  }

  /** @return a list of 0 to 5 leaders' scores, each 0 to 100 in hundredths */
  public static Gen<List<BigDecimal>> leaderScores() {
    return lists().of(integers().between(0, 10_000).map(x -> BigDecimal.valueOf(x, 2))).ofSizeBetween(0, 5);
  }

  /**
   * @param unit the unit
   * @return annual evaluations of that unit under the default policy, of a year from 1900 to 9998, self-assessed on a
   *     day of it and walked up to every step with generated figures, deductions, vetoes and leaders' scores, each
   *     step on or after the last, version 1
   */
  public static Gen<AnnualEvaluation> annualEvaluations(UnitId unit) {
    StandardEvaluationPolicy policy = StandardEvaluationPolicy.standard();
    return Generate.constant(() -> YEARS.getAndIncrement()).zip(figures(), lists().of(integers().between(0, 40))
        .ofSize(8), Generators.longText(), Generators.text(), (n0, f, n, text, name) -> {
          Year year = Year.of(1900 + (int) Math.floorMod(n0, 9998 - 1900));
          LocalDate day = year.atDay(1 + n.get(0) * 5);
          List<BigDecimal> items = policy.items().stream().map(i -> BigDecimal.valueOf(Math.min(i.weight() * 100,
              n.get(1) * 37 + i.weight()), 2)).toList();
          AnnualEvaluation e = AnnualEvaluation.assess(new AnnualEvaluationId(UUID.randomUUID()), unit, year,
              policy.version(), new SelfAssessment(items, text, day)).orElseThrow().after();
          int steps = n.get(2) % 5;
          LocalDate next = day.plusDays(n.get(3));
          if (steps > 0) {
            EvaluationFigures ours = new EvaluationFigures(unit, year, next, f.points(), f.pointsOwned(),
                f.pointsCovered(), f.powerItems(), f.powerItemsDisclosed(), f.checksDue(), f.checksSubmitted(),
                f.ratedFull(), f.ratedPartial(), f.ratedNone(), f.itemsOverdue(), f.reportsOpen(),
                f.leadersHeldAccountable(), f.othersHeldAccountable(), f.appraisalScored(), f.appraisalSatisfied());
            List<Deduction> deductions = n.get(4) % 3 == 0 ? List.of() : List.of(new Deduction(policy.items()
                .get(n.get(5) % 6).code(), BigDecimal.valueOf(n.get(6) + 1, 1), text, name));
            List<Veto> vetoes = n.get(7) % 4 == 0 ? List.of(new Veto(text, name)) : List.of();
            e = e.inspect(new EvaluationReview(ours, deductions, vetoes, next)).orElseThrow().after();
          }
          if (steps > 1) {
            e = e.propose(List.of(BigDecimal.valueOf(n.get(4) * 250, 2), new BigDecimal("88.5")), next)
                .orElseThrow().after();
          }
          if (steps > 2) {
            Scorecard card = e.scorecard(policy).orElseThrow();
            e = e.decide(new EvaluationDecision(next.plusDays(n.get(5)), name, card.total(), card.band(),
                card.label())).orElseThrow().after();
          }
          if (steps > 3) {
            e = e.publish(e.decision().orElseThrow().day().plusDays(n.get(6))).orElseThrow().after();
          }
          return e.withVersion(1);
        });
  }
}
