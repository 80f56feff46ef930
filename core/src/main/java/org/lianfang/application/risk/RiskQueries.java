package org.lianfang.application.risk;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.FormCells;
import org.lianfang.application.internal.Registered;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.grading.Assessment;
import org.lianfang.grading.GradeLabels;
import org.lianfang.grading.RiskGrade;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Unit;
import org.lianfang.risk.Form2Row;
import org.lianfang.risk.GradingRecord;
import org.lianfang.risk.HeatMap;
import org.lianfang.risk.PublishedPage;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskCategory;
import org.lianfang.risk.RiskIdentificationForm;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;
import org.lianfang.risk.RiskSource;
import org.lianfang.risk.RiskTotals;

/**
 * The reads of the risk area: risk points, Form 2 by unit and by person, totals, the heat map and the public view of
 * published points (S-5, S-6, S-13, P-11), each checked by the access policy as commands are (ARCHITECTURE.md
 * decision 1): lists leave out what the actor may not see; reports on one unit or person are refused when the actor
 * may not read it at all. Risk points in any state need {@link Operation#READ_RISKS} (post holders have it on the
 * posts they hold); the public sees only {@link #publishedRisks}. Thread-safe when the store is.
 */
public final class RiskQueries {
  /** The most points one page of {@link #publishedRisks} holds, whatever the limit asked. */
  public static final int MAX_PUBLIC_PAGE = 100;

  private final CommandRunner runner;
  private final GradeLabels labels;

  RiskQueries(CommandRunner runner, GradeLabels labels) {
    this.runner = runner;
    this.labels = labels;
  }

  /**
   * @param actor who reads
   * @param id a risk point
   * @return it, if it exists and the actor may read it; commenters are sealed unless the actor may read sealed
   *     identities (P-11)
   */
  public Optional<RiskPoint> riskPoint(Actor actor, RiskPointId id) {
    Session s = runner.session(actor);
    return s.store().riskPoints().find(id).filter(r -> Visibility.canRead(s, r)).map(r -> sealed(s, r));
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its risk points the actor may read, in id order; commenters are sealed unless the actor may read sealed
   *     identities (P-11)
   */
  public List<RiskPoint> riskPoints(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    boolean clear = s.may(Operation.READ_SEALED, unit, false);
    return Visibility.visible(s, s.store().riskPoints().inUnit(unit)).stream()
        .map(r -> clear ? r : AggregateKinds.RISK_POINTS.sealed(r)).toList();
  }

  private static RiskPoint sealed(Session s, RiskPoint r) {
    return s.may(Operation.READ_SEALED, r.location().unit(), false) ? r : AggregateKinds.RISK_POINTS.sealed(r);
  }

  /**
   * What the public may see (S-5, S-6, P-11), a page at a time (issue 10, bounded public reads): the published and
   * confirmed points of a unit and the units below it, each from the first day of its notice on, with grades in the
   * instance's labels ({@code Lianfang.Builder.gradeLabels}); a point only to an actor among its notice's audience
   * (issue 10, finding 11: the public sees the notices to the public, the staff also those inside their unit or its
   * tree). A call reads the subtree's units, one page of points and the names of the page's posts: never every point
   * of the subtree, whoever calls. Pages run by unit id, then by point id; an unknown unit, or one the actor may see
   * nothing of, gives an empty page.
   *
   * @param actor who reads (any role with {@link Operation#READ_PUBLISHED})
   * @param unit a unit
   * @param after where the page starts: empty for the first, else the {@link PublishedPage#next()} of the page before
   * @param limit the most points, from 1; more than {@link #MAX_PUBLIC_PAGE} reads that many
   * @return the page, or a refusal naming {@code limit} below 1 or an {@code after} this query did not give
   */
  public Outcome<PublishedPage> publishedRisks(Actor actor, UnitId unit, Optional<String> after, int limit) {
    return publishedRisks(actor, unit, after, limit, labels);
  }

  /**
   * {@link #publishedRisks(Actor, UnitId, Optional, int)} with the grades in the given label set (P-4), for this call
   * only.
   *
   * @param actor who reads (any role with {@link Operation#READ_PUBLISHED})
   * @param unit a unit
   * @param after where the page starts, as {@link #publishedRisks(Actor, UnitId, Optional, int)}
   * @param limit the most points, from 1, as {@link #publishedRisks(Actor, UnitId, Optional, int)}
   * @param gradeLabels the labels to show the grades in
   * @return the page, or a refusal
   */
  public Outcome<PublishedPage> publishedRisks(Actor actor, UnitId unit, Optional<String> after, int limit,
      GradeLabels gradeLabels) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(gradeLabels, "gradeLabels");
    return PublicNotices.page(runner.session(actor), unit, after, limit, gradeLabels);
  }

