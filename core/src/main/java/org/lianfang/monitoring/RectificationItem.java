package org.lianfang.monitoring;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;

/**
 * A rectification item (整改事项, P-21) of the unit that must rectify: opened by a warning (and, in the next stages, by a
 * check, an inspection, an appraisal or a report) with the problem, the target, the measures, the owner and the due
 * day; worked on, submitted with its evidence (a rejected submission goes back to be worked on), verified and closed
 * (销号). It is never cancelled: what was found stays on record until it is closed, or carried over at the close of
 * the year. OVERDUE is derived ({@link #overdue}). Every step follows {@link RectificationTransitions}, the one
 * table. That the warning, the owner and the points are the unit's is for the caller to check.
 *
 * <p>Immutable and thread-safe.
 */
public final class RectificationItem implements Aggregate<RectificationItemId> {
  private final RectificationItemId id;
  private final UnitId unitId;
  private final RectificationTerms terms;
  private final LocalDate opened;
  private final RectificationLife life;
  private final Optional<CarryOver> carried;
  private final long version;

  private RectificationItem(RectificationItemId id, UnitId unitId, RectificationTerms terms, LocalDate opened,
      RectificationLife life, Optional<CarryOver> carried, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.opened = Objects.requireNonNull(opened, "opened");
    this.life = Objects.requireNonNull(life, "life");
    this.carried = Objects.requireNonNull(carried, "carried");
    this.version = version;
    if (life.firstDay().map(d -> d.isBefore(opened)).orElse(false) || terms.due().isBefore(opened)) {
      throw new IllegalArgumentException("an item's steps and due day come on or after the day it was opened");
    }
    if (carried.isPresent() && (carried.get().day().isBefore(opened) || carried.get().from().getValue()
        >= terms.due().getYear())) {
      throw new IllegalArgumentException("an item is carried over on or after the day it was opened, and is then due "
          + "after the year it was carried out of");
    }
  }

  /**
   * Opens an item, not yet stored.
   *
   * @param id the id
   * @param unitId the unit that must rectify
   * @param terms what it asks
   * @param today the day it is opened
   * @return the item and its {@link MonitoringEvent.RectificationOpened} event, or a refusal if it is due before today
   */
  public static Outcome<Change<RectificationItem>> open(RectificationItemId id, UnitId unitId,
      RectificationTerms terms, LocalDate today) {
    Objects.requireNonNull(terms, "terms");
    if (terms.due().isBefore(today)) {
      return Outcome.refused(Refusal.invalidField("due", "NotInThePast", "整改时限", "due date",
          "整改时限 " + terms.due() + " 早于今天 " + today, "the due date " + terms.due() + " is before today, " + today));
    }
    RectificationItem item = new RectificationItem(id, unitId, terms, today, RectificationLife.OPENED,
        Optional.empty(), 0);
    return Outcome.accepted(Change.of(item, new MonitoringEvent.RectificationOpened(unitId, id, terms, today)));
  }

  /**
   * Rebuilds a stored item; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param terms what it asks
   * @param opened the day it was opened
   * @param life where it is
   * @param version the stored version
   * @return the item
   */
  public static RectificationItem restore(RectificationItemId id, UnitId unitId, RectificationTerms terms,
      LocalDate opened, RectificationLife life, long version) {
    return restore(id, unitId, terms, opened, life, Optional.empty(), version);
  }

  /**
   * Rebuilds a stored item that may have been carried over; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param terms what it asks, with its due day after any carry-over
   * @param opened the day it was opened
   * @param life where it is
   * @param carried its latest carry-over, if any
   * @param version the stored version
   * @return the item
   * @throws IllegalArgumentException if it was carried before it was opened, or is due within the year it was carried
   *     out of
   */
  public static RectificationItem restore(RectificationItemId id, UnitId unitId, RectificationTerms terms,
      LocalDate opened, RectificationLife life, Optional<CarryOver> carried, long version) {
    return new RectificationItem(id, unitId, terms, opened, life, carried, version);
  }

