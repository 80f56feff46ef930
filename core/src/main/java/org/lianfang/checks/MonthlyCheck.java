package org.lianfang.checks;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lianfang.Aggregate;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.control.ControlMeasureId;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.Remark;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;

/**
 * A post's monthly check (月查, S-10, P-22): one per post and month, a row per control measure of the post's points with
 * its rating; filled in (OPEN), submitted, returned to be filled in again or reviewed. At review each row that falls
 * short names the rectification item it opened (every one of them does), and a second NONE running the reminder it
 * raised. Every step follows {@link CheckTransitions}, the one table. That the post, the checker and the measures are
 * the unit's, and that the rows cover the post's measures in force, is for the caller to check.
 *
 * <p>Immutable and thread-safe.
 */
public final class MonthlyCheck implements Aggregate<MonthlyCheckId> {
  private final MonthlyCheckId id;
  private final UnitId unitId;
  private final PostId post;
  private final YearMonth month;
  private final OfficialId checker;
  private final LocalDate opened;
  private final List<CheckRow> rows;
  private final CheckLife life;
  private final long version;

  private MonthlyCheck(MonthlyCheckId id, UnitId unitId, PostId post, YearMonth month, OfficialId checker,
      LocalDate opened, List<CheckRow> rows, CheckLife life, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.post = Objects.requireNonNull(post, "post");
    this.month = Objects.requireNonNull(month, "month");
    this.checker = Objects.requireNonNull(checker, "checker");
    this.opened = Objects.requireNonNull(opened, "opened");
    this.rows = List.copyOf(rows);
    this.life = Objects.requireNonNull(life, "life");
    this.version = version;
    if (opened.isBefore(month.atDay(1)) || life.lastDay().map(d -> d.isBefore(opened)).orElse(false)) {
      throw new IllegalArgumentException("a check is opened in its month or later, and its steps come after");
    }
    Set<ControlMeasureId> measures = new HashSet<>(this.rows.size() * 2);
    for (CheckRow r : this.rows) { // a loop, not a stream: a city's year restores millions of rows (eval-bench)
      if (!measures.add(r.measure())) {
        throw new IllegalArgumentException("a check has one row per measure");
      }
    }
    boolean reviewed = life.state() == CheckState.REVIEWED;
    if (rows.stream().anyMatch(r -> r.item().isPresent() != (reviewed && r.rating().fallsShort())
        || r.warning().isPresent() && !reviewed)) {
      throw new IllegalArgumentException("a reviewed check names an item for each row that falls short, and only "
          + "a reviewed check names items and reminders");
    }
  }

  /**
   * Opens a post's check of a month, not yet stored.
   *
   * @param id the id
   * @param unitId the unit checked
   * @param post the post checked
   * @param month the month checked: this month or an earlier one
   * @param checker who checks
   * @param rows the rows filled in so far, one per measure
   * @param today the day it is opened
   * @return the check and its {@link CheckEvent.CheckOpened} event, or a refusal naming the field and the rule
   */
  public static Outcome<Change<MonthlyCheck>> open(MonthlyCheckId id, UnitId unitId, PostId post, YearMonth month,
      OfficialId checker, List<CheckRow> rows, LocalDate today) {
    Objects.requireNonNull(month, "month");
    if (month.isAfter(YearMonth.from(today))) {
      return Outcome.refused(Refusal.invalidField("month", "NotInTheFuture", "检查月份", "month checked",
          "检查月份 " + month + " 尚未到来（今天是 " + today + "）", "the month " + month + " has not begun; today is "
              + today));
    }
    Optional<Refusal> distinct = distinct(rows);
    if (distinct.isPresent()) {
      return Outcome.refused(distinct.get());
    }
    MonthlyCheck c = new MonthlyCheck(id, unitId, post, month, checker, today, rows, CheckLife.OPENED, 0);
    return Outcome.accepted(Change.of(c, new CheckEvent.CheckOpened(unitId, id, post, month, checker, c.rows,
        today)));
  }

