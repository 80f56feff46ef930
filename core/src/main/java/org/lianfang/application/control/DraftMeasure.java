package org.lianfang.application.control;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.control.Cadence;
import org.lianfang.control.ControlPhase;
import org.lianfang.control.DefenseLine;
import org.lianfang.risk.OwnerChain;
import org.lianfang.risk.RiskPointId;

/**
 * Drafts a control measure (P-13) against one or more of a unit's risk points, which may still be under review; a
 * retired point cannot be controlled. The owners must serve in the unit or a unit above it (P-1), and the due date
 * must not be before today.
 *
 * @param unit the unit
 * @param points its risk points the measure controls, in the order Form 3 lists them
 * @param phase 前期预防 / 中期监控 / 后期处置 (S-14)
 * @param line the defense line (S-7 to S-9)
 * @param content 措施内容
 * @param basis 制度依据
 * @param owners who answers for it (P-1)
 * @param due 完成时限
 * @param cadence how often it acts, if it recurs
 * @param indicator the number it is watched by, if any (P-6)
 * @param evidence where its proof is kept
 */
public record DraftMeasure(
    @NotNull UnitId unit,
    @NotEmpty @Size(max = Limits.ITEMS) List<@NotNull RiskPointId> points,
    @NotNull ControlPhase phase,
    @NotNull DefenseLine line,
    @NotBlank @Size(max = Limits.TEXT) String content,
    @NotBlank @Size(max = Limits.TEXT) String basis,
    @NotNull OwnerChain owners,
    @NotNull LocalDate due,
    @NotNull Optional<Cadence> cadence,
    @NotNull Optional<@Valid IndicatorInput> indicator,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull @Valid EvidenceInput> evidence) {}
