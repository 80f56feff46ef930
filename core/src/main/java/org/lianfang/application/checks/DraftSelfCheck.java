package org.lianfang.application.checks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.lianfang.UnitId;
import org.lianfang.checks.HalfYear;

/**
 * Drafts a unit's half-year self-check (自查报告, P-12, P-23).
 *
 * @param unit the unit
 * @param half the half it reports on: begun by today, once per unit
 * @param text what it says
 */
public record DraftSelfCheck(
    @NotNull UnitId unit,
    @NotNull HalfYear half,
    @NotNull @Valid SelfCheckText text) {}
