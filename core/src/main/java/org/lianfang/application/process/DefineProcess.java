package org.lianfang.application.process;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lianfang.Limits;
import org.lianfang.UnitId;

/**
 * Draws a unit's business flow chart (S-2, P-2). It must have exactly one start, every step reachable, and name only
 * the unit's posts and power items.
 *
 * @param unit the unit
 * @param code the code people read, unique within the unit
 * @param name the process's name
 * @param steps the steps
 * @param flows the edges
 */
public record DefineProcess(
    @NotNull UnitId unit,
    @NotBlank @Size(max = Limits.CODE) @Pattern(regexp = Limits.TRIMMED, message = Limits.TRIMMED_MESSAGE) String code,
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotEmpty @Size(max = Limits.ITEMS) List<@NotNull @Valid StepInput> steps,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull @Valid FlowInput> flows) {}
