package org.lianfang.application.control;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.UnitId;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandRunner;
import org.lianfang.application.internal.Registered;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Visibility;
import org.lianfang.control.BreachLadder;
import org.lianfang.control.BreachReport;
import org.lianfang.control.ControlMeasure;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.control.ControlRegistrationForm;
import org.lianfang.control.CoveragePolicy;
import org.lianfang.control.CoverageReport;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationPolicy;
import org.lianfang.control.EducationReport;
import org.lianfang.control.PointCoverage;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.PublicCommitment;
import org.lianfang.control.PublishedPower;
import org.lianfang.control.ResidualForm2;
import org.lianfang.control.ResidualGrade;
import org.lianfang.control.ResidualGradingPolicy;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.grading.GradeLabels;
import org.lianfang.organization.Official;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Unit;
import org.lianfang.risk.NoticeKey;
import org.lianfang.risk.ReviewState;
import org.lianfang.risk.RiskIdentificationForm;
import org.lianfang.risk.RiskPoint;
import org.lianfang.risk.RiskPointId;

/**
 * The reads of the control area: a unit's control measures and education activities, for whoever may read its risks;
 * Form 3 (附表3) of a unit or a person, under the access rules of Form 2; the coverage of a subtree's points (P-14);
 * a subtree's education obligations (P-15); a unit's power disclosures and the public view of its powers (P-16); its
 * service commitments, their public view and a subtree's breach ladder (P-17)
 * (ARCHITECTURE.md decision 1). Thread-safe when the store is.
 */
public final class ControlQueries {
  private final CommandRunner runner;
  private final GradeLabels labels;
  private final CoveragePolicy coverage;
  private final ResidualGradingPolicy residual;
  private final EducationPolicy educationPolicy;

