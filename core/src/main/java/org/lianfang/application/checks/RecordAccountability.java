package org.lianfang.application.checks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.lianfang.Limits;
import org.lianfang.checks.InspectionFindingId;
import org.lianfang.organization.OfficialId;

/**
 * Records someone held accountable over an inspection's finding (问责, S-10), as decided by whoever decides it:
 * Lianfang records who, what and the decision's reference, and decides nothing.
 *
 * @param finding the finding
 * @param official who, an official of the finding's unit or a unit above it
 * @param measure what was decided (诫勉谈话, 通报批评, …)
 * @param decision the decision's reference (决定文号)
 * @param day the day it was decided: not before the finding, not after today
 */
public record RecordAccountability(
    @NotNull InspectionFindingId finding,
    @NotNull OfficialId official,
    @NotBlank @Size(max = Limits.NAME) String measure,
    @NotBlank @Size(max = Limits.NAME) String decision,
    @NotNull LocalDate day) {}
