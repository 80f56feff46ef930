package org.lianfang.application.monitoring;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.lianfang.Limits;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.organization.PowerItemId;

/**
 * Reports a case to electronic supervision under a service commitment (服务承诺, P-17, P-20): the case is watched by
 * the commitment's time limit, its working days counted in the instance's working hours, as electronic supervision
 * watches any promised limit. Instants are kept to the millisecond.
 *
 * @param commitment a commitment of the unit, published or in progress, with a time limit, its period covering the day
 *     the case started
 * @param powerItem one of the commitment's unit's power items
 * @param number the host's number for the case (办件编号)
 * @param started when it was accepted, now or earlier
 */
public record OpenCommittedCase(
    @NotNull ServiceCommitmentId commitment,
    @NotNull PowerItemId powerItem,
    @NotBlank @Size(max = Limits.NAME) String number,
    @NotNull Instant started) {}
