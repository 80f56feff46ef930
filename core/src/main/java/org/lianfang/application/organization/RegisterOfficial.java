package org.lianfang.application.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lianfang.Limits;
import org.lianfang.UnitId;

/**
 * Registers an official on a unit's staff. Staff numbers are unique within the unit.
 *
 * @param unit the unit
 * @param staffNumber the host's staff number (工号)
 * @param name the name
 */
public record RegisterOfficial(
    @NotNull UnitId unit,
    @NotBlank @Size(max = Limits.CODE) @Pattern(regexp = Limits.TRIMMED, message = Limits.TRIMMED_MESSAGE)
        String staffNumber,
    @NotBlank @Size(max = Limits.NAME) String name) {}
