package org.lianfang.application.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.lianfang.Limits;
import org.lianfang.control.MonitoringIndicator;

/**
 * A measure's monitoring indicator as a command gives it (P-6).
 *
 * @param name what is measured
 * @param unit what it is counted in
 * @param rule how it is taken
 * @param threshold the limit
 * @param direction on which side of the threshold a value is a signal
 */
public record IndicatorInput(
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotBlank @Size(max = Limits.NAME) String unit,
    @NotBlank @Size(max = Limits.TEXT) String rule,
    @NotNull BigDecimal threshold,
    @NotNull MonitoringIndicator.Direction direction) {
  MonitoringIndicator toIndicator() {
    return new MonitoringIndicator(name, unit, rule, threshold, direction);
  }
}
