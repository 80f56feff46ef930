package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * How a case under electronic supervision went (P-20): the steps of its procedure, the pauses of its clock (a pause
 * still open while it is paused), its completion, and the signals raised on it, each once, in rising order. The state
 * is derived, and the instants never go back. Immutable and thread-safe.
 *
 * @param steps the steps taken, in order
 * @param pauses the pauses that ended, in order
 * @param pausedSince when the pause under way began, while the case is paused
 * @param completed when it was completed (办结)
 * @param signals the signals raised on it, in rising order, each once
 */
public record CaseLife(List<Step> steps, List<Pause> pauses, Optional<Instant> pausedSince,
    Optional<Instant> completed, List<Raised> signals) implements Archivable {
  /** A case just opened. */
  public static final CaseLife OPENED = new CaseLife(List.of(), List.of(), Optional.empty(), Optional.empty(),
      List.of());

  /**
   * A step of the procedure.
   *
   * @param name its name (受理, 审查, 决定 …)
   * @param at when it was taken
   * @param limit the working time promised for it (环节时限), if any: counted from {@code at} until the next step or
   *     the completion, pauses left out; whole minutes, more than none, at most {@link CaseTerms#LONGEST}
   */
  public record Step(String name, Instant at, Optional<Duration> limit) implements Archivable {
    /**
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the limit is out of range
     */
    public Step {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(limit, "limit");
      limit.ifPresent(l -> checkArgument(CaseTerms.isLimit(l),
          "a step's limit is whole minutes, more than none and at most %s: %s", CaseTerms.LONGEST, l));
    }

    /** @param name its name @param at when it was taken; with no limit of its own */
    public Step(String name, Instant at) {
      this(name, at, Optional.empty());
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("name", name).put("at", at).put("limit", limit.map(Duration::toString))
          .build();
    }
  }

  /**
   * A pause of the clock.
   *
   * @param from when it began
   * @param to when it ended, not before it began
   */
  public record Pause(Instant from, Instant to) implements Archivable {
    /** @throws IllegalArgumentException if it ends before it begins */
    public Pause {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("a pause ends after it begins");
      }
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("from", from).put("to", to).build();
    }
  }

  /**
   * A signal raised on the case.
   *
   * @param signal the signal
   * @param at when it was raised
   * @param warning the warning it raised, under the policy (a RED signal's)
   */
  public record Raised(SupervisionSignal signal, Instant at, Optional<WarningId> warning) implements Archivable {
    /** @throws NullPointerException if a part is null */
    public Raised {
      Objects.requireNonNull(signal, "signal");
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(warning, "warning");
    }

    @Override
    public ArchiveObject toArchive() {
      return ArchiveObject.builder().put("signal", signal).put("at", at).put("warning", warning).build();
    }
  }

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the instants go back, a signal is raised twice or out of order, or a pause is
   *     open on a completed case
   */
  public CaseLife {
    steps = List.copyOf(steps);
    pauses = List.copyOf(pauses);
    Objects.requireNonNull(pausedSince, "pausedSince");
    Objects.requireNonNull(completed, "completed");
    signals = List.copyOf(signals);
    if (pausedSince.isPresent() && completed.isPresent()) {
      throw new IllegalArgumentException("a completed case has no pause under way");
    }
    List<Instant> clock = new ArrayList<>();
    steps.forEach(s -> clock.add(s.at()));
    List<Instant> paused = new ArrayList<>();
    pauses.forEach(p -> {
      paused.add(p.from());
      paused.add(p.to());
    });
    pausedSince.ifPresent(paused::add);
    completed.ifPresent(c -> {
      clock.add(c);
      paused.add(c);
    });
    for (List<Instant> seq : List.of(clock, paused)) {
      for (int i = 1; i < seq.size(); i++) {
        if (seq.get(i).isBefore(seq.get(i - 1))) {
          throw new IllegalArgumentException("a case's instants never go back");
        }
      }
    }
    for (int i = 1; i < signals.size(); i++) {
      if (signals.get(i).signal().compareTo(signals.get(i - 1).signal()) <= 0
          || signals.get(i).at().isBefore(signals.get(i - 1).at())) {
        throw new IllegalArgumentException("signals are raised once each, in rising order");
      }
    }
  }

  /** @return where it is */
  public CaseState state() {
    return completed.isPresent() ? CaseState.COMPLETED
        : pausedSince.isPresent() ? CaseState.PAUSED : CaseState.RUNNING;
  }

  /** @return the highest signal raised, if any */
  public Optional<SupervisionSignal> signal() {
    return signals.isEmpty() ? Optional.empty() : Optional.of(signals.get(signals.size() - 1).signal());
  }

  /** @return the last instant the host reported, a step, a pause's end or start, the completion; if any */
  public Optional<Instant> lastReported() {
    return java.util.stream.Stream.of(steps.stream().map(Step::at), pauses.stream().map(Pause::to),
        pausedSince.stream(), completed.stream()).flatMap(s -> s).max(Instant::compareTo);
  }

  /** @return the last instant it records, signals included, if any */
  public Optional<Instant> last() {
    Optional<Instant> signalled = signals.stream().map(Raised::at).max(Instant::compareTo);
    return java.util.stream.Stream.of(lastReported(), signalled).flatMap(Optional::stream).max(Instant::compareTo);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("steps", steps).put("pauses", pauses).put("pausedSince", pausedSince)
        .put("completed", completed).put("signals", signals).build();
  }
}
