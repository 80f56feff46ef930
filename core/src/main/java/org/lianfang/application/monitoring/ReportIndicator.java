package org.lianfang.application.monitoring;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.lianfang.control.ControlMeasureId;

/**
 * Reports a value of a measure's monitoring indicator (P-6): the host's statistics, or a monthly check, took it on a
 * day. A value beyond the threshold raises a signal and, under the instance's
 * {@link org.lianfang.monitoring.IndicatorPolicy}, a warning with the rule that fired as its facts.
 *
 * @param measure a measure in force that names an indicator
 * @param value the value, in the indicator's unit, at most 15 digits before the point and 4 after
 * @param taken the day it was taken, today or earlier
 */
public record ReportIndicator(
    @NotNull ControlMeasureId measure,
    @NotNull @Digits(integer = 15, fraction = 4) BigDecimal value,
    @NotNull LocalDate taken) {}
