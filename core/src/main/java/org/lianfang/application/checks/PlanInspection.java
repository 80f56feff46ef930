package org.lianfang.application.checks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.checks.InspectionMethod;

/**
 * Plans a special inspection (专项检查, S-10) of a discipline body over units below it.
 *
 * @param unit the body's unit
 * @param number the deployment's document number (文号)
 * @param subject what it inspects
 * @param scope the units inspected, each once, each below the body's unit
 * @param methods how it looks (听取汇报, 查看资料, 座谈会, 个别谈话, 抽查走访)
 * @param from its first day
 * @param to its last day: on or after the first, and today or later
 */
public record PlanInspection(
    @NotNull UnitId unit,
    @NotBlank @Size(max = Limits.NAME) String number,
    @NotBlank @Size(max = Limits.TEXT) String subject,
    @NotNull @NotEmpty @Size(max = Limits.ITEMS) List<@NotNull UnitId> scope,
    @NotNull @NotEmpty Set<@NotNull InspectionMethod> methods,
    @NotNull LocalDate from,
    @NotNull LocalDate to) {}
