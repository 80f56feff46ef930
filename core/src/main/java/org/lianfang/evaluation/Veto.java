package org.lianfang.evaluation;

import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;

/**
 * A veto (一票否决, P-24): a major case or a member of the leadership disciplined in the year puts the unit in the
 * lowest band whatever it scores. Recorded by the discipline body with its evidence. Immutable and thread-safe.
 *
 * @param reason what happened
 * @param evidence where it is recorded
 */
public record Veto(String reason, String evidence) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public Veto {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(evidence, "evidence");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("reason", reason).put("evidence", evidence).build();
  }
}