  /**
   * Form 2 of a unit (附表2, S-13): its risk points in force (not retired) that the actor may read, with grades in the
   * instance's labels ({@code Lianfang.Builder.gradeLabels}); a stale grade is marked 待重评 (P-3).
   *
   * @param actor who reads
   * @param unit a unit
   * @return the form, or a refusal if the unit is unknown or the actor may not read it
   */
  public Outcome<RiskIdentificationForm> form2(Actor actor, UnitId unit) {
    return form2(actor, unit, labels);
  }

  /**
   * {@link #form2(Actor, UnitId)} with the grades in the given label set (P-4), for this call only.
   *
   * @param actor who reads
   * @param unit a unit
   * @param gradeLabels the labels to show the grades in
   * @return the form, or a refusal if the unit is unknown or the actor may not read it
   */
  public Outcome<RiskIdentificationForm> form2(Actor actor, UnitId unit, GradeLabels gradeLabels) {
    Objects.requireNonNull(gradeLabels, "gradeLabels");
    Session s = runner.session(actor);
    return Visibility.formUnit(s, unit).map(u -> new RiskIdentificationForm(u.name(), s.today(), rows(s,
        Visibility.visible(s, s.store().riskPoints().inUnit(unit)).stream()
            .filter(r -> r.state() != ReviewState.RETIRED).toList(), gradeLabels)));
  }

  /**
   * Form 2 of a unit's closed year (S-13, S-16): its register as frozen when the year closed, dated that day, each post
   * with who held it then, with grades in the instance's labels; the same whatever happened since.
   *
   * @param actor who reads
   * @param unit a unit
   * @param year a closed year of the unit
   * @return the form, or a refusal if the unit is unknown, the actor may not read it or the year is not closed
   */
  public Outcome<RiskIdentificationForm> form2(Actor actor, UnitId unit, Year year) {
    Session s = runner.session(actor);
    return Visibility.formUnit(s, unit).flatMap(u -> Registered.day(s, u, year).map(day ->
        new RiskIdentificationForm(u.name(), day, rows(s, day, Visibility.visible(s, s.store().registers()
            .points(unit, year)).stream().filter(r -> r.state() != ReviewState.RETIRED).toList(), labels))));
  }

  /**
   * Form 2 of a person (个人): the points in force on the posts the official holds on the day, and those the official
   * directly owns, with grades in the instance's labels ({@code Lianfang.Builder.gradeLabels}).
   *
   * @param actor who reads
   * @param official the person
   * @return the form, or a refusal if the official is unknown or the actor may not read the official's unit
   */
  public Outcome<RiskIdentificationForm> form2ForPerson(Actor actor, OfficialId official) {
    return form2ForPerson(actor, official, labels);
  }

  /**
   * {@link #form2ForPerson(Actor, OfficialId)} with the grades in the given label set (P-4), for this call only.
   *
   * @param actor who reads
   * @param official the person
   * @param gradeLabels the labels to show the grades in
   * @return the form, or a refusal if the official is unknown or the actor may not read the official's unit
   */
  public Outcome<RiskIdentificationForm> form2ForPerson(Actor actor, OfficialId official, GradeLabels gradeLabels) {
    Objects.requireNonNull(gradeLabels, "gradeLabels");
    Session s = runner.session(actor);
    return Visibility.formPerson(s, official).map(o -> new RiskIdentificationForm(o.name(), s.today(), rows(s,
        Visibility.ofPerson(s, o).stream().filter(r -> r.state() != ReviewState.RETIRED).toList(), gradeLabels)));
  }

