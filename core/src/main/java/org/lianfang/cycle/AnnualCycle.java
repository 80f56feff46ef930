package org.lianfang.cycle;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/**
 * A unit's year (S-1, S-16; ARCHITECTURE.md decision 7): opened under a timetable, rules and the versions of the
 * policies in force, all kept with it so that a past year is re-read under its own; then its phases left one at a time
 * in order, each on a day within or after its window and past the guard its rules set on what the unit's records held
 * that day ({@link CycleFigures}, kept with the step); leaving the last phase closes the year. Its revision
 * ({@link RevisionNotice}, P-5, P-26) is posted in self-assessment and revision, or again in summary and acceptance,
 * and under its rule neither phase is left before the latest notice is over. That the actor may, that the figures are
 * the unit's and that a notice is of the unit's changes are for the caller to check.
 *
 * <p>Immutable and thread-safe.
 */
public final class AnnualCycle implements Aggregate<AnnualCycleId> {
  private final AnnualCycleId id;
  private final UnitId unitId;
  private final LocalDate opened;
  private final CycleTimetable timetable;
  private final CycleRules rules;
  private final CyclePolicies policies;
  /** What the records held when each phase was left, in order: the k-th left the k-th working phase. */
  private final List<CycleFigures> steps;
  /** The revision posted in self-assessment and revision or in summary and acceptance, the latest if posted again. */
  private final Optional<RevisionNotice> revision;
  private final long version;

  private AnnualCycle(AnnualCycleId id, UnitId unitId, LocalDate opened, CycleTimetable timetable, CycleRules rules,
      CyclePolicies policies, List<CycleFigures> steps, Optional<RevisionNotice> revision, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.opened = Objects.requireNonNull(opened, "opened");
    this.timetable = Objects.requireNonNull(timetable, "timetable");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.policies = Objects.requireNonNull(policies, "policies");
    this.steps = List.copyOf(steps);
    this.revision = Objects.requireNonNull(revision, "revision");
    this.version = version;
    LocalDate last = opened;
    for (int k = 0; k < this.steps.size(); k++) {
      CycleFigures f = this.steps.get(k);
      if (k >= CyclePhase.WORKING.size() || f.day().isBefore(last)
          || f.day().isBefore(timetable.window(CyclePhase.WORKING.get(k)).from())
          || !forbidden(CyclePhase.WORKING.get(k), f, rules, revision, k == CyclePhase.REVISION.ordinal()
              && revision.isPresent() && !revision.get().start().isBefore(f.day())).isEmpty()) {
        throw new IllegalArgumentException("a cycle leaves its six phases in order, each on or after the day it "
            + "opened, the step before and the phase's first day, past the guards of its rules");
      }
      last = f.day();
    }
    int revising = CyclePhase.REVISION.ordinal();
    if (revision.isPresent() && (this.steps.size() < revising
        || revision.get().start().isBefore(this.steps.get(revising - 1).day())
        || phase() == CyclePhase.CLOSED && revision.get().start().isAfter(last))) {
      throw new IllegalArgumentException("a revision is posted while the year is in self-assessment and revision or "
          + "in summary and acceptance");
    }
  }


