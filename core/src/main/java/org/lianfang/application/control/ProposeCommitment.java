package org.lianfang.application.control;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.control.CommitmentDimension;
import org.lianfang.control.CommitmentTerms;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;

/**
 * Proposes a service commitment of a unit (服务承诺, P-17), for 审诺: held by an official of the unit or a unit above
 * it (P-1), on a post of the unit if it is a post's, over a period that has not ended.
 *
 * @param unit the unit
 * @param dimension 范围 / 标准 / 态度 / 时限 / 质量
 * @param content 承诺内容
 * @param target the measurable target it is judged by
 * @param timeLimitDays the time limit promised for each case, in working days (1 to 250), if any
 * @param holder who holds it (承诺人)
 * @param post the post it is made on, if any
 * @param from the first day it covers
 * @param until the last day it covers; not before {@code from} nor today
 */
public record ProposeCommitment(
    @NotNull UnitId unit,
    @NotNull CommitmentDimension dimension,
    @NotBlank @Size(max = Limits.TEXT) String content,
    @NotBlank @Size(max = Limits.TEXT) String target,
    @NotNull Optional<@Min(1) @Max(CommitmentTerms.MAX_TIME_LIMIT_DAYS) Integer> timeLimitDays,
    @NotNull OfficialId holder,
    @NotNull Optional<PostId> post,
    @NotNull LocalDate from,
    @NotNull LocalDate until) {}
