package org.lianfang.application.checks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.checks.SpecialInspectionId;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;

/**
 * Records what a special inspection found in a unit it inspects, and orders its rectification (整改通知): the finding
 * and its rectification item (P-21) are the unit's.
 *
 * @param inspection the inspection, under way or reported
 * @param unit the unit, one of the inspection's scope
 * @param problem the problem found (存在问题)
 * @param points the unit's risk points it concerns, each once; may be empty
 * @param target what the rectification is to reach (整改目标)
 * @param measures how (整改措施)
 * @param owner who answers for it, an official of the unit or a unit above it (P-1)
 * @param due the last day, today or later (整改时限)
 */
public record RecordFinding(
    @NotNull SpecialInspectionId inspection,
    @NotNull UnitId unit,
    @NotBlank @Size(max = Limits.TEXT) String problem,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull RiskPointId> points,
    @NotBlank @Size(max = Limits.TEXT) String target,
    @NotBlank @Size(max = Limits.TEXT) String measures,
    @NotNull OfficialId owner,
    @NotNull LocalDate due) {}
