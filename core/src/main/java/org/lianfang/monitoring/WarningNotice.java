package org.lianfang.monitoring;

import java.util.Objects;
import org.lianfang.ArchiveObject;
import org.lianfang.Archivable;
import org.lianfang.organization.OfficialId;

/**
 * The warning notice (预警通知书, P-8, P-18): its number, where the information came from, the facts that show the
 * risk, what the subject must do, and the discipline leader who approved it. It names no reporter: a report's
 * reporter is sealed (P-11) and stays with the report. Immutable and thread-safe.
 *
 * @param number the notice's number (文号)
 * @param origin where the information came from
 * @param facts the facts (预警事由)
 * @param requirements what the subject must do (整改要求)
 * @param approver the official who approved the warning (审批人)
 */
public record WarningNotice(String number, WarningOrigin origin, String facts, String requirements,
    OfficialId approver) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public WarningNotice {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(requirements, "requirements");
    Objects.requireNonNull(approver, "approver");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("number", number).put("origin", origin).put("facts", facts)
        .put("requirements", requirements).put("approver", approver).build();
  }
}