  /**
   * Totals by unit × category × grade, and by review state, of the points in force that the actor may read, in a unit
   * and every unit below it (S-13). A point whose grade is stale (P-3) counts as awaiting re-grading, not under the
   * grade it had.
   *
   * @param actor who reads
   * @param root a unit
   * @return the totals
   */
  public RiskTotals totals(Actor actor, UnitId root) {
    Session s = runner.session(actor);
    List<RiskTotals.Row> rows = new ArrayList<>();
    for (List<Unit> batch : Visibility.batches(Visibility.subtree(s, root))) {
      Map<UnitId, List<RiskPoint>> read = s.store().riskPoints().inUnits(Visibility.ids(batch));
      for (Unit u : batch) {
        totals(s, u, read.get(u.id()), rows);
      }
    }
    return new RiskTotals(rows);
  }

  /** Adds a unit's rows of {@link #totals(Actor, UnitId)}, from its points. */
  private static void totals(Session s, Unit u, List<RiskPoint> points, List<RiskTotals.Row> rows) {
    Map<RiskCategory, int[]> counts = new EnumMap<>(RiskCategory.class);
    Map<RiskCategory, Map<ReviewState, Integer>> states = new EnumMap<>(RiskCategory.class);
    for (RiskPoint r : Visibility.visible(s, points)) {
      if (r.state() == ReviewState.RETIRED) {
        continue;
      }
      RiskCategory category = r.description().category();
      int[] c = counts.computeIfAbsent(category, k -> new int[5]);
      c[r.grading().map(g -> g.stale() ? 4 : g.grade().level().ordinal()).orElse(3)]++;
      states.computeIfAbsent(category, k -> new EnumMap<>(ReviewState.class)).merge(r.state(), 1, Integer::sum);
    }
    counts.forEach((cat, c) -> rows.add(new RiskTotals.Row(u.id(), u.name(), cat,
        c[RiskGrade.HIGHER.ordinal()], c[RiskGrade.GENERAL.ordinal()], c[RiskGrade.LOWER.ordinal()], c[3], c[4],
        states.get(cat))));
  }

  /**
   * The heat map (probability × harm) of the graded points in force that the actor may read, in a unit and every
   * unit below it.
   *
   * @param actor who reads
   * @param root a unit
   * @return the counts
   */
  public HeatMap heatMap(Actor actor, UnitId root) {
    Session s = runner.session(actor);
    List<Assessment> all = new ArrayList<>();
    for (List<Unit> batch : Visibility.batches(Visibility.subtree(s, root))) {
      for (List<RiskPoint> points : s.store().riskPoints().inUnits(Visibility.ids(batch)).values()) {
        Visibility.visible(s, points).stream()
            .filter(r -> r.state() != ReviewState.RETIRED)
            .flatMap(r -> r.grading().stream())
            .map(GradingRecord::assessment)
            .forEach(all::add);
      }
    }
    return HeatMap.of(all);
  }

  private static List<Form2Row> rows(Session s, List<RiskPoint> points, GradeLabels labels) {
    return rows(s, s.today(), points, labels);
  }

  private static List<Form2Row> rows(Session s, LocalDate day, List<RiskPoint> points, GradeLabels labels) {
    FormCells cells = new FormCells(s, day);
    cells.readAhead(points, points.stream().flatMap(r -> r.owners().stream()).toList());
    List<Form2Row> rows = new ArrayList<>();
    int n = 0;
    for (RiskPoint r : points) {
      String owners = r.owners().map(cells::owners).orElse("");
      String sources = r.description().sources().stream().map(RiskSource::description)
          .collect(Collectors.joining("；"));
      rows.add(new Form2Row(++n, r.id(), r.code(), cells.unitName(r.location().unit()), cells.postName(r),
          cells.holders(r), r.description().category(), r.description().description(),
          r.description().manifestation(), sources, r.description().method(), r.description().channel(),
          FormCells.gradeLabel(r, labels), owners, r.state()));
    }
    return rows;
  }
}
