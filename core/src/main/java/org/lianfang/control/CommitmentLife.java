package org.lianfang.control;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * Where a service commitment is in its life and since when (P-17): the state of {@link CommitmentTransitions}, the day
 * of each step taken, the verdict of 评诺 and its public explanation, or why it was withdrawn. Consistent by
 * construction. Immutable and thread-safe.
 *
 * @param state the state
 * @param reviewed the day of 审诺, once it was
 * @param published the day of 公示, once it was
 * @param started the first day of 践诺, once it began
 * @param ended the day it was judged or withdrawn, once it was
 * @param verdict the verdict, once judged
 * @param explanation at 评诺, what was said in public: required for {@link Verdict#BROKEN_EXCUSED}, optional for the
 *     others; for a withdrawn commitment, why (required)
 */
public record CommitmentLife(CommitmentState state, Optional<LocalDate> reviewed, Optional<LocalDate> published,
    Optional<LocalDate> started, Optional<LocalDate> ended, Optional<Verdict> verdict, Optional<String> explanation)
    implements Archivable {
  /** A commitment just proposed. */
  public static final CommitmentLife PROPOSED = new CommitmentLife(CommitmentState.PROPOSED, Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the days, the verdict or the explanation do not fit the state, or the days
   *     go back
   */
  public CommitmentLife {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(reviewed, "reviewed");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(ended, "ended");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(explanation, "explanation");
    int steps = switch (state) {
      case PROPOSED -> 0;
      case REVIEWED -> 1;
      case PUBLISHED -> 2;
      case IN_PROGRESS -> 3;
      case EVALUATED -> 4;
      case WITHDRAWN -> reviewed.isPresent() ? 1 : 0;
    };
    boolean fits = reviewed.isPresent() == steps >= 1 && published.isPresent() == steps >= 2
        && started.isPresent() == steps >= 3 && ended.isPresent() == state.isFinal()
        && verdict.isPresent() == (state == CommitmentState.EVALUATED)
        && switch (state) {
          case WITHDRAWN -> explanation.isPresent();
          case EVALUATED -> verdict.get() != Verdict.BROKEN_EXCUSED || explanation.isPresent();
          default -> explanation.isEmpty();
        };
    if (!fits || explanation.map(String::isBlank).orElse(false)) {
      throw new IllegalArgumentException("the days, verdict and explanation do not fit the state " + state);
    }
    LocalDate last = null;
    for (Optional<LocalDate> d : java.util.List.of(reviewed, published, started, ended)) {
      if (d.isPresent()) {
        if (last != null && d.get().isBefore(last)) {
          throw new IllegalArgumentException("a commitment's steps never go back in time");
        }
        last = d.get();
      }
    }
  }

  /** @return the day of the last step taken, if any */
  public Optional<LocalDate> lastDay() {
    return ended.or(() -> started).or(() -> published).or(() -> reviewed);
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("state", state)
        .put("reviewed", reviewed)
        .put("published", published)
        .put("started", started)
        .put("ended", ended)
        .put("verdict", verdict)
        .put("explanation", explanation)
        .build();
  }
}
