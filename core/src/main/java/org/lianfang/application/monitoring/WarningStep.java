package org.lianfang.application.monitoring;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.monitoring.WarningAction;
import org.lianfang.monitoring.WarningId;

/**
 * Takes a warning one step along its closed loop today ({@link org.lianfang.monitoring.WarningTransitions}). Each step
 * takes what it needs and nothing else: a reply to reply; a remark to return a reply, to verify or fail a
 * verification, to transfer or to cancel; a verification deadline to accept a reply. The factories build each.
 *
 * @param warning the warning
 * @param action the step
 * @param reply the reply, to reply
 * @param remark why a reply is returned, what a verification found, why (and to whom) it is transferred, or why it
 *     is cancelled
 * @param verifyBy the last day for the verification, today or later, to accept a reply
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record WarningStep(
    @NotNull WarningId warning,
    @NotNull WarningAction action,
    @NotNull Optional<@Valid ReplyInput> reply,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> remark,
    @NotNull Optional<LocalDate> verifyBy,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {

  private static WarningStep of(WarningId warning, WarningAction action, Optional<ReplyInput> reply,
      Optional<String> remark, Optional<LocalDate> verifyBy) {
    return new WarningStep(warning, action, reply, remark, verifyBy, OptionalLong.empty());
  }

  /** @param warning the warning @return the subject's acknowledgement (签收) */
  public static WarningStep acknowledge(WarningId warning) {
    return of(warning, WarningAction.ACKNOWLEDGE, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** @param warning the warning @param reply the reply @return the subject's reply (回复) */
  public static WarningStep reply(WarningId warning, ReplyInput reply) {
    return of(warning, WarningAction.REPLY, Optional.of(reply), Optional.empty(), Optional.empty());
  }

  /** @param warning the warning @param reason why @return the reply returned to be redone (退回) */
  public static WarningStep returnReply(WarningId warning, String reason) {
    return of(warning, WarningAction.RETURN_REPLY, Optional.empty(), Optional.of(reason), Optional.empty());
  }

  /**
   * @param warning the warning
   * @param verifyBy the last day for the verification
   * @return the reply accepted and its rectification supervised (受理回复, 跟踪督办)
   */
  public static WarningStep accept(WarningId warning, LocalDate verifyBy) {
    return of(warning, WarningAction.ACCEPT_REPLY, Optional.empty(), Optional.empty(), Optional.of(verifyBy));
  }

  /** @param warning the warning @param note what was found @return the rectification verified (验证) */
  public static WarningStep verify(WarningId warning, String note) {
    return of(warning, WarningAction.VERIFY, Optional.empty(), Optional.of(note), Optional.empty());
  }

  /**
   * @param warning the warning
   * @param note what was found
   * @return the verification failed: the warning is issued again one level up with a new deadline
   */
  public static WarningStep failVerification(WarningId warning, String note) {
    return of(warning, WarningAction.FAIL_VERIFICATION, Optional.empty(), Optional.of(note), Optional.empty());
  }

  /** @param warning the warning @return the warning closed once verified (销号) */
  public static WarningStep close(WarningId warning) {
    return of(warning, WarningAction.CLOSE, Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** @param warning the warning @param reason why, and to whom @return the warning transferred (移交, P-10) */
  public static WarningStep transfer(WarningId warning, String reason) {
    return of(warning, WarningAction.TRANSFER, Optional.empty(), Optional.of(reason), Optional.empty());
  }

  /** @param warning the warning @param reason why @return the warning cancelled (摘牌) */
  public static WarningStep cancel(WarningId warning, String reason) {
    return of(warning, WarningAction.CANCEL, Optional.empty(), Optional.of(reason), Optional.empty());
  }

  /** @param version the version the user saw @return this step, refused as stale if the stored version differs */
  public WarningStep expecting(long version) {
    return new WarningStep(warning, action, reply, remark, verifyBy, OptionalLong.of(version));
  }
}
