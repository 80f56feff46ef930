package org.lianfang.application.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lianfang.Limits;
import org.lianfang.control.EducationActivityId;

/**
 * Withdraws an education record entered by mistake (P-15), today: it stays in the archive (S-13) and no longer meets
 * any obligation.
 *
 * @param activity the activity
 * @param reason why
 */
public record WithdrawEducation(
    @NotNull EducationActivityId activity,
    @NotBlank @Size(max = Limits.TEXT) String reason) {}
