package org.lianfang.checks;

import java.time.LocalDate;
import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.organization.OfficialId;

/**
 * Someone held accountable over a finding (问责, S-10: "hold responsible people accountable where risk is not actively
 * controlled"), as decided elsewhere: Lianfang records who, what and the decision's reference, and decides nothing.
 * Immutable and thread-safe.
 *
 * @param official who was held accountable
 * @param measure what was decided (诫勉谈话, 通报批评, …), in the deciding body's words
 * @param decision the decision's reference (决定文号)
 * @param day the day it was decided
 */
public record Accountability(OfficialId official, String measure, String decision, LocalDate day)
    implements Archivable {
  /** @throws NullPointerException if a part is null */
  public Accountability {
    Objects.requireNonNull(official, "official");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(day, "day");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("official", official).put("measure", measure).put("decision", decision)
        .put("day", day).build();
  }
}
