package org.lianfang.monitoring;

import java.time.LocalDate;
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
 * A warning (预警, P-8, P-18, S-9) to a unit, a post or an official of it: issued with a notice a discipline leader
 * approved, acknowledged and replied to by a deadline from the {@link WarningPolicy}, supervised (跟踪督办) until it is
 * verified, and closed (销号); a failed verification issues it again one level up with a new deadline, in a new
 * {@link WarningRound}; it may be transferred (移交, P-10: the library records the transfer and decides no sanction)
 * or cancelled (摘牌) with a reason. Every step follows {@link WarningTransitions}, the one table; the state is derived
 * from the rounds and the end, so it cannot disagree with them. That the subject's post, official and points and the
 * approver are the unit's (or, for officials, a unit above it) is for the caller to check.
 *
 * <p>Immutable and thread-safe.
 */
public final class Warning implements Aggregate<WarningId> {
  private final WarningId id;
  private final UnitId unitId;
  private final WarningSubject subject;
  private final WarningNotice notice;
  private final List<WarningRound> rounds;
  private final Optional<WarningEnd> end;
  private final long version;

  private Warning(WarningId id, UnitId unitId, WarningSubject subject, WarningNotice notice, List<WarningRound> rounds,
      Optional<WarningEnd> end, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.subject = Objects.requireNonNull(subject, "subject");
    this.notice = Objects.requireNonNull(notice, "notice");
    this.rounds = List.copyOf(rounds);
    this.end = Objects.requireNonNull(end, "end");
    this.version = version;
    if (this.rounds.isEmpty()) {
      throw new IllegalArgumentException("a warning has at least the round it was issued in");
    }
    for (int i = 1; i < this.rounds.size(); i++) {
      WarningRound before = this.rounds.get(i - 1);
      WarningRound r = this.rounds.get(i);
      if (!before.failed() || !r.issued().equals(before.verification().get().day())
          || r.level() != before.level().next().orElse(before.level())) {
        throw new IllegalArgumentException("a new round follows a failed verification, on its day, one level up");
      }
    }
    WarningRound last = current();
    if (last.failed()) {
      throw new IllegalArgumentException("a failed verification is followed by a new round");
    }
    if (end.isPresent() && (end.get().day().isBefore(last.lastDay())
        || end.get().state() == WarningState.CLOSED && last.state() != WarningState.VERIFIED)) {
      throw new IllegalArgumentException("a warning ends after its last step, and is closed only once verified");
    }
  }

  /**
   * Issues a warning, not yet stored.
   *
   * @param id the id
   * @param unitId the unit
   * @param subject whom it is addressed to
   * @param notice the notice
   * @param level the level it is issued at
   * @param today the day it is issued
   * @param policy when the reply is due
   * @return the warning and its {@link MonitoringEvent.WarningIssued} event
   */
  public static Change<Warning> issue(WarningId id, UnitId unitId, WarningSubject subject, WarningNotice notice,
      WarningLevel level, LocalDate today, WarningPolicy policy) {
    WarningRound round = WarningRound.issued(level, today, policy.replyDue(level, today));
    Warning w = new Warning(id, unitId, subject, notice, List.of(round), Optional.empty(), 0);
    return Change.of(w, new MonitoringEvent.WarningIssued(unitId, id, subject, notice, level, today,
        round.replyDue()));
  }

  /**
   * Rebuilds a stored warning; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param subject whom it is addressed to
   * @param notice the notice
   * @param rounds its rounds, in order: every one but the last ended in a failed verification
   * @param end how it ended, if it did
   * @param version the stored version
   * @return the warning
   */
  public static Warning restore(WarningId id, UnitId unitId, WarningSubject subject, WarningNotice notice,
      List<WarningRound> rounds, Optional<WarningEnd> end, long version) {
    return new Warning(id, unitId, subject, notice, rounds, end, version);
  }