  /**
   * Opens a unit's year, not yet stored.
   *
   * @param id the id
   * @param unitId the unit
   * @param today the day it opens: the year not yet over, and no later than the year before it
   * @param year the year
   * @param policy the cycle policy: the year's timetable and the rules are its, kept with the cycle
   * @param policies the versions of the policies it runs under, the cycle policy's among them
   * @return it, in {@link CyclePhase#MOBILISATION}, and its {@link CycleEvent.Opened} event; or a refusal naming the
   *     year
   * @throws IllegalArgumentException if {@code policies} does not name {@code policy}'s version as the cycle's
   */
  public static Outcome<Change<AnnualCycle>> open(AnnualCycleId id, UnitId unitId, LocalDate today, Year year,
      CyclePolicy policy, CyclePolicies policies) {
    if (!policies.cycle().equals(policy.version())) {
      throw new IllegalArgumentException("the versions name the cycle policy given: " + policy.version() + ", not "
          + policies.cycle());
    }
    CycleTimetable timetable = policy.timetable(year);
    CycleRules rules = policy.rules();
    LocalDate last = timetable.window(CyclePhase.ACCEPTANCE).to();
    if (today.isAfter(last)) {
      return Outcome.refused(Refusal.invalidField("year", "NotInThePast", "年度", "year", year + " 年已于 " + last
          + " 结束，不能再开启（今天是 " + today + "）", year + " ended on " + last + " and cannot be opened; today is "
          + today));
    }
    if (year.getValue() > today.getYear() + 1) {
      return Outcome.refused(Refusal.invalidField("year", "NextYearAtMost", "年度", "year", "只能开启今年或明年（今天是 "
          + today + "，不能开启 " + year + " 年）", "only this year or the next may be opened; today is " + today
          + ", so not " + year));
    }
    AnnualCycle c = new AnnualCycle(id, unitId, today, timetable, rules, policies, List.of(), Optional.empty(), 0);
    return Outcome.accepted(Change.of(c, new CycleEvent.Opened(unitId, id, today, timetable, rules, policies)));
  }

  /**
   * Rebuilds a stored cycle; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param opened the day it opened
   * @param timetable its dates
   * @param rules its rules
   * @param policies its policies' versions
   * @param steps what the records held when each phase was left, in order
   * @param revision the revision posted, if any
   * @param version the stored version
   * @return the cycle
   * @throws IllegalArgumentException if the steps are more than six, or out of order or before their phase began, or
   *     one's figures are what its phase's guard forbids under the rules; or the revision was posted before
   *     measures were left or after the year closed
   */
  public static AnnualCycle restore(AnnualCycleId id, UnitId unitId, LocalDate opened, CycleTimetable timetable,
      CycleRules rules, CyclePolicies policies, List<CycleFigures> steps, Optional<RevisionNotice> revision,
      long version) {
    return new AnnualCycle(id, unitId, opened, timetable, rules, policies, steps, revision, version);
  }

  /**
   * Leaves the current phase for the next; leaving {@link CyclePhase#ACCEPTANCE} closes the year.
   *
   * @param figures what the unit's records hold, and the day
   * @return it in the next phase, with its {@link CycleEvent.Advanced} event; or the refusal {@link #refusal} gives
   */
  public Outcome<Change<AnnualCycle>> advance(CycleFigures figures) {
    Optional<Refusal> refused = refusal(figures);
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    List<CycleFigures> next = new ArrayList<>(steps);
    next.add(figures);
    CyclePhase from = phase();
    AnnualCycle c = new AnnualCycle(id, unitId, opened, timetable, rules, policies, next, revision, version);
    return Outcome.accepted(Change.of(c, new CycleEvent.Advanced(unitId, id, from, c.phase(), figures)));
  }

