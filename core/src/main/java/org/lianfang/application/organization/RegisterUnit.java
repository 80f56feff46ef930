package org.lianfang.application.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.organization.UnitKind;

/**
 * Registers a unit (S-2, S-18) as a root or below a parent. Codes are unique among all units.
 *
 * @param code the code people read
 * @param name the unit's name
 * @param kind what kind of body it is
 * @param parent the unit above it; empty for a root
 */
public record RegisterUnit(
    @NotBlank @Size(max = Limits.CODE) @Pattern(regexp = Limits.TRIMMED, message = Limits.TRIMMED_MESSAGE) String code,
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotNull UnitKind kind,
    @NotNull Optional<UnitId> parent) {}
