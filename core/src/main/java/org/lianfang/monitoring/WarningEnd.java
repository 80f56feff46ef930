package org.lianfang.monitoring;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;

/**
 * How a warning ended: closed once verified (销号), transferred (移交, P-10) or cancelled (摘牌). A transfer and a
 * cancellation say why; a closing says nothing more than its day. Immutable and thread-safe.
 *
 * @param state {@link WarningState#CLOSED}, {@link WarningState#TRANSFERRED} or {@link WarningState#CANCELLED}
 * @param day the day
 * @param reason why it was transferred (and to whom) or cancelled; empty when closed
 */
public record WarningEnd(WarningState state, LocalDate day, Optional<String> reason) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the state is not final, or the reason does not fit it
   */
  public WarningEnd {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(reason, "reason");
    if (!state.isFinal() || reason.isPresent() == (state == WarningState.CLOSED)) {
      throw new IllegalArgumentException("a warning ends closed without a reason, or transferred or cancelled with "
          + "one: " + state);
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("state", state).put("day", day).put("reason", reason).build();
  }
}
