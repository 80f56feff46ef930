package org.lianfang.monitoring;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
 * A case of an administrative power under electronic supervision (电子监察, P-9, P-20), as the host's approval system
 * reports it: the power item, its number, when it started and the working time promised ({@link CaseTerms}); its
 * steps, pauses and completion ({@link CaseLife}). Its signal — PROMPT, YELLOW, RED — is computed from the working
 * time it has run on a {@link WorkingTime}, pauses left out ({@link #signalAt}); the signals raised are recorded once
 * each, in rising order, by the tick or by its completion ({@link #raise}). Every step follows {@link
 * CaseTransitions}. That the power item is the unit's is for the caller to check. Immutable and thread-safe.
 */
public final class SupervisionCase implements Aggregate<SupervisionCaseId> {
  private final SupervisionCaseId id;
  private final UnitId unitId;
  private final CaseTerms terms;
  private final CaseLife life;
  private final long version;

  private SupervisionCase(SupervisionCaseId id, UnitId unitId, CaseTerms terms, CaseLife life, long version) {
    this.id = Objects.requireNonNull(id, "id");
    this.unitId = Objects.requireNonNull(unitId, "unitId");
    this.terms = Objects.requireNonNull(terms, "terms");
    this.life = Objects.requireNonNull(life, "life");
    this.version = version;
    if (life.last().map(t -> t.isBefore(terms.started())).orElse(false)
        || life.steps().stream().anyMatch(st -> st.at().isBefore(terms.started()))
        || life.pauses().stream().anyMatch(p -> p.from().isBefore(terms.started()))) {
      throw new IllegalArgumentException("a case's steps come on or after it started");
    }
  }

  /**
   * Opens a case, not yet stored.
   *
   * @param id the id
   * @param unitId the unit whose power it exercises
   * @param terms what it is
   * @param now the instant it is reported at
   * @return the case and its {@link MonitoringEvent.CaseOpened} event, or a refusal if it starts after now
   */
  public static Outcome<Change<SupervisionCase>> open(SupervisionCaseId id, UnitId unitId, CaseTerms terms,
      Instant now) {
    Objects.requireNonNull(terms, "terms");
    if (terms.started().isAfter(now)) {
      return Outcome.refused(Refusal.invalidField("started", "NotInTheFuture", "受理时间", "started",
          "受理时间 " + terms.started() + " 晚于现在 " + now, "it starts at " + terms.started() + ", after now, " + now));
    }
    return Outcome.accepted(Change.of(new SupervisionCase(id, unitId, terms, CaseLife.OPENED, 0),
        new MonitoringEvent.CaseOpened(unitId, id, terms)));
  }

  /**
   * Rebuilds a stored case; for store adapters.
   *
   * @param id the id
   * @param unitId the unit
   * @param terms what it is
   * @param life how it went
   * @param version the stored version
   * @return the case
   */
  public static SupervisionCase restore(SupervisionCaseId id, UnitId unitId, CaseTerms terms, CaseLife life,
      long version) {
    return new SupervisionCase(id, unitId, terms, life, version);
  }

  /**
   * Takes one step of {@link CaseTransitions} at an instant: a step of the procedure with its name, a pause, a resume,
   * the completion (which ends a pause under way).
   *
   * @param action the step
   * @param at when, not before the last step, pause or completion reported (a signal recorded since does not count:
   *     the host may report what happened before the tick saw the case)
   * @param step the step's name, for {@link CaseAction#STEP} only
   * @return the case and its {@link MonitoringEvent.CaseStepped} event, or a refusal naming the field and the rule
   */
  public Outcome<Change<SupervisionCase>> act(CaseAction action, Instant at, Optional<String> step) {
    return act(action, at, step, Optional.empty());
  }

  /**
   * Takes one step of {@link CaseTransitions} at an instant, as {@link #act(CaseAction, Instant, Optional)}, a step
   * of the procedure perhaps with the working time promised for it (P-20: YELLOW when a case or a step is overdue).
   *
   * @param action the step
   * @param at when, not before the last step, pause or completion reported
   * @param step the step's name, for {@link CaseAction#STEP} only
   * @param limit the working time promised for the step (环节时限), for {@link CaseAction#STEP} only, if any: whole
   *     minutes, more than none, at most {@link CaseTerms#LONGEST}
   * @return the case and its {@link MonitoringEvent.CaseStepped} event, or a refusal naming the field and the rule
   */
  public Outcome<Change<SupervisionCase>> act(CaseAction action, Instant at, Optional<String> step,
      Optional<Duration> limit) {
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(limit, "limit");
    CaseState from = life.state();
    if (CaseTransitions.target(from, action).isEmpty()) {
      return Outcome.refused(Refusal.of(Refusal.Code.ILLEGAL_TRANSITION,
          "案件处于“" + from.chinese() + "”状态，不能" + action.chinese(),
          "the case is " + from.code() + "; " + action.code() + " is not allowed"));
    }
    Instant last = life.lastReported().filter(t -> t.isAfter(terms.started())).orElse(terms.started());
    if (at.isBefore(last)) {
      return Outcome.refused(Refusal.invalidField("at", "NotBeforeTheLast", "时间", "at",
          "时间 " + at + " 早于该案件上一次记录 " + last, "the instant " + at + " is before the case's last record, " + last));
    }
    boolean named = action == CaseAction.STEP;
    if (named != step.isPresent()) {
      return Outcome.refused(Refusal.invalidField("step", "StepWhereNeeded", "环节名称", "step",
          named ? "办理环节须写明名称" : action.chinese() + "不写环节名称",
          named ? "a step is named" : action.code() + " names no step"));
    }
    if (limit.isPresent() && (!named || !CaseTerms.isLimit(limit.get()))) {
      return Outcome.refused(Refusal.invalidField("limit", "StepLimit", "环节时限", "limit",
          named ? "环节时限须为整分钟，大于零，且不超过一年的工作时间" : action.chinese() + "不写环节时限",
          named ? "a step's limit is whole minutes, more than none and at most a year of working time"
              : action.code() + " promises no limit"));
    }
    CaseLife l = life;
    List<CaseLife.Step> steps = new ArrayList<>(l.steps());
    List<CaseLife.Pause> pauses = new ArrayList<>(l.pauses());
    Optional<Instant> pausedSince = l.pausedSince();
    Optional<Instant> completed = l.completed();
    switch (action) {
      case STEP -> steps.add(new CaseLife.Step(step.get(), at, limit));
      case PAUSE -> pausedSince = Optional.of(at);
      case RESUME, COMPLETE -> {
        pausedSince.ifPresent(since -> pauses.add(new CaseLife.Pause(since, at)));
        pausedSince = Optional.empty();
        if (action == CaseAction.COMPLETE) {
          completed = Optional.of(at);
        }
      }
    }
    CaseLife after = new CaseLife(steps, pauses, pausedSince, completed, l.signals());
    return Outcome.accepted(Change.of(new SupervisionCase(id, unitId, terms, after, version),
        new MonitoringEvent.CaseStepped(unitId, id, action, at, step, limit)));
  }

  /**
   * Records a signal the case has reached.
   *
   * @param signal the signal, higher than any raised before
   * @param at when
   * @param warning the warning it raised under the policy, if any
   * @return the case and its {@link MonitoringEvent.CaseSignalled} event, or a refusal if it was raised already
   */
  public Outcome<Change<SupervisionCase>> raise(SupervisionSignal signal, Instant at, Optional<WarningId> warning) {
    return raise(signal, at, warning, Optional.empty());
  }

  /**
   * Records a signal the case has reached, naming the step whose own limit ran out when that, not the case's limit,
   * is why it is YELLOW.
   *
   * @param signal the signal, higher than any raised before
   * @param at when
   * @param warning the warning it raised under the policy, if any
   * @param step the name of the step that ran out, for a YELLOW raised by a step
   * @return the case and its {@link MonitoringEvent.CaseSignalled} event, or a refusal if it was raised already
   */
  public Outcome<Change<SupervisionCase>> raise(SupervisionSignal signal, Instant at, Optional<WarningId> warning,
      Optional<String> step) {
    if (life.signal().map(s -> s.compareTo(signal) >= 0).orElse(false)) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED, "该案件已亮过" + life.signal().get().chinese(),
          "the case has raised " + life.signal().get().code() + " already"));
    }
    List<CaseLife.Raised> signals = new ArrayList<>(life.signals());
    signals.add(new CaseLife.Raised(signal, at, warning));
    CaseLife after = new CaseLife(life.steps(), life.pauses(), life.pausedSince(), life.completed(), signals);
    return Outcome.accepted(Change.of(new SupervisionCase(id, unitId, terms, after, version),
        new MonitoringEvent.CaseSignalled(unitId, id, signal, at, warning, step)));
  }

  /**
   * @param now an instant, not before the case started
   * @param time the working calendar and hours
   * @param zone the zone its times are local to
   * @param policy when signals rise
   * @return the signal the case has reached by then, if any: computed, whether recorded or not
   */
  public Optional<SupervisionSignal> signalAt(Instant now, WorkingTime time, ZoneId zone, SignalPolicy policy) {
    LocalDateTime nowLocal = local(now, zone);
    Optional<SupervisionSignal> byCase = policy.signal(time, local(terms.started(), zone), terms.limit(),
        pauses(now, zone), life.completed().map(c -> local(c, zone)), nowLocal);
    if (byCase.map(s -> s.compareTo(SupervisionSignal.YELLOW) < 0).orElse(true)
        && stepOverdue(now, time, zone).isPresent()) {
      return Optional.of(SupervisionSignal.YELLOW); // P-20: YELLOW when a case or a step is overdue
    }
    return byCase;
  }

  /**
   * @param now an instant
   * @param time the working calendar and hours
   * @param zone the zone its times are local to
   * @return the first step with a limit of its own that had run longer than it by {@code now} (until the next step,
   *     the completion or {@code now}, whichever came first, in working time with pauses left out), if any
   */
  public Optional<CaseLife.Step> stepOverdue(Instant now, WorkingTime time, ZoneId zone) {
    List<CaseLife.Step> steps = life.steps();
    for (int i = 0; i < steps.size(); i++) {
      CaseLife.Step step = steps.get(i);
      if (step.limit().isEmpty() || step.at().isAfter(now)) {
        continue;
      }
      Instant end = i + 1 < steps.size() ? steps.get(i + 1).at() : life.completed().orElse(now);
      if (ran(step, end.isBefore(now) ? end : now, time, zone).compareTo(step.limit().get()) > 0) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /**
   * @return the working time left to the step under way at {@code now} before its limit (negative once past it), if
   *     the case runs and that step has a limit
   */
  private Optional<Duration> stepLeft(Instant now, WorkingTime time, ZoneId zone) {
    if (life.steps().isEmpty() || life.state() != CaseState.RUNNING) {
      return Optional.empty();
    }
    CaseLife.Step current = life.steps().get(life.steps().size() - 1);
    if (current.limit().isEmpty() || current.at().isAfter(now)) {
      return Optional.empty();
    }
    return Optional.of(current.limit().get().minus(ran(current, now, time, zone)));
  }

  /** @return the working time since the step until then, the case's pauses left out */
  private Duration ran(CaseLife.Step step, Instant until, WorkingTime time, ZoneId zone) {
    return time.between(local(step.at(), zone), local(until, zone), pauses(until, zone));
  }

  /**
   * @param now an instant, not before the case started
   * @param time the working calendar and hours
   * @param zone the zone its times are local to
   * @return the working time the case has run by then (or by its completion), pauses left out
   */
  public Duration elapsed(Instant now, WorkingTime time, ZoneId zone) {
    Instant until = life.completed().filter(c -> c.isBefore(now)).orElse(now);
    return time.between(local(terms.started(), zone), local(until, zone), pauses(until, zone));
  }

  /**
   * @param now an instant, not before the case started
   * @param time the working calendar and hours
   * @param zone the zone its times are local to
   * @param policy when signals rise
   * @return the first instant after {@code now} at which a signal higher than both the one raised and the one reached
   *     by then rises, if the clock keeps running; empty for a case paused or completed, or already RED. Read from
   *     before the last thing the host reported (a tick behind), it is that instant if a signal rose by then, and
   *     the next after it otherwise
   */
  public Optional<Instant> nextSignalAt(Instant now, WorkingTime time, ZoneId zone, SignalPolicy policy) {
    if (life.state() != CaseState.RUNNING) {
      return Optional.empty();
    }
    Optional<Instant> reported = life.lastReported().filter(r -> r.isAfter(now));
    if (reported.isPresent()) { // a tick behind what the host has reported: read the case from there
      Optional<SupervisionSignal> then = signalAt(reported.get(), time, zone, policy);
      Optional<SupervisionSignal> before = signalAt(now, time, zone, policy);
      boolean rose = then.isPresent() && before.map(b -> then.get().compareTo(b) > 0).orElse(true)
          && life.signal().map(r -> then.get().compareTo(r) > 0).orElse(true);
      return rose ? reported : nextSignalAt(reported.get(), time, zone, policy);
    }
    SupervisionSignal reached = signalAt(now, time, zone, policy).orElse(null);
    SupervisionSignal raised = life.signal().orElse(null);
    Duration elapsed = elapsed(now, time, zone);
    Duration limit = terms.limit();
    Duration prompt = limit.compareTo(policy.promptBefore()) > 0 ? limit.minus(policy.promptBefore()) : Duration.ZERO;
    List<Duration> thresholds = List.of(prompt, limit, limit.plus(policy.redAfter()));
    Optional<Duration> stepLeft = stepLeft(now, time, zone);
    Optional<Duration> soonest = Optional.empty(); // the working time until the first signal above both rises
    for (SupervisionSignal s : SupervisionSignal.values()) {
      boolean above = (reached == null || s.compareTo(reached) > 0) && (raised == null || s.compareTo(raised) > 0);
      if (above) {
        Duration left = thresholds.get(s.ordinal()).minus(elapsed);
        if (s == SupervisionSignal.YELLOW && stepLeft.isPresent() && stepLeft.get().compareTo(left) < 0) {
          left = stepLeft.get(); // the step under way runs out before the case does
        }
        // PROMPT rises when its point is reached; YELLOW and RED once theirs is passed: a second past it
        Duration wait = (left.isNegative() ? Duration.ZERO : left).plusSeconds(s == SupervisionSignal.PROMPT ? 0 : 1);
        soonest = soonest.filter(w -> w.compareTo(wait) <= 0).or(() -> Optional.of(wait));
      }
    }
    return soonest.map(w -> time.plus(local(now, zone), w).atZone(zone).toInstant());
  }

  private List<WorkingTime.Pause> pauses(Instant now, ZoneId zone) {
    List<WorkingTime.Pause> all = new ArrayList<>();
    for (CaseLife.Pause p : life.pauses()) {
      all.add(new WorkingTime.Pause(local(p.from(), zone), local(p.to(), zone)));
    }
    life.pausedSince().filter(since -> !since.isAfter(now))
        .ifPresent(since -> all.add(new WorkingTime.Pause(local(since, zone), local(now, zone))));
    return all;
  }

  private static LocalDateTime local(Instant at, ZoneId zone) {
    return LocalDateTime.ofInstant(at, zone);
  }

  /** @param newVersion the version a store has written @return a copy with that version */
  public SupervisionCase withVersion(long newVersion) {
    return new SupervisionCase(id, unitId, terms, life, newVersion);
  }

  /** @return where it is, {@code life().state()} */
  public CaseState state() {
    return life.state();
  }

  /** @return the id */
  @Override
  public SupervisionCaseId id() {
    return id;
  }

  /** @return the unit whose power it exercises */
  @Override
  public UnitId unitId() {
    return unitId;
  }

  /** @return what it is */
  public CaseTerms terms() {
    return terms;
  }

  /** @return how it went */
  public CaseLife life() {
    return life;
  }

  /** @return the persisted version */
  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SupervisionCase c
        && id.equals(c.id)
        && unitId.equals(c.unitId)
        && terms.equals(c.terms)
        && life.equals(c.life)
        && version == c.version;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, unitId, terms, life, version);
  }

  @Override
  public String toString() {
    return "SupervisionCase[" + id + " " + terms.number() + " " + life.state().code()
        + life.signal().map(s -> " " + s.code()).orElse("") + "]";
  }
}
