package org.lianfang.application.process;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lianfang.Limits;
import org.lianfang.process.ProcessId;

/**
 * Redraws a flow chart; the risk points at its steps become stale (P-3).
 *
 * @param process the process
 * @param name the process's name
 * @param steps the steps
 * @param flows the edges
 */
public record ReviseProcess(
    @NotNull ProcessId process,
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotEmpty @Size(max = Limits.ITEMS) List<@NotNull @Valid StepInput> steps,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull @Valid FlowInput> flows) {}