  ControlQueries(CommandRunner runner, GradeLabels labels, CoveragePolicy coverage, ResidualGradingPolicy residual,
      EducationPolicy educationPolicy) {
    this.educationPolicy = educationPolicy;
    this.runner = runner;
    this.labels = labels;
    this.coverage = coverage;
    this.residual = residual;
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its control measures in every state, in id order; empty if the actor may not read the unit's risks
   */
  public List<ControlMeasure> measures(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.may(Operation.READ_RISKS, unit, false) ? s.store().controlMeasures().inUnit(unit) : List.of();
  }

  /**
   * @param actor who reads
   * @param measure a measure
   * @return it, if it exists and the actor may read its unit's risks
   */
  public Optional<ControlMeasure> measure(Actor actor, ControlMeasureId measure) {
    Session s = runner.session(actor);
    return s.store().controlMeasures().find(measure).filter(m -> s.may(Operation.READ_RISKS, m.unitId(), false));
  }

  /**
   * Form 3 of a unit (附表3, S-13): the registered and in-force measures against its confirmed points that the actor
   * may read, with grades in the instance's labels, the confirmed points without such a measure, and the totals. Read
   * from one snapshot of the store ({@link org.lianfang.spi.Transactions#inSnapshot}): points and measures of one
   * instant.
   *
   * @param actor who reads
   * @param unit a unit
   * @return the form, or a refusal if the unit is unknown or the actor may not read it
   */
  public Outcome<ControlRegistrationForm> form3(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.store().transactions().inSnapshot(() -> Visibility.formUnit(s, unit).map(u -> Form3.of(s, s.today(),
        u.name(), List.of(u), confirmed(Visibility.visible(s, s.store().riskPoints().inUnit(unit))),
        s.store().controlMeasures().inUnit(unit).stream().filter(ControlMeasure::listed).toList(), labels)));
  }

  /**
   * Form 3 of a unit's closed year (S-13, S-16): its register as frozen when the year closed, dated that day, each
   * post with who held it then; the same whatever happened since.
   *
   * @param actor who reads
   * @param unit a unit
   * @param year a closed year of the unit
   * @return the form, or a refusal if the unit is unknown, the actor may not read it or the year is not closed
   */
  public Outcome<ControlRegistrationForm> form3(Actor actor, UnitId unit, Year year) {
    Session s = runner.session(actor);
    return Visibility.formUnit(s, unit).flatMap(u -> Registered.day(s, u, year).map(day -> Form3.of(s, day, u.name(),
        List.of(u), confirmed(Visibility.visible(s, s.store().registers().points(unit, year))),
        s.store().registers().measures(unit, year).stream().filter(ControlMeasure::listed).toList(), labels)));
  }

  /**
   * Form 3 of a person (个人): the measures against the confirmed points on the posts the official holds on the day
   * and those the official directly owns, as Form 2 of a person lists them.
   *
   * @param actor who reads
   * @param official the person
   * @return the form, or a refusal if the official is unknown or the actor may not read the official's unit
   */
  public Outcome<ControlRegistrationForm> form3ForPerson(Actor actor, OfficialId official) {
    Session s = runner.session(actor);
    return s.store().transactions().inSnapshot(() -> Visibility.formPerson(s, official).map(o -> {
      List<RiskPoint> points = confirmed(Visibility.ofPerson(s, o)).stream()
          .sorted((a, b) -> NoticeKey.UUID_ORDER.compare(a.id().value(), b.id().value())).toList();
      List<ControlMeasure> measures = new ArrayList<>();
      for (UnitId u : points.stream().map(p -> p.location().unit()).distinct().toList()) {
        s.store().controlMeasures().inUnit(u).stream().filter(ControlMeasure::listed).forEach(measures::add);
      }
      return Form3.of(s, s.today(), o.name(), List.of(), points, measures, labels);
    }));
  }

  /**
   * The coverage of a unit's and its subtree's confirmed points that the actor may read (P-14): what each one's
   * control lacks under the instance's {@link CoveragePolicy} ({@code Lianfang.Builder.coveragePolicy}), its residual
   * grade under the {@link ResidualGradingPolicy}, principal leaders' posts and 三重一大 matters singled out (S-14); a
   * point gone stale (P-3) that a registered or in-force measure still controls is listed with its coverage stale.
   * Read from one snapshot of the store, every unit of the subtree at the same instant.
   *
   * @param actor who reads
   * @param root a unit
   * @return the report; empty of the units the actor may not read
   */
  public CoverageReport coverage(Actor actor, UnitId root) {
    Session s = runner.session(actor);
    return s.store().transactions().inSnapshot(() -> Coverage.of(s, Visibility.subtree(s, root), coverage,
        residual));
  }

  /**
   * The residual grade of each of a unit's confirmed points the actor may read (P-14), under the instance's {@link
   * ResidualGradingPolicy}: what Form 2 shows beside the inherent grade ({@link ResidualForm2}, built from this and
   * the risk area's Form 2 of the same unit).
   *
   * @param actor who reads
   * @param unit a unit
   * @return each point's residual grade; empty if the actor may not read the unit
   */
  public Map<RiskPointId, ResidualGrade> residualGrades(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    Optional<Unit> u = s.unit(unit);
    if (u.isEmpty()) {
      return Map.of();
    }
    Map<RiskPointId, ResidualGrade> out = new java.util.LinkedHashMap<>();
    for (PointCoverage p : Coverage.of(s, List.of(u.get()), coverage, residual).points()) {
      if (!p.stale()) {
        out.put(p.riskPoint(), p.residual());
      }
    }
    return out;
  }

  /**
   * Form 2 of a unit with its residual grades beside the inherent ones (P-14).
   *
   * @param actor who reads
   * @param form Form 2 of a unit as the risk area returned it to the same actor
   * @param unit that unit
   * @return the form with the residual grades, in the instance's labels
   */
  public ResidualForm2 withResidualGrades(Actor actor, RiskIdentificationForm form, UnitId unit) {
    return new ResidualForm2(form, residualGrades(actor, unit), labels);
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its education activities (P-15), withdrawn ones too, in id order; empty if the actor may not read the
   *     unit's risks
   */
  public List<EducationActivity> education(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.may(Operation.READ_RISKS, unit, false) ? s.store().educationActivities().inUnit(unit) : List.of();
  }

  /**
   * The education obligations of a unit and its subtree in a year (P-15), judged today under the instance's {@link
   * EducationPolicy} ({@code Lianfang.Builder.educationPolicy}): each principal leader's 党课, each unit's 警示教育,
   * and a 任职廉政谈话 for every tenure begun in the year (beginning a tenure is what creates it), each met, due or
   * overdue.
   *
   * @param actor who reads
   * @param root a unit
   * @param year the year
   * @return the report; empty of the units whose risks the actor may not read
   */
  public EducationReport educationObligations(Actor actor, UnitId root, Year year) {
    Objects.requireNonNull(year, "year");
    Session s = runner.session(actor);
    return Education.of(s, Visibility.subtree(s, root), year, educationPolicy);
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its power disclosures (P-16) in every state, in id order; empty if the actor may not read the unit's
   *     organisation
   */
  public List<PowerDisclosure> disclosures(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.may(Operation.READ_ORGANIZATION, unit, false) ? s.store().powerDisclosures().inUnit(unit) : List.of();
  }

  /**
   * The unit's live disclosures as its staff see them (P-16): every one not withdrawn, in or out of its period, each
   * marked stale when its power item changed since it was published (P-3), so the unit knows what to publish again;
   * one whose item was classified secret since is listed too (stale), to be withdrawn.
   *
   * @param actor who reads
   * @param unit a unit
   * @return the rows, in the order of the items' codes; empty if the actor may not read the unit's organisation
   */
  public List<PublishedPower> publication(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    if (!s.may(Operation.READ_ORGANIZATION, unit, false)) {
      return List.of();
    }
    return Publication.rows(s, unit, (d, item) -> true);
  }

  /**
   * The public view of a unit's powers (P-16, S-8): what the unit publishes today, for anyone who may read what it
   * publishes, the public included. A withdrawn disclosure, one outside its period, any of a secret item (涉密) and any
   * holding private data are left out; one whose item changed since is shown, marked stale.
   *
   * @param actor who reads
   * @param unit a unit
   * @return the rows, in the order of the items' codes; empty if the actor may not read what the unit publishes
   */
  public List<PublishedPower> publicPowers(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    if (!s.may(Operation.READ_PUBLISHED, unit, false)) {
      return List.of();
    }
    // private data never reaches the public, even in a disclosure that came in by import rather than by a command
    return Publication.rows(s, unit, (d, item) -> !item.secret() && d.content().covers(s.today())
        && d.content().privateData().isEmpty());
  }

  /**
   * The units of a subtree whose publications the actor may read (P-16, P-17), for a public notice that covers them
   * all: their ids and names, depth first from the root, as the public view of risks names units.
   *
   * @param actor who reads
   * @param root a unit
   * @return each unit whose published powers and commitments the actor may read, with its name; empty for an unknown
   *     root
   */
  public Map<UnitId, String> publishingUnits(Actor actor, UnitId root) {
    Session s = runner.session(actor);
    Map<UnitId, String> out = new java.util.LinkedHashMap<>();
    for (Unit u : Visibility.subtree(s, root)) {
      if (s.may(Operation.READ_PUBLISHED, u.id(), false)) {
        out.put(u.id(), u.name());
      }
    }
    return out;
  }

  /**
   * @param actor who reads
   * @param unit a unit
   * @return its service commitments (P-17) in every state, in id order; empty if the actor may not read the unit's
   *     organisation
   */
  public List<ServiceCommitment> commitments(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    return s.may(Operation.READ_ORGANIZATION, unit, false) ? s.store().serviceCommitments().inUnit(unit)
        : List.of();
  }

  /**
   * A unit's service commitments as those served read them (P-17, S-15): each one published (公示), being kept or
   * judged, with its holder's name, and once judged its verdict and what was said in public.
   *
   * @param actor who reads
   * @param unit a unit
   * @return the commitments, in id order; empty if the actor may not read what the unit publishes
   */
  public List<PublicCommitment> publicCommitments(Actor actor, UnitId unit) {
    Session s = runner.session(actor);
    if (!s.may(Operation.READ_PUBLISHED, unit, false)) {
      return List.of();
    }
    List<ServiceCommitment> shown = s.store().serviceCommitments().inUnit(unit).stream()
        .filter(ServiceCommitment::published).toList();
    Map<OfficialId, Official> holders = s.store().officials().findAll(
        shown.stream().map(c -> c.terms().holder()).distinct().toList());
    return shown.stream().map(c -> new PublicCommitment(c.id(), c.terms(), name(holders, c.terms().holder()),
        c.life())).toList();
  }

  /**
   * The breach ladder of a subtree's commitment holders in a year (P-17, {@link BreachLadder}): each holder's
   * commitments judged broken without excuse, the 诫勉教育 and 效能告诫 each brought, and whether the year makes the
   * holder 不称职. It counts the commitments of the subtree's units whose risks the actor may read, and only those: a
   * holder's commitments elsewhere (a holder may serve a unit above) are not seen, so the ladder that decides a
   * holder's appraisal is read from a root above every unit the holder's commitments are in, by an actor who may read
   * them all (the discipline body).
   *
   * @param actor who reads
   * @param root a unit
   * @param year the year
   * @return the report
   */
  public BreachReport breachLadder(Actor actor, UnitId root, Year year) {
    Objects.requireNonNull(year, "year");
    Session s = runner.session(actor);
    List<ServiceCommitment> all = new ArrayList<>();
    List<Unit> read = Visibility.subtree(s, root).stream().filter(u -> s.may(Operation.READ_RISKS, u.id(), false))
        .toList();
    for (List<Unit> batch : Visibility.batches(read)) {
      s.store().serviceCommitments().inUnits(Visibility.ids(batch)).values().forEach(all::addAll);
    }
    List<BreachLadder.Rungs> ladder = BreachLadder.of(all, year);
    Map<OfficialId, Official> holders = s.store().officials().findAll(
        ladder.stream().map(BreachLadder.Rungs::holder).toList());
    return new BreachReport(year, ladder.stream().map(r -> new BreachReport.Row(name(holders, r.holder()), r))
        .toList());
  }

  /** An official's name, or the id where the official is not in the store (a restore may hold such a record). */
  private static String name(Map<OfficialId, Official> found, OfficialId id) {
    Official o = found.get(id);
    return o == null ? id.toString() : o.name();
  }

  /** @param visible points the actor may read @return the confirmed ones, which Form 3 lists */
  private static List<RiskPoint> confirmed(List<RiskPoint> visible) {
    return visible.stream().filter(r -> r.state() == ReviewState.CONFIRMED).toList();
  }

}
