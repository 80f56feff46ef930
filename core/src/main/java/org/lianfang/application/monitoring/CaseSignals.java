package org.lianfang.application.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.lianfang.application.internal.Concerned;
import org.lianfang.application.internal.Session;
import org.lianfang.internal.Ids;
import org.lianfang.internal.Texts;
import org.lianfang.monitoring.CaseLife;
import org.lianfang.monitoring.DueItem;
import org.lianfang.monitoring.Recipients;
import org.lianfang.monitoring.SupervisionCase;
import org.lianfang.monitoring.SupervisionPolicy;
import org.lianfang.monitoring.SupervisionSignal;
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningNotice;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.monitoring.WarningPolicy;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.monitoring.WorkingTime;

/**
 * Records the signal a case under electronic supervision has reached (P-9, P-20), once: from the tick, as its time
 * runs, and from its completion, which fixes what it reached. A RED signal becomes a warning to the case's unit when
 * the {@link SupervisionPolicy} names the leader whose standing approval it carries and that leader is an official of
 * the unit or a unit above it; the rule that fired is the warning's facts. Thread-safe.
 */
final class CaseSignals {
  private final Ids ids;
  private final WorkingTime time;
  private final ZoneId zone;
  private final SupervisionPolicy policy;
  private final WarningPolicy warnings;

  CaseSignals(Ids ids, WorkingTime time, ZoneId zone, SupervisionPolicy policy, WarningPolicy warnings) {
    this.ids = ids;
    this.time = time;
    this.zone = zone;
    this.policy = policy;
    this.warnings = warnings;
  }

  /** @return when the case's next signal rises, after {@code now}, if its clock runs */
  Optional<Instant> next(SupervisionCase c, Instant now) {
    return c.nextSignalAt(now, time, zone, policy.signals());
  }

  /**
   * @param s the session it is recorded in
   * @param c the case, as stored
   * @param at the instant
   * @return the case with the signal it reached by then recorded, if higher than the one recorded; the case as it was
   *     otherwise. Not written: the caller writes it
   */
  SupervisionCase settle(Session s, SupervisionCase c, Instant at) {
    Optional<SupervisionSignal> reached = c.signalAt(at, time, zone, policy.signals());
    if (reached.isEmpty() || c.life().signal().map(r -> r.compareTo(reached.get()) >= 0).orElse(false)) {
      return c;
    }
    Optional<WarningId> warning = reached.get() == SupervisionSignal.RED ? warn(s, c) : Optional.empty();
    // a YELLOW within the case's own limit is a step's (P-20): the notice names the step
    Optional<String> step = reached.get() == SupervisionSignal.YELLOW
        && c.elapsed(at, time, zone).compareTo(c.terms().limit()) <= 0
        ? c.stepOverdue(at, time, zone).map(CaseLife.Step::name) : Optional.empty();
    return s.record(c.raise(reached.get(), s.now(), warning, step).orElseThrow());
  }

  /**
   * Keeps the case's deadline in the tick's index: the instant its next signal rises while its clock runs (now, if it
   * has reached one not yet recorded); none while it is paused, once it is completed or once it is RED.
   *
   * @param s the session
   * @param c the case as it now is
   * @param now the instant
   */
  void schedule(Session s, SupervisionCase c, Instant now) {
    boolean unrecorded = c.state() == org.lianfang.monitoring.CaseState.RUNNING && c.signalAt(now, time, zone,
        policy.signals()).map(r -> c.life().signal().map(had -> r.compareTo(had) > 0).orElse(true)).orElse(false);
    Optional<Instant> next = unrecorded ? Optional.of(now) : next(c, now);
    if (next.isEmpty()) {
      s.store().dues().remove(c.id().value(), Optional.of(DueItem.CASE_SIGNAL));
      return;
    }
    s.store().dues().put(List.of(new DueItem(c.id().value(), DueItem.CASE_SIGNAL, c.unitId(),
        "case/" + c.id(), LocalDate.ofInstant(next.get(), zone), List.of(Recipients.unitLeaders(c.unitId())),
        "办件 " + c.terms().number(), "case " + c.terms().number(), next.get())));
  }

  private Optional<WarningId> warn(Session s, SupervisionCase c) {
    if (policy.warningApprover().isEmpty()
        || Concerned.people(s, c.unitId(), Optional.empty(), List.of(policy.warningApprover().get())).isPresent()) {
      return Optional.empty();
    }
    WarningId id = new WarningId(ids.next());
    String number = "电子监察红牌〔" + Year.from(s.today()) + "〕" + c.terms().number();
    WarningNotice notice = new WarningNotice(Texts.clip(number, org.lianfang.Limits.NAME), WarningOrigin.E_SUPERVISION,
        "办件 " + c.terms().number() + " 的承诺时限为 " + hours(c) + " 个工作小时，已超过该时限并超过督办期限"
            + "（电子监察红牌，P-9、P-20）",
        "说明超时原因，提出整改措施，限期办结", policy.warningApprover().get());
    s.store().warnings().insert(s.record(Warning.issue(id, c.unitId(), new WarningSubject(Optional.empty(),
        Optional.empty(), List.of()), notice, policy.level(), s.today(), warnings)));
    return Optional.of(id);
  }

  private static String hours(SupervisionCase c) {
    long minutes = c.terms().limit().toMinutes();
    return minutes % 60 == 0 ? String.valueOf(minutes / 60)
        : String.format(java.util.Locale.ROOT, "%.1f", minutes / 60.0);
  }
}
