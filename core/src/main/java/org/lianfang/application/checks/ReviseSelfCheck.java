package org.lianfang.application.checks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.valueextraction.Unwrapping;
import java.util.OptionalLong;
import org.lianfang.checks.SelfCheckReportId;

/**
 * Rewrites a self-check while it is a draft.
 *
 * @param report the self-check
 * @param text what it says now
 * @param expectedVersion the version its user saw; when given and the stored one differs, the command is refused as
 *     {@code STALE} and changes nothing
 */
public record ReviseSelfCheck(
    @NotNull SelfCheckReportId report,
    @NotNull @Valid SelfCheckText text,
    @NotNull(payload = Unwrapping.Skip.class) @Min(1) OptionalLong expectedVersion) {}
