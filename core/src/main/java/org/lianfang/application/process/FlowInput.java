package org.lianfang.application.process;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.lianfang.Limits;

/**
 * An edge of a flow chart as a command gives it.
 *
 * @param from the earlier step's code
 * @param to the later step's code
 */
public record FlowInput(
    @NotBlank @Size(max = Limits.CODE) @Pattern(regexp = Limits.TRIMMED, message = Limits.TRIMMED_MESSAGE) String from,
    @NotBlank @Size(max = Limits.CODE) @Pattern(regexp = Limits.TRIMMED, message = Limits.TRIMMED_MESSAGE) String to) {}
