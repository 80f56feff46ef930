package org.lianfang.checks;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.monitoring.Remark;

/**
 * A unit's half-year self-check (自查报告, P-12, P-23): one per unit and half, written in its own words, submitted to
 * the unit above with figures read from its records that day, and acknowledged there. Every step follows {@link
 * SelfCheckTransitions}. That the acknowledging actor is of the unit above is for the caller to check.
 *
 * <p>Immutable and thread-safe.
 */
public final class SelfCheckReport implements Aggregate<SelfCheckReportId> {
  private final SelfCheckReportId id;
  private final UnitId unitId;
  private final HalfYear half;
  private final LocalDate drafted;
  private final SelfCheckSections sections;
  private final Optional<SelfCheckFigures> figures;
  private final Optional<Remark> acknowledged;
  private final long version;

  private SelfCheckReport(SelfCheckReportId id, UnitId unitId, HalfYear half, LocalDate drafted,
      SelfCheckSections sections, Optional<SelfCheckFigures> figures, Optional<Remark> acknowledged, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.half = Objects.requireNonNull(half, "half");
    this.drafted = Objects.requireNonNull(drafted, "drafted");
    this.sections = Objects.requireNonNull(sections, "sections");
    this.figures = Objects.requireNonNull(figures, "figures");
    this.acknowledged = Objects.requireNonNull(acknowledged, "acknowledged");
    this.version = version;
    if (drafted.isBefore(half.first()) || acknowledged.isPresent() && figures.isEmpty()
        || figures.map(f -> f.asOf().isBefore(drafted)).orElse(false)
        || acknowledged.map(a -> a.day().isBefore(figures.orElseThrow().asOf())).orElse(false)) {
      throw new IllegalArgumentException("a self-check is drafted in its half or later, then submitted, then "
          + "acknowledged, in that order");
    }
  }

  /**
   * Drafts a unit's self-check of a half, not yet stored.
   *
   * @param id the id
   * @param unitId the unit
   * @param half the half it reports on: begun by today
   * @param sections what it says
   * @param today the day
   * @return it and its {@link CheckEvent.SelfCheckDrafted} event, or a refusal if the half has not begun
   */
  public static Outcome<Change<SelfCheckReport>> draft(SelfCheckReportId id, UnitId unitId, HalfYear half,
      SelfCheckSections sections, LocalDate today) {
    if (today.isBefore(half.first())) {
      return Outcome.refused(Refusal.invalidField("half", "NotInTheFuture", "自查期间", "half year",
          "自查期间 " + half + " 尚未开始（今天是 " + today + "）", "the half " + half + " has not begun; today is "
              + today));
    }
    SelfCheckReport r = new SelfCheckReport(id, unitId, half, today, sections, Optional.empty(), Optional.empty(), 0);
    return Outcome.accepted(Change.of(r, new CheckEvent.SelfCheckDrafted(unitId, id, half, sections, today)));
  }

  /**
   * Rebuilds a stored self-check; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param half the half
   * @param drafted the day it was drafted
   * @param sections what it says
   * @param figures its figures, once submitted
   * @param acknowledged the acknowledgement's day and remarks
   * @param version the stored version
   * @return the self-check
   */
  public static SelfCheckReport restore(SelfCheckReportId id, UnitId unitId, HalfYear half, LocalDate drafted,
      SelfCheckSections sections, Optional<SelfCheckFigures> figures, Optional<Remark> acknowledged, long version) {
    return new SelfCheckReport(id, unitId, half, drafted, sections, figures, acknowledged, version);
  }

