package org.lianfang.application.evaluation;

import com.google.common.collect.Lists;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Actor;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
import org.lianfang.checks.CheckPolicy;
import org.lianfang.evaluation.AnnualEvaluation;
import org.lianfang.evaluation.AnnualEvaluationId;
import org.lianfang.evaluation.EvaluationDecision;
import org.lianfang.evaluation.EvaluationFigures;
import org.lianfang.evaluation.EvaluationPolicy;
import org.lianfang.evaluation.LeadershipResult;
import org.lianfang.evaluation.Scorecard;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.Unit;

/**
 * The evaluation's reads (S-11, P-24): a unit's year as its records stand, and the scorecard the instance's policy
 * gives it before anything is entered (the office's score from the records alone). A subtree is read kind by kind for
 * all its units at once, never a record at a time. Thread-safe when the store is.
 */
public final class EvaluationQueries {
  /**
   * How many units' records {@link #provisional} holds at once: a city's year of monthly checks read whole would not
   * fit a small heap, while a chunk is still read kind by kind in a few statements.
   */
  static final int CHUNK = 200;

  private final CommandRunner runner;
  private final CheckPolicy checks;
  private final EvaluationPolicy policy;

  EvaluationQueries(CommandRunner runner, CheckPolicy checks, EvaluationPolicy policy) {
    this.runner = runner;
    this.checks = checks;
    this.policy = policy;
  }

  /** @return the policy the instance scores by */
  public EvaluationPolicy policy() {
    return policy;
  }

  /**
   * @param actor who reads (needs {@code READ_CHECKS} on the unit)
   * @param unit a unit
   * @param year the year
   * @param asOf the day the records are read as of
   * @return its figures; empty if the unit does not exist or the actor may not read its checks
   */
  public Optional<EvaluationFigures> figures(Actor actor, UnitId unit, Year year, LocalDate asOf) {
    Session s = runner.session(actor);
    if (s.store().units().find(unit).isEmpty() || !s.may(Operation.READ_CHECKS, unit, false)) {
      return Optional.empty();
    }
    return Optional.of(s.store().transactions().inSnapshot(() -> YearFigures.read(s.store(), List.of(unit), year,
        asOf, checks, runner.clock().getZone())).get(unit));
  }

  /**
   * The provisional scorecards of a subtree: each unit's year from its records under the instance's policy, with no
   * self-assessment, leaders' score, deduction or veto yet, so each total is the office's score. Read from one snapshot
   * of the store ({@link org.lianfang.spi.Transactions#inSnapshot}), as coverage is: every unit's figures of one
   * moment, where the store keeps snapshots of its own (not inside a command, nor on a store joining its host's
   * transactions: there each record is read whole, as outside one).
   *
   * @param actor who reads (units whose checks they may not read are left out)
   * @param root the subtree's top
   * @param year the year
   * @param asOf the day the records are read as of
   * @return a scorecard per unit the actor may read, in the subtree's order
   */
  public List<Scorecard> provisional(Actor actor, UnitId root, Year year, LocalDate asOf) {
    Session s = runner.session(actor);
    return s.store().transactions().inSnapshot(() -> {
      List<UnitId> units = new ArrayList<>();
      for (Unit u : Visibility.subtree(s, root)) {
        if (s.may(Operation.READ_CHECKS, u.id(), false)) {
          units.add(u.id());
        }
      }
      List<Scorecard> all = new ArrayList<>(units.size());
      for (List<UnitId> chunk : Lists.partition(units, CHUNK)) {
        Map<UnitId, EvaluationFigures> figures = YearFigures.read(s.store(), chunk, year, asOf, checks,
            runner.clock().getZone());
        for (UnitId u : chunk) {
          all.add(Scorecard.of(policy, figures.get(u), Optional.<BigDecimal>empty(), List.of(), List.of(),
              List.of()));
        }
      }
      return all;
    });
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its annual evaluations, in id order; empty if the actor may not read its checks
   */
  public List<AnnualEvaluation> evaluations(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.may(Operation.READ_CHECKS, unit, false) ? s.store().annualEvaluations().inUnit(unit) : List.of();
  }

  /**
   * @param actor who reads
   * @param evaluation an evaluation
   * @return its scorecard under the instance's policy, once inspected, if the actor may read its unit's checks and
   *     the policy is the evaluation's
   */
  public Optional<Scorecard> scorecard(Actor actor, AnnualEvaluationId evaluation) {
    Session s = runner.session(actor);
    return s.store().annualEvaluations().find(evaluation).filter(e -> s.may(Operation.READ_CHECKS, e.unitId(), false))
        .flatMap(e -> e.scorecard(policy));
  }

  /**
   * The published results of a subtree's year, for the host's assessment of each leadership team (S-11): per unit its
   * total and band as decided, and who held its principal leaders' posts on the day it was decided.
   *
   * @param actor who reads (units whose checks they may not read are left out)
   * @param root the subtree's top
   * @param year the year
   * @return a row per unit with a published evaluation of the year, in the subtree's order
   */
  public List<LeadershipResult> results(Actor actor, UnitId root, Year year) {
    Session s = runner.session(actor);
    List<Unit> units = Visibility.subtree(s, root).stream().filter(u -> s.may(Operation.READ_CHECKS, u.id(), false))
        .toList();
    List<UnitId> ids = units.stream().map(Unit::id).toList();
    Map<UnitId, List<AnnualEvaluation>> evaluations = s.store().annualEvaluations().inUnits(ids);
    Map<UnitId, List<Post>> posts = s.store().posts().inUnits(ids);
    Map<UnitId, List<Tenure>> tenures = s.store().tenures().inUnits(ids);
    List<LeadershipResult> rows = new ArrayList<>();
    for (Unit u : units) {
      for (AnnualEvaluation e : evaluations.getOrDefault(u.id(), List.of())) {
        if (!e.year().equals(year) || e.published().isEmpty()) {
          continue;
        }
        EvaluationDecision d = e.decision().orElseThrow();
        Set<PostId> leading = new HashSet<>();
        posts.getOrDefault(u.id(), List.of()).stream().filter(p -> p.profile().principalLeader())
            .forEach(p -> leading.add(p.id()));
        List<OfficialId> leaders = tenures.getOrDefault(u.id(), List.of()).stream()
            .filter(t -> leading.contains(t.postId()) && t.covers(d.day())).map(Tenure::officialId).distinct()
            .toList();
        rows.add(new LeadershipResult(u.id(), u.code(), u.name(), year, d.total(), d.band(), d.label(), leaders));
      }
    }
    return rows;
  }
}
