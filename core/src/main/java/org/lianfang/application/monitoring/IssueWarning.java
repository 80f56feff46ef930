package org.lianfang.application.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;

/**
 * Issues a warning (预警, P-8, P-18, S-9) to a unit, or to one of its posts or officials, with its notice (预警通知书)
 * approved by a discipline leader; the reply is due by the instance's {@link org.lianfang.monitoring.WarningPolicy}.
 *
 * @param unit the unit warned
 * @param post one of its posts, if the warning is a post's
 * @param official an official of the unit (or a unit above it, 分管领导, P-1), if the warning is a person's
 * @param points risk points of the unit it concerns, not retired, each once; may be empty
 * @param level 提醒 / 告诫 / 责令整改
 * @param origin where the information came from
 * @param number the notice's number (文号)
 * @param facts the facts that show the risk (预警事由)
 * @param requirements what the subject must do (整改要求)
 * @param approver the discipline leader who approved it, an official of the unit or a unit above it
 */
public record IssueWarning(
    @NotNull UnitId unit,
    @NotNull Optional<PostId> post,
    @NotNull Optional<OfficialId> official,
    @NotNull @Size(max = Limits.ITEMS) List<@NotNull RiskPointId> points,
    @NotNull WarningLevel level,
    @NotNull WarningOrigin origin,
    @NotBlank @Size(max = Limits.NAME) String number,
    @NotBlank @Size(max = Limits.TEXT) String facts,
    @NotBlank @Size(max = Limits.TEXT) String requirements,
    @NotNull OfficialId approver) {}