  private static Optional<Refusal> distinct(List<CheckRow> rows) {
    Set<ControlMeasureId> seen = new HashSet<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!seen.add(rows.get(i).measure())) {
        return Optional.of(Refusal.invalidField("rows[" + i + "].measure", "Distinct", "防控措施", "control measure",
            "同一防控措施只能检查一行", "each measure has one row"));
      }
    }
    return Optional.empty();
  }

  /**
   * Rebuilds a stored check; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param post the post
   * @param month the month
   * @param checker who checked
   * @param opened the day it was opened
   * @param rows its rows
   * @param life where it is
   * @param version the stored version
   * @return the check
   */
  public static MonthlyCheck restore(MonthlyCheckId id, UnitId unitId, PostId post, YearMonth month,
      OfficialId checker, LocalDate opened, List<CheckRow> rows, CheckLife life, long version) {
    return new MonthlyCheck(id, unitId, post, month, checker, opened, rows, life, version);
  }

  /**
   * Fills the rows in again, while the check is OPEN.
   *
   * @param newRows the rows, one per measure
   * @param day the day
   * @return the check and its {@link CheckEvent.CheckRevised} event, or a refusal
   */
  public Outcome<Change<MonthlyCheck>> revise(List<CheckRow> newRows, LocalDate day) {
    if (state() != CheckState.OPEN) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
          "月查处于“" + state().chinese() + "”状态，不能修改检查结果",
          "the monthly check is " + state().code() + "; its rows change only while it is open"));
    }
    Optional<Refusal> refused = notBefore(day).or(() -> distinct(newRows));
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    MonthlyCheck c = new MonthlyCheck(id, unitId, post, month, checker, opened, newRows, life, version);
    return Outcome.accepted(Change.of(c, new CheckEvent.CheckRevised(unitId, id, c.rows, day)));
  }

  /**
   * Submits the check or returns it ({@link CheckTransitions}); a review is {@link #review}.
   *
   * @param action {@link CheckAction#SUBMIT} or {@link CheckAction#RETURN}
   * @param day the day
   * @param remark why it is returned: required to return, refused to submit
   * @return the check and its {@link CheckEvent.CheckStepped} event, or a refusal naming the field and the rule
   */
  public Outcome<Change<MonthlyCheck>> act(CheckAction action, LocalDate day, Optional<String> remark) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(remark, "remark");
    if (action == CheckAction.REVIEW) {
      throw new IllegalArgumentException("a review names what it raised: review(day, items, warnings)");
    }
    Optional<Refusal> refused = allowed(action, day);
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    boolean returns = action == CheckAction.RETURN;
    if (returns != remark.isPresent()) {
      return Outcome.refused(Refusal.invalidField("remark", "RemarkWhereNeeded", "说明", "remark",
          returns ? "退回须说明理由" : "提交不附说明", returns ? "a return gives its reason" : "a submission takes no remark"));
    }
    CheckLife after = returns
        ? new CheckLife(life.submitted(), Optional.of(new Remark(day, remark.get())), Optional.empty())
        : new CheckLife(Optional.of(day), Optional.empty(), Optional.empty());
    return Outcome.accepted(Change.of(new MonthlyCheck(id, unitId, post, month, checker, opened, rows, after,
        version), new CheckEvent.CheckStepped(unitId, id, action, day, remark)));
  }

  /**
   * Reviews the submitted check: each row that falls short names the item its finding opened, and a NONE the
   * reminder it raised, if any.
   *
   * @param day the day
   * @param items the item opened for each measure rated PARTIAL or NONE, and for no other
   * @param warnings the reminders raised, for measures rated NONE only
   * @return the check and its {@link CheckEvent.CheckStepped} event, or a refusal
   * @throws IllegalArgumentException if the items or the reminders do not fit the rows
   */
  public Outcome<Change<MonthlyCheck>> review(LocalDate day, Map<ControlMeasureId, RectificationItemId> items,
      Map<ControlMeasureId, WarningId> warnings) {
    Optional<Refusal> refused = allowed(CheckAction.REVIEW, day);
    if (refused.isPresent()) {
      return Outcome.refused(refused.get());
    }
    List<CheckRow> reviewed = new ArrayList<>(rows.size());
    for (CheckRow r : rows) {
      if (r.rating().fallsShort() != items.containsKey(r.measure())) {
        throw new IllegalArgumentException("every row that falls short, and no other, opens an item");
      }
      reviewed.add(r.followedUp(Optional.ofNullable(items.get(r.measure())),
          Optional.ofNullable(warnings.get(r.measure()))));
    }
    List<ControlMeasureId> measures = rows.stream().map(CheckRow::measure).toList();
    if (!measures.containsAll(warnings.keySet()) || !measures.containsAll(items.keySet())) {
      throw new IllegalArgumentException("items and reminders are raised for rows of the check");
    }
    CheckLife after = new CheckLife(life.submitted(), Optional.empty(), Optional.of(day));
    return Outcome.accepted(Change.of(new MonthlyCheck(id, unitId, post, month, checker, opened, reviewed, after,
        version), new CheckEvent.CheckStepped(unitId, id, CheckAction.REVIEW, day, Optional.empty())));
  }

  private Optional<Refusal> allowed(CheckAction action, LocalDate day) {
    Objects.requireNonNull(day, "day");
    if (CheckTransitions.target(state(), action).isEmpty()) {
      return Optional.of(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
          "月查处于“" + state().chinese() + "”状态，不能" + action.chinese(),
          "the monthly check is " + state().code() + "; " + action.code() + " is not allowed"));
    }
    return notBefore(day);
  }

  private Optional<Refusal> notBefore(LocalDate day) {
    LocalDate last = life.lastDay().orElse(opened);
    return day.isBefore(last) ? Optional.of(Refusal.of(Refusal.Code.RULE_VIOLATED,
        "日期 " + day + " 早于该月查上一步的日期 " + last, "the day " + day + " is before the check's last step, on "
            + last)) : Optional.empty();
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public MonthlyCheck withVersion(long newVersion) {
    return new MonthlyCheck(id, unitId, post, month, checker, opened, rows, life, newVersion);
  }

  /** @param measure a measure @return its row, if the check has one */
  public Optional<CheckRow> row(ControlMeasureId measure) {
    return rows.stream().filter(r -> r.measure().equals(measure)).findFirst();
  }

  /** @return where it is, {@code life().state()} */
  public CheckState state() {
    return life.state();
  }

  /** @return the id */
  @Override
  public MonthlyCheckId id() {
    return id;
  }

  /** @return the unit checked */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return the post checked */
  public PostId post() {
    return post;
  }

  /** @return the month checked */
  public YearMonth month() {
    return month;
  }

  /** @return who checked */
  public OfficialId checker() {
    return checker;
  }

  /** @return the day it was opened */
  public LocalDate opened() {
    return opened;
  }

  /** @return its rows, one per measure, in the order given */
  public List<CheckRow> rows() {
    return rows;
  }

  /** @return where it is and since when */
  public CheckLife life() {
    return life;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthlyCheck c
        && id.equals(c.id)
        && unitId.equals(c.unitId)
        && post.equals(c.post)
        && month.equals(c.month)
        && checker.equals(c.checker)
        && opened.equals(c.opened)
        && rows.equals(c.rows)
        && life.equals(c.life)
        && version == c.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, post, month, checker, opened, rows, life, version);
  }

  @Override
  public String toString() {
    return "MonthlyCheck[" + id + " " + month + " " + life.state().code() + "]";
  }
}