  /**
   * Carries the item over at the close of a year (P-21, S-16): not yet closed (销号), with a reason and a new due day
   * in a later year; once per year.
   *
   * @param year the year it is carried out of
   * @param reason why it could not be finished in that year
   * @param due its new due day
   * @param day the day
   * @return the item, due on the new day, with its {@link MonitoringEvent.RectificationCarried} event; or a refusal
   *     naming the rule
   */
  public Outcome<Change<RectificationItem>> carryOver(Year year, String reason, LocalDate due, LocalDate day) {
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(day, "day");
    if (life.state() == RectificationState.CLOSED) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, "整改事项已销号，无须结转",
          "the rectification item is closed; there is nothing to carry over"));
    }
    if (carried.isPresent() && carried.get().from().equals(year)) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION, "整改事项已于 " + carried.get().day() + " 结转出 "
          + year + " 年度", "the rectification item was carried out of " + year + " on " + carried.get().day()));
    }
    if (due.getYear() <= year.getValue() || due.isBefore(day)) {
      return Outcome.refused(Refusal.invalidField("due", "IntoALaterYear", "新的整改时限", "new due date", "结转的整改时限须在 "
          + year + " 年之后，且不早于今天 " + day, "a carried item is due after " + year + " and no earlier than today, "
          + day));
    }
    LocalDate last = lastDay();
    if (day.isBefore(last)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "日期 " + day + " 早于该整改事项上一步的日期 " + last,
          "the day " + day + " is before the item's last step, on " + last));
    }
    CarryOver c = new CarryOver(year, reason, terms.due(), day);
    RectificationTerms t = terms;
    RectificationTerms later = new RectificationTerms(t.origin(), t.warning(), t.problem(), t.target(), t.measures(),
        t.owner(), due, t.points());
    return Outcome.accepted(Change.of(new RectificationItem(id, unitId, later, opened, life, Optional.of(c), version),
        new MonitoringEvent.RectificationCarried(unitId, id, c, due)));
  }

  /**
   * @param year a year
   * @return whether it was carried out of that year: its closing no longer waits for it
   */
  public boolean carriedFrom(Year year) {
    return carried.map(c -> c.from().equals(year)).orElse(false);
  }

  /**
   * Takes one step of {@link RectificationTransitions} on a day, with what it needs and nothing else: the evidence to
   * submit, the reason to reject, what was found to verify; nothing to start or close.
   *
   * @param action the step
   * @param day the day
   * @param remark the evidence, the reason or what was found
   * @return the item and its {@link MonitoringEvent.RectificationStepped} event, or a refusal naming the field and
   *     the rule
   */
  public Outcome<Change<RectificationItem>> act(RectificationAction action, LocalDate day, Optional<String> remark) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(remark, "remark");
    RectificationState from = life.state();
    if (RectificationTransitions.target(from, action).isEmpty()) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
          "整改事项处于“" + from.chinese() + "”状态，不能" + action.chinese(),
          "the rectification item is " + from.code() + "; " + action.code() + " is not allowed"));
    }
    LocalDate last = lastDay();
    if (day.isBefore(last)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "日期 " + day + " 早于该整改事项上一步的日期 " + last,
          "the day " + day + " is before the item's last step, on " + last));
    }
    boolean remarked = action != RectificationAction.START && action != RectificationAction.CLOSE;
    if (remarked != remark.isPresent()) {
      return Outcome.refused(Refusal.invalidField("remark", "RemarkWhereNeeded", "说明", "remark",
          remarked ? action.chinese() + "须附整改材料、退回理由或验证情况" : action.chinese() + "不附说明",
          remarked ? action.code() + " needs its evidence, reason or what was found" : action.code()
              + " takes no remark"));
    }
    Optional<Remark> said = remark.map(text -> new Remark(day, text));
    RectificationLife l = life;
    RectificationLife after = switch (action) {
      case START -> new RectificationLife(Optional.of(day), l.submission(), l.rejected(), l.verified(), l.closed());
      case SUBMIT -> new RectificationLife(l.started(), said, Optional.empty(), l.verified(), l.closed());
      case REJECT -> new RectificationLife(l.started(), l.submission(), said, l.verified(), l.closed());
      case VERIFY -> new RectificationLife(l.started(), l.submission(), l.rejected(), said, l.closed());
      case CLOSE -> new RectificationLife(l.started(), l.submission(), l.rejected(), l.verified(), Optional.of(day));
    };
    return Outcome.accepted(Change.of(new RectificationItem(id, unitId, terms, opened, after, carried, version),
        new MonitoringEvent.RectificationStepped(unitId, id, action, day, remark)));
  }

  /** The day of its last step or carry-over, or the day it was opened: no later step may come before it. */
  private LocalDate lastDay() {
    LocalDate last = life.lastDay().orElse(opened);
    return carried.map(CarryOver::day).filter(d -> d.isAfter(last)).orElse(last);
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public RectificationItem withVersion(long newVersion) {
    return new RectificationItem(id, unitId, terms, opened, life, carried, newVersion);
  }

  /** @param today a day @return whether it is overdue that day: past its due day and not yet verified (P-21) */
  public boolean overdue(LocalDate today) {
    return state().overdue(terms.due(), today);
  }

  /** @return where it is, {@code life().state()} */
  public RectificationState state() {
    return life.state();
  }

  /** @return the id */
  @Override
  public RectificationItemId id() {
    return id;
  }

  /** @return the unit that must rectify */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return what it asks */
  public RectificationTerms terms() {
    return terms;
  }

  /** @return the day it was opened */
  public LocalDate opened() {
    return opened;
  }

  /** @return where it is and since when */
  public RectificationLife life() {
    return life;
  }

  /** @return its latest carry-over at the close of a year, if it was carried over */
  public Optional<CarryOver> carried() {
    return carried;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RectificationItem r
        && id.equals(r.id)
        && unitId.equals(r.unitId)
        && terms.equals(r.terms)
        && opened.equals(r.opened)
        && life.equals(r.life)
        && carried.equals(r.carried)
        && version == r.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, terms, opened, life, carried, version);
  }

  @Override
  public String toString() {
    return "RectificationItem[" + id + " " + life.state().code() + " due " + terms.due() + "]";
  }
}
