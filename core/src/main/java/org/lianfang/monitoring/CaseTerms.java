package org.lianfang.monitoring;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.organization.PowerItemId;

/**
 * What a case under electronic supervision is (P-9, P-20): the administrative power it exercises, the host's number
 * for it, when it started and the time limit promised for it, in working time, perhaps by a service commitment of the
 * unit. That the power item and the commitment are the unit's is for the caller to check. Immutable and thread-safe.
 *
 * @param powerItem the power item (职权事项) of the unit it exercises
 * @param number the host's number for the case (办件编号)
 * @param started when it was accepted (受理) and its clock started
 * @param limit the working time promised (承诺时限), more than zero and at most a year of working days
 * @param commitment the service commitment (服务承诺, P-17) whose time limit it is, if it was opened under one
 */
public record CaseTerms(PowerItemId powerItem, String number, Instant started, Duration limit,
    Optional<ServiceCommitmentId> commitment) implements Archivable {
  /** The longest limit a case may promise. */
  public static final Duration LONGEST = Duration.ofHours(8L * 366);

  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if the limit is not positive, is longer than {@link #LONGEST} or is not in whole
   *     minutes
   */
  public CaseTerms {
    Objects.requireNonNull(powerItem, "powerItem");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(started, "started");
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(commitment, "commitment");
    checkArgument(isLimit(limit), "a limit is whole minutes, more than none and at most %s: %s", LONGEST, limit);
  }

  /**
   * @param limit a working time
   * @return whether it may be promised: whole minutes, more than none, at most {@link #LONGEST}
   */
  public static boolean isLimit(Duration limit) {
    return !limit.isNegative() && !limit.isZero() && limit.compareTo(LONGEST) <= 0
        && limit.equals(Duration.ofMinutes(limit.toMinutes()));
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("powerItem", powerItem).put("number", number).put("started", started)
        .put("limit", limit.toString()).put("commitment", commitment).build();
  }
}