  /**
   * Posts the year's revision (修正完善公示, S-12, P-5, P-26): the changes of the register since the last closed year,
   * for a notice period, in self-assessment and revision, or again in summary and acceptance if the register changed
   * after; posted again, the latest replaces it and its period begins anew. That the notice's counts and digest are
   * the diff's is for the caller.
   *
   * @param notice the notice, starting today
   * @param diff the changes posted, which its event carries into the journal
   * @return it with the notice, and its {@link CycleEvent.RevisionPosted} event; or a refusal: the year is in neither
   *     phase, or the notice starts before the phase's last step
   */
  public Outcome<Change<AnnualCycle>> post(RevisionNotice notice, RegisterDiff diff) {
    if (phase() != CyclePhase.REVISION && phase() != CyclePhase.ACCEPTANCE) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, "修正内容在“"
          + CyclePhase.REVISION.chinese() + "”或“" + CyclePhase.ACCEPTANCE.chinese() + "”阶段公示，" + year()
          + " 年度现处于“" + phase().chinese() + "”", "a revision is posted in the " + CyclePhase.REVISION.code()
          + " or the " + CyclePhase.ACCEPTANCE.code() + " phase; the year " + year() + " is in " + phase().code()));
    }
    LocalDate last = steps.get(steps.size() - 1).day();
    if (notice.start().isBefore(last)) {
      return Outcome.refused(Refusal.invalidField("start", "NotBeforeThePhase", "公示开始日", "start", "修正公示不能早于 "
          + last + "（本阶段开始之日）", "the revision's notice cannot start before " + last + ", when the phase began"));
    }
    AnnualCycle c = new AnnualCycle(id, unitId, opened, timetable, rules, policies, steps, Optional.of(notice),
        version);
    return Outcome.accepted(Change.of(c, new CycleEvent.RevisionPosted(unitId, id, notice, diff)));
  }

  /**
   * Why the current phase may not be left with these figures: the year is closed; the day is before the last step (or
   * the opening), or before the phase's window begins; or a guard of the year's rules forbids it (identification:
   * points stale or unconfirmed; measures: coverage gaps; self-assessment and revision: no revision posted, or its
   * notice not over; closing: points stale, items open, or the latest revision's notice not over).
   *
   * @param figures what the unit's records hold, and the day
   * @return the refusal, in Chinese and English; empty if the phase may be left
   */
  public Optional<Refusal> refusal(CycleFigures figures) {
    CyclePhase phase = phase();
    LocalDate day = figures.day();
    if (phase == CyclePhase.CLOSED) {
      return Optional.of(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, year() + " 年度已关闭",
          "the year " + year() + " is closed"));
    }
    LocalDate last = steps.isEmpty() ? opened : steps.get(steps.size() - 1).day();
    LocalDate begins = timetable.window(phase).from();
    if (day.isBefore(last) || day.isBefore(begins)) {
      LocalDate earliest = last.isAfter(begins) ? last : begins;
      return Optional.of(Refusal.of(Refusal.Code.RULE_VIOLATED, "“" + phase.chinese() + "”阶段最早于 " + earliest
          + " 结束（所给日期为 " + day + "）", "the " + phase.code() + " phase cannot end before " + earliest + "; the "
          + "day given is " + day));
    }
    List<String[]> why = forbidden(phase, figures, rules, revision, false);
    if (why.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Refusal.of(Refusal.Code.RULE_VIOLATED, "“" + phase.chinese() + "”阶段不能结束："
        + String.join("；", why.stream().map(w -> w[0]).toList()), "the " + phase.code() + " phase cannot end: "
        + String.join("; ", why.stream().map(w -> w[1]).toList())));
  }

  /**
   * The guards (S-16, P-3, P-5, P-14, P-21, P-26): identification is not left with a point stale or unconfirmed,
   * measures with a coverage gap, self-assessment and revision before its revision is posted and the notice over, the
   * year not closed with a point stale or an item open, nor before the latest revision's notice is over; each only
   * while its rule is on.
   *
   * @param postedLater whether the revision held was posted in summary and acceptance, on or after the day
   *     self-assessment and revision was left: that step passed on an earlier posting, which the journal keeps and the
   *     cycle does not, so its revision's guard is not judged again (a notice posted in that phase ends after it
   *     starts, so under the rule the phase is never left on the day it was posted)
   * @return what forbids leaving the phase with these figures under these rules, each in Chinese and English; empty if
   *     nothing does
   */
  private static List<String[]> forbidden(CyclePhase phase, CycleFigures figures, CycleRules rules,
      Optional<RevisionNotice> revision, boolean postedLater) {
    List<String[]> why = new ArrayList<>();
    boolean settling = phase == CyclePhase.IDENTIFICATION || phase == CyclePhase.ACCEPTANCE;
    if (rules.pointsSettled() && settling && figures.stalePoints() > 0) {
      why.add(new String[] {figures.stalePoints() + " 个风险点已过时，须重新审核定级（P-3）",
          figures.stalePoints() + " risk points are stale and must be reviewed and graded again (P-3)"});
    }
    if (rules.pointsSettled() && phase == CyclePhase.IDENTIFICATION && figures.unconfirmedPoints() > 0) {
      why.add(new String[] {figures.unconfirmedPoints() + " 个风险点尚未集体确定（P-5）",
          figures.unconfirmedPoints() + " risk points are not confirmed yet (P-5)"});
    }
    if (rules.noCoverageGaps() && phase == CyclePhase.MEASURES && figures.coverageGaps() > 0) {
      why.add(new String[] {figures.coverageGaps() + " 个已确定的风险点防控措施不全（P-14）",
          figures.coverageGaps() + " confirmed risk points lack a measure the coverage policy requires (P-14)"});
    }
    boolean posting = !postedLater && (phase == CyclePhase.REVISION || phase == CyclePhase.ACCEPTANCE);
    if (rules.revisionPosted() && posting && revision.isEmpty()) {
      why.add(new String[] {"修正内容尚未公示（P-5、P-26）", "the revision is not posted yet (P-5, P-26)"});
    }
    if (rules.revisionPosted() && posting && revision.isPresent() && figures.day().isBefore(revision.get().end())) {
      why.add(new String[] {"修正内容公示至 " + revision.get().end().minusDays(1) + " 期满（P-5）",
          "the revision's notice runs until " + revision.get().end().minusDays(1) + " (P-5)"});
    }
    if (rules.itemsSettled() && phase == CyclePhase.ACCEPTANCE && figures.openItems() > 0) {
      why.add(new String[] {figures.openItems() + " 个整改事项既未销号也未结转（P-21）",
          figures.openItems() + " rectification items are neither closed nor carried over (P-21)"});
    }
    return why;
  }

  /**
   * @param day a day
   * @return whether the current phase's window ended before that day and the phase was not left (a closed year is never
   *     overdue)
   */
  public boolean overdue(LocalDate day) {
    CyclePhase phase = phase();
    return phase != CyclePhase.CLOSED && day.isAfter(timetable.window(phase).to());
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public AnnualCycle withVersion(long newVersion) {
    return new AnnualCycle(id, unitId, opened, timetable, rules, policies, steps, revision, newVersion);
  }

  /** @return the phase it is in: the first working phase not yet left, or {@link CyclePhase#CLOSED} */
  public CyclePhase phase() {
    return CyclePhase.values()[steps.size()];
  }

  /** @return the year */
  public Year year() {
    return timetable.year();
  }

  @Override
  public AnnualCycleId id() {
    return id;
  }

  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return the day it opened */
  public LocalDate opened() {
    return opened;
  }

  /** @return its dates */
  public CycleTimetable timetable() {
    return timetable;
  }

  /** @return what its guards forbid */
  public CycleRules rules() {
    return rules;
  }

  /** @return the versions of the policies it runs under */
  public CyclePolicies policies() {
    return policies;
  }

  /** @return what the records held when each phase was left, in order */
  public List<CycleFigures> steps() {
    return steps;
  }

  /** @return the revision posted (the latest, if posted again); empty before one is */
  public Optional<RevisionNotice> revision() {
    return revision;
  }

  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AnnualCycle c && id.equals(c.id) && unitId.equals(c.unitId) && opened.equals(c.opened)
        && timetable.equals(c.timetable) && rules.equals(c.rules) && policies.equals(c.policies)
        && steps.equals(c.steps) && revision.equals(c.revision) && version == c.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, opened, timetable, rules, policies, steps, revision, version);
  }

  @Override
  public String toString() {
    return "AnnualCycle[" + id + " " + year() + " " + phase().code() + "]";
  }
}