  /**
   * Rewrites its sections, while it is a draft.
   *
   * @param newSections what it says now
   * @param day the day
   * @return it and its {@link CheckEvent.SelfCheckRevised} event, or a refusal
   */
  public Outcome<Change<SelfCheckReport>> revise(SelfCheckSections newSections, LocalDate day) {
    if (state() != SelfCheckState.DRAFT) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, "自查报告处于“" + state().chinese()
          + "”状态，不能修改", "the self-check is " + state().code() + "; it changes only while a draft"));
    }
    return Outcome.accepted(Change.of(new SelfCheckReport(id, unitId, half, drafted, newSections, figures,
        acknowledged, version), new CheckEvent.SelfCheckRevised(unitId, id, newSections, day)));
  }

  /**
   * Submits it with the figures read today.
   *
   * @param read its figures, read from the records on their {@code asOf} day, the submission's
   * @return it and its {@link CheckEvent.SelfCheckStepped} event, or a refusal
   */
  public Outcome<Change<SelfCheckReport>> submit(SelfCheckFigures read) {
    Optional<Refusal> refused = allowed(SelfCheckAction.SUBMIT, read.asOf());
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    return Outcome.accepted(Change.of(new SelfCheckReport(id, unitId, half, drafted, sections, Optional.of(read),
        acknowledged, version), new CheckEvent.SelfCheckStepped(unitId, id, SelfCheckAction.SUBMIT, read.asOf(),
        Optional.of(read), Optional.empty())));
  }

  /**
   * Acknowledges it, for the unit above.
   *
   * @param day the day
   * @param remarks what the unit above says of it
   * @return it and its {@link CheckEvent.SelfCheckStepped} event, or a refusal
   */
  public Outcome<Change<SelfCheckReport>> acknowledge(LocalDate day, String remarks) {
    Optional<Refusal> refused = allowed(SelfCheckAction.ACKNOWLEDGE, day);
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    return Outcome.accepted(Change.of(new SelfCheckReport(id, unitId, half, drafted, sections, figures,
        Optional.of(new Remark(day, remarks)), version), new CheckEvent.SelfCheckStepped(unitId, id,
        SelfCheckAction.ACKNOWLEDGE, day, Optional.empty(), Optional.of(remarks))));
  }

  private Optional<Refusal> allowed(SelfCheckAction action, LocalDate day) {
    if (SelfCheckTransitions.target(state(), action).isEmpty()) {
      return Optional.of(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, "自查报告处于“" + state().chinese() + "”状态，不能"
          + action.chinese(), "the self-check is " + state().code() + "; " + action.code() + " is not allowed"));
    }
    return Optional.empty();
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public SelfCheckReport withVersion(long newVersion) {
    return new SelfCheckReport(id, unitId, half, drafted, sections, figures, acknowledged, newVersion);
  }

  /** @return where it is, derived from its figures and acknowledgement */
  public SelfCheckState state() {
    return acknowledged.isPresent() ? SelfCheckState.ACKNOWLEDGED : figures.isPresent() ? SelfCheckState.SUBMITTED
        : SelfCheckState.DRAFT;
  }

  /** @return the id */
  @Override
  public SelfCheckReportId id() {
    return id;
  }

  /** @return the unit */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return the half it reports on */
  public HalfYear half() {
    return half;
  }

  /** @return the day it was drafted */
  public LocalDate drafted() {
    return drafted;
  }

  /** @return what it says */
  public SelfCheckSections sections() {
    return sections;
  }

  /** @return its figures, once submitted (their day is the submission's) */
  public Optional<SelfCheckFigures> figures() {
    return figures;
  }

  /** @return the acknowledgement of the unit above, its day and remarks */
  public Optional<Remark> acknowledged() {
    return acknowledged;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SelfCheckReport r && id.equals(r.id) && unitId.equals(r.unitId) && half.equals(r.half)
        && drafted.equals(r.drafted) && sections.equals(r.sections) && figures.equals(r.figures)
        && acknowledged.equals(r.acknowledged) && version == r.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, half, drafted, sections, figures, acknowledged, version);
  }

  @Override
  public String toString() {
    return "SelfCheckReport[" + id + " " + half + " " + state().code() + "]";
  }
}
