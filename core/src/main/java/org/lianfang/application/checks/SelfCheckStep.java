package org.lianfang.application.checks;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.checks.SelfCheckAction;
import org.lianfang.checks.SelfCheckReportId;

/**
 * Takes a self-check one step today ({@link org.lianfang.checks.SelfCheckTransitions}): the unit submits it, its
 * figures read from the records today; the unit above acknowledges it with its remarks.
 *
 * @param report the self-check
 * @param action the step
 * @param remarks the unit above's remarks: required to acknowledge, refused to submit
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record SelfCheckStep(
    @NotNull SelfCheckReportId report,
    @NotNull SelfCheckAction action,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> remarks,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /** @param report the self-check @return it submitted to the unit above (报送) */
  public static SelfCheckStep submit(SelfCheckReportId report) {
    return new SelfCheckStep(report, SelfCheckAction.SUBMIT, Optional.empty(), OptionalLong.empty());
  }

  /** @param report the self-check @param remarks what the unit above says @return it acknowledged (确认) */
  public static SelfCheckStep acknowledge(SelfCheckReportId report, String remarks) {
    return new SelfCheckStep(report, SelfCheckAction.ACKNOWLEDGE, Optional.of(remarks), OptionalLong.empty());
  }
}
