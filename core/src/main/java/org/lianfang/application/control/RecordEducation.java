package org.lianfang.application.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.control.EducationForm;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;

/**
 * Records an education activity a unit has held (P-15): the first defense line (S-7). The attendees and the lecturer
 * named by id serve in the unit or a unit above it (P-1), as owners do; the posts and risk points it was aimed at are
 * the unit's, and the points not retired. It is held today or before: an activity is recorded once held.
 *
 * @param unit the unit
 * @param form the form
 * @param held the day it was held
 * @param topic 主题
 * @param lecturer 主讲人, as named (an outside speaker too)
 * @param lecturerId the lecturer's id, when an official of the unit or a unit above (a principal leader's 党课 is
 *     known by it)
 * @param attendees who attended, each once, in sign-in order
 * @param hours 学时: positive, at most 999.9, in tenths
 * @param posts the unit's posts it was aimed at, each once
 * @param points the unit's risk points it was aimed at, each once
 * @param evidence where its proof is kept
 */
public record RecordEducation(
    @NotNull UnitId unit,
    @NotNull EducationForm form,
    @NotNull LocalDate held,
    @NotBlank @Size(max = Limits.TEXT) String topic,
    @NotBlank @Size(max = Limits.NAME) String lecturer,
    @NotNull Optional<OfficialId> lecturerId,
    @NotEmpty @Size(max = Limits.ITEMS) List<@NotNull OfficialId> attendees,
    @NotNull @Positive @Digits(integer = 3, fraction = 1) BigDecimal hours,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull PostId> posts,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull RiskPointId> points,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull @Valid EvidenceInput> evidence) {}
