package org.lianfang.application.monitoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.lianfang.Limits;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.WarningId;
import org.lianfang.risk.RiskPointId;

/**
 * The triage of a report handled here (P-19): links it to risk points of its unit it bears on, which the year's
 * revision counts (S-12), and to warnings of its unit it raised (P-8), on top of what it is linked to already.
 *
 * @param report the report, accepted
 * @param points risk points of its unit, not retired, none linked already; may be empty if a warning is given
 * @param warnings warnings of its unit, none linked already; may be empty if a point is given
 */
public record LinkReport(
    @NotNull ReportId report,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull RiskPointId> points,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull WarningId> warnings) {}
