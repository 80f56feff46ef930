package org.lianfang.application.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.lianfang.Limits;

/**
 * A veto as the discipline body enters it (一票否决, P-24).
 *
 * @param reason what happened: a major case, a member of the leadership disciplined
 * @param evidence where it is recorded
 */
public record VetoInput(
    @NotBlank @Size(max = Limits.TEXT) String reason,
    @NotBlank @Size(max = Limits.NAME) String evidence) {}
