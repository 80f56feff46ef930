package org.lianfang.application.monitoring;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.monitoring.RectificationAction;
import org.lianfang.monitoring.RectificationItemId;

/**
 * Takes a rectification item one step today ({@link org.lianfang.monitoring.RectificationTransitions}): begin work,
 * submit with its evidence, reject a submission with the reason, verify with what was found, close (销号).
 *
 * @param item the item
 * @param action the step
 * @param remark the evidence to submit, the reason to reject, what was found to verify; refused to begin or close
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record RectificationStep(
    @NotNull RectificationItemId item,
    @NotNull RectificationAction action,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> remark,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param item the item @return work on it begins (开始整改) */
  public static RectificationStep start(RectificationItemId item) {
    return new RectificationStep(item, RectificationAction.START, Optional.empty(), OptionalLong.empty());
  }

  /** @param item the item @param evidence what shows it is done @return it submitted as done (提交) */
  public static RectificationStep submit(RectificationItemId item, String evidence) {
    return new RectificationStep(item, RectificationAction.SUBMIT, Optional.of(evidence), OptionalLong.empty());
  }

  /** @param item the item @param reason why @return the submission rejected (退回) */
  public static RectificationStep reject(RectificationItemId item, String reason) {
    return new RectificationStep(item, RectificationAction.REJECT, Optional.of(reason), OptionalLong.empty());
  }

  /** @param item the item @param note what was found @return it verified (验证) */
  public static RectificationStep verify(RectificationItemId item, String note) {
    return new RectificationStep(item, RectificationAction.VERIFY, Optional.of(note), OptionalLong.empty());
  }

  /** @param item the item @return it closed (销号) */
  public static RectificationStep close(RectificationItemId item) {
    return new RectificationStep(item, RectificationAction.CLOSE, Optional.empty(), OptionalLong.empty());
  }

  /** @param version the version the user saw @return this step, refused as stale if the stored version differs */
  public RectificationStep expecting(long version) {
    return new RectificationStep(item, action, remark, OptionalLong.of(version));
  }
}