  /**
   * Takes one step of {@link WarningTransitions} on a day. What each step needs, and nothing else: a reply to
   * {@link WarningAction#REPLY}; a remark to return a reply (why), to verify or fail a verification (what was found),
   * to transfer (why, and to whom) or to cancel (why); a verification deadline, today or later, to accept a reply.
   *
   * @param action the step
   * @param day the day
   * @param reply the reply, dated the day of the step (else {@code IllegalArgumentException}: a caller's error)
   * @param remark the remark
   * @param verifyBy the verification deadline
   * @param policy when the reply of a round issued one level up is due
   * @return the warning and its {@link MonitoringEvent.WarningStepped} event, or a refusal naming the field and the
   *     rule
   */
  public Outcome<Change<Warning>> act(WarningAction action, LocalDate day, Optional<WarningReply> reply,
      Optional<String> remark, Optional<LocalDate> verifyBy, WarningPolicy policy) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(day, "day");
    if (reply.map(x -> !x.day().equals(day)).orElse(false)) {
      throw new IllegalArgumentException("a reply is given on the day of its step: " + reply.get().day() + ", " + day);
    }
    WarningState from = state();
    if (WarningTransitions.target(from, action).isEmpty()) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
          "预警处于“" + from.chinese() + "”状态，不能" + action.chinese(),
          "the warning is " + from.code() + "; " + action.code() + " is not allowed"));
    }
    LocalDate last = end.map(WarningEnd::day).orElse(current().lastDay());
    if (day.isBefore(last)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "日期 " + day + " 早于该预警上一步的日期 " + last,
          "the day " + day + " is before the warning's last step, on " + last));
    }
    Optional<Refusal> parts = WarningSteps.refuseParts(action, reply, remark, verifyBy, day);
    if (parts.isPresent()) {
      return Outcome.refused(parts.get());
    }
    WarningRound r = current();
    List<WarningRound> after = new ArrayList<>(rounds);
    Optional<WarningEnd> ended = end;
    Optional<LocalDate> due = Optional.empty();
    switch (action) {
      case ACKNOWLEDGE -> after.set(after.size() - 1, new WarningRound(r.level(), r.issued(), r.replyDue(),
          Optional.of(day), r.reply(), r.returned(), r.accepted(), r.verifyBy(), r.verification()));
      case REPLY -> after.set(after.size() - 1, new WarningRound(r.level(), r.issued(), r.replyDue(),
          r.acknowledged(), reply, Optional.empty(), r.accepted(), r.verifyBy(), r.verification()));
      case RETURN_REPLY -> after.set(after.size() - 1, new WarningRound(r.level(), r.issued(), r.replyDue(),
          r.acknowledged(), r.reply(), Optional.of(new Remark(day, remark.get())), r.accepted(),
          r.verifyBy(), r.verification()));
      case ACCEPT_REPLY -> {
        after.set(after.size() - 1, new WarningRound(r.level(), r.issued(), r.replyDue(), r.acknowledged(),
            r.reply(), r.returned(), Optional.of(day), verifyBy, r.verification()));
        due = verifyBy;
      }
      case VERIFY, FAIL_VERIFICATION -> {
        boolean passed = action == WarningAction.VERIFY;
        after.set(after.size() - 1, new WarningRound(r.level(), r.issued(), r.replyDue(), r.acknowledged(),
            r.reply(), r.returned(), r.accepted(), r.verifyBy(),
            Optional.of(new WarningRound.Verification(day, passed, remark.get()))));
        if (!passed) {
          WarningLevel up = r.level().next().orElse(r.level());
          WarningRound next = WarningRound.issued(up, day, policy.replyDue(up, day));
          after.add(next);
          due = Optional.of(next.replyDue());
        }
      }
      case CLOSE -> ended = Optional.of(new WarningEnd(WarningState.CLOSED, day, Optional.empty()));
      case TRANSFER -> ended = Optional.of(new WarningEnd(WarningState.TRANSFERRED, day, remark));
      case CANCEL -> ended = Optional.of(new WarningEnd(WarningState.CANCELLED, day, remark));
      default -> throw new AssertionError(action);
    }
    Warning w = new Warning(id, unitId, subject, notice, after, ended, version);
    return Outcome.accepted(Change.of(w, new MonitoringEvent.WarningStepped(unitId, id, action, day,
        w.current().level(), reply, remark, due)));
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public Warning withVersion(long newVersion) {
    return new Warning(id, unitId, subject, notice, rounds, end, newVersion);
  }

  /** @return where it is: its end's state once it ended, else its current round's */
  public WarningState state() {
    return end.map(WarningEnd::state).orElse(current().state());
  }

  /** @return the round it is in: the last */
  public WarningRound current() {
    return rounds.get(rounds.size() - 1);
  }

  /** @return its level now */
  public WarningLevel level() {
    return current().level();
  }

  /**
   * @param today a day
   * @return whether the reply is overdue that day (P-8: overdue answers are flagged): not replied to, or replied to
   *     and returned, after the reply's deadline
   */
  public boolean replyOverdue(LocalDate today) {
    WarningState s = state();
    return (s == WarningState.ISSUED || s == WarningState.READ) && today.isAfter(current().replyDue());
  }

  /** @param today a day @return whether it is under supervision past its verification deadline that day */
  public boolean verificationOverdue(LocalDate today) {
    return state() == WarningState.UNDER_SUPERVISION && today.isAfter(current().verifyBy().get());
  }

  /** @return the id */
  @Override
  public WarningId id() {
    return id;
  }

  /** @return the unit warned */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return whom it is addressed to */
  public WarningSubject subject() {
    return subject;
  }

  /** @return the notice */
  public WarningNotice notice() {
    return notice;
  }

  /** @return its rounds, in order, unmodifiable */
  public List<WarningRound> rounds() {
    return rounds;
  }

  /** @return how it ended, if it did */
  public Optional<WarningEnd> end() {
    return end;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Warning w
        && id.equals(w.id)
        && unitId.equals(w.unitId)
        && subject.equals(w.subject)
        && notice.equals(w.notice)
        && rounds.equals(w.rounds)
        && end.equals(w.end)
        && version == w.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, subject, notice, rounds, end, version);
  }

  @Override
  public String toString() {
    return "Warning[" + id + " " + level().code() + " " + state().code() + "]";
  }
}
