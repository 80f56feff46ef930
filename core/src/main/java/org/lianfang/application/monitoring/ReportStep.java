package org.lianfang.application.monitoring;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.Optional;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.monitoring.Disposal;
import org.lianfang.monitoring.ReportAction;
import org.lianfang.monitoring.ReportId;

/**
 * Takes a report one step today ({@link org.lianfang.monitoring.ReportTransitions}): forward it to the body that
 * handles it, accept it, record a real-name reporter told of the acceptance, dispose of it, close it with its result,
 * record the reporter told the result. The remark is confidential like the content (P-19): {@link #toString()} leaves
 * it out.
 *
 * @param report the report
 * @param action the step
 * @param disposal the way it is disposed of: required to dispose, refused otherwise
 * @param remark the body it is forwarded to (a name), the disposal's note, the result; refused to accept or tell
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record ReportStep(
    @NotNull ReportId report,
    @NotNull ReportAction action,
    @NotNull Optional<Disposal> disposal,
    @NotNull Optional<@Size(min = 1, max = Limits.TEXT) @Pattern(regexp = Limits.NOT_BLANK,
        message = Limits.NOT_BLANK_MESSAGE) String> remark,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  private static ReportStep of(ReportId report, ReportAction action, Optional<Disposal> way, Optional<String> remark) {
    return new ReportStep(report, action, way, remark, OptionalLong.empty());
  }

  /** @param report the report @param body the body that handles it @return it forwarded there (转办) */
  public static ReportStep forward(ReportId report, String body) {
    return of(report, ReportAction.FORWARD, Optional.empty(), Optional.of(body));
  }

  /** @param report the report @return it accepted to be handled here (受理) */
  public static ReportStep accept(ReportId report) {
    return of(report, ReportAction.ACCEPT, Optional.empty(), Optional.empty());
  }

  /** @param report the report @return its real-name reporter told of the acceptance (告知受理) */
  public static ReportStep tellAcceptance(ReportId report) {
    return of(report, ReportAction.TELL_ACCEPTANCE, Optional.empty(), Optional.empty());
  }

  /**
   * @param report the report
   * @param way one of the four ways
   * @param note what was decided and why
   * @return it disposed of (处置)
   */
  public static ReportStep dispose(ReportId report, Disposal way, String note) {
    return of(report, ReportAction.DISPOSE, Optional.of(way), Optional.of(note));
  }

  /** @param report the report @param result what came of it @return it closed (办结) */
  public static ReportStep close(ReportId report, String result) {
    return of(report, ReportAction.CLOSE, Optional.empty(), Optional.of(result));
  }

  /** @param report the report @return its real-name reporter told the result (反馈) */
  public static ReportStep tellResult(ReportId report) {
    return of(report, ReportAction.TELL_RESULT, Optional.empty(), Optional.empty());
  }

  /** @param version the version the user saw @return this step, refused as stale if the stored version differs */
  public ReportStep expecting(long version) {
    return new ReportStep(report, action, disposal, remark, OptionalLong.of(version));
  }

  /** @return the report, the step and the way: never the remark */
  @Override
  public String toString() {
    return "ReportStep[" + report + " " + action + (disposal != null ? disposal.map(d -> " " + d).orElse("") : "")
        + "]";
  }
}
