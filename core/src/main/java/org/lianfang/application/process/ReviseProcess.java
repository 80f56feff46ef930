package org.lianfang.application.process;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.List;
import java.util.OptionalLong;
import org.lianfang.Limits;
import org.lianfang.process.ProcessId;

/**
 * Redraws a flow chart; the risk points at its steps become stale (P-3).
 *
 * @param process the process
 * @param name the process's name
 * @param steps the steps
 * @param flows the edges
 * @param expectedVersion the version of the process its user saw ({@link org.lianfang.Aggregate#version()}); when
 *     given and the stored process has another, the command is refused as {@code STALE} and changes nothing; empty
 *     to change whatever version is stored
 */
public record ReviseProcess(
    @NotNull ProcessId process,
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotEmpty @Size(max = Limits.ITEMS) List<@NotNull @Valid StepInput> steps,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull @Valid FlowInput> flows,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {
  /**
   * The command without an expected version: it changes whatever version is stored.
   *
   * @param process the process
   * @param name the process's name
   * @param steps the steps
   * @param flows the edges
   */
  public ReviseProcess(ProcessId process, String name, List<StepInput> steps, List<FlowInput> flows) {
    this(process, name, steps, flows, OptionalLong.empty());
  }
}
