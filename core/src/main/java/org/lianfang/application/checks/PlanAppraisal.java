package org.lianfang.application.checks;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.checks.AppraisalScale;

/**
 * Plans a public appraisal round (群众评议, S-12, P-25) of a unit.
 *
 * @param unit the unit appraised
 * @param title what the round is called
 * @param scale the scale its answers are on (the four levels, or the five of 好差评)
 * @param from the first day it collects answers
 * @param to the last day it collects answers: on or after the first, and today or later
 * @param items what it asks, each about one risk point, post or service commitment of the unit
 */
public record PlanAppraisal(
    @NotNull UnitId unit,
    @NotBlank @Size(max = Limits.NAME) String title,
    @NotNull AppraisalScale scale,
    @NotNull LocalDate from,
    @NotNull LocalDate to,
    @NotNull @NotEmpty @Size(max = Limits.ITEMS) List<@NotNull @Valid AppraisalQuestion> items) {}
