package org.lianfang.application.cycle;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.monitoring.RectificationItemId;

/**
 * Carries a rectification item over, out of the year its unit is summing up (P-21, S-16: unresolved problems go into
 * the next year's loop), so the year may close while the item is still worked on.
 *
 * @param item the item, not closed
 * @param reason why it could not be finished this year
 * @param due its new due day, in a later year
 * @param expectedVersion the version of the item its user saw; when given and the stored one differs, the command is
 *     refused as {@code STALE} and changes nothing
 */
public record CarryOverItem(
    @NotNull RectificationItemId item,
    @NotBlank @Size(max = Limits.TEXT) String reason,
    @NotNull LocalDate due,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param item the item @param reason why @param due its new due day @return the command */
  public static CarryOverItem of(RectificationItemId item, String reason, LocalDate due) {
    return new CarryOverItem(item, reason, due, OptionalLong.empty());
  }
}
