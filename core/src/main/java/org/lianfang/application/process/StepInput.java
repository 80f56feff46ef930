package org.lianfang.application.process;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.lianfang.Limits;
import org.lianfang.organization.PostId;
import org.lianfang.organization.PowerItemId;

/**
 * One step of a flow chart as a command gives it.
 *
 * @param code the step's code, unique within the process
 * @param name what is done
 * @param post the post doing it
 * @param powers the power items exercised
 */
public record StepInput(
    @NotBlank @Size(max = Limits.CODE) @Pattern(regexp = Limits.TRIMMED, message = Limits.TRIMMED_MESSAGE) String code,
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotNull PostId post,
    @NotNull @Size(max = Limits.ITEMS) Set<@NotNull PowerItemId> powers) {}
