package org.lianfang.application.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;

/**
 * Opens a rectification item (整改事项, P-21) of the unit that must rectify.
 *
 * @param unit the unit that must rectify
 * @param origin what opened it
 * @param warning the unit's warning it rectifies: required when the origin is a warning, refused otherwise
 * @param problem the problem found (存在问题)
 * @param target what is to be reached (整改目标)
 * @param measures how (整改措施)
 * @param owner who answers for it, an official of the unit or a unit above it (P-1)
 * @param due the last day, today or later (整改时限)
 * @param points risk points of the unit it concerns, each once; may be empty
 */
public record OpenRectification(
    @NotNull UnitId unit,
    @NotNull RectificationOrigin origin,
    @NotNull Optional<WarningId> warning,
    @NotBlank @Size(max = Limits.TEXT) String problem,
    @NotBlank @Size(max = Limits.TEXT) String target,
    @NotBlank @Size(max = Limits.TEXT) String measures,
    @NotNull OfficialId owner,
    @NotNull LocalDate due,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull RiskPointId> points) {}
