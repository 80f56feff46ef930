package org.lianfang.application.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.organization.AdministrativePower;
import org.lianfang.organization.PostId;

/**
 * Adds a power to a unit's power list (权力清单, S-2): its legal basis, boundary and responsibility, and the posts
 * exercising it (all of the unit).
 *
 * @param unit the unit
 * @param code the code people read, unique within the unit
 * @param name the power's name
 * @param kind its kind
 * @param legalBasis 依据
 * @param boundary 界限
 * @param responsibility 责任
 * @param posts the posts exercising it
 */
public record RegisterPowerItem(
    @NotNull UnitId unit,
    @NotBlank @Size(max = Limits.CODE) @Pattern(regexp = Limits.TRIMMED, message = Limits.TRIMMED_MESSAGE) String code,
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotNull AdministrativePower kind,
    @NotBlank @Size(max = Limits.TEXT) String legalBasis,
    @NotBlank @Size(max = Limits.TEXT) String boundary,
    @NotBlank @Size(max = Limits.TEXT) String responsibility,
    @NotEmpty @Size(max = Limits.ITEMS) Set<@NotNull PostId> posts) {}
