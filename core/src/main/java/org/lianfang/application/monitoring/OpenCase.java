package org.lianfang.application.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import org.lianfang.Limits;
import org.lianfang.UnitId;
import org.lianfang.organization.PowerItemId;

/**
 * Reports a case of one of the unit's administrative powers to electronic supervision (电子监察, P-9, P-20): the host's
 * approval system sends it when the case is accepted (受理). Instants are kept to the millisecond.
 *
 * @param unit the unit whose power it exercises
 * @param powerItem one of the unit's power items
 * @param number the host's number for the case (办件编号)
 * @param started when it was accepted, now or earlier
 * @param limit the working time promised (承诺时限): whole minutes, more than none, at most
 *     {@link org.lianfang.monitoring.CaseTerms#LONGEST}
 */
public record OpenCase(
    @NotNull UnitId unit,
    @NotNull PowerItemId powerItem,
    @NotBlank @Size(max = Limits.NAME) String number,
    @NotNull Instant started,
    @NotNull Duration limit) {}
