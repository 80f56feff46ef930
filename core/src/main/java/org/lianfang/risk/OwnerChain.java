package org.lianfang.risk;

import java.util.Objects;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.organization.OfficialId;

/**
 * Who answers for a risk point (P-1): the direct owner, the section head and the responsible leader. Immutable and
 * thread-safe.
 *
 * @param directOwner 直接责任人
 * @param sectionHead 部门负责人
 * @param responsibleLeader 责任领导
 */
public record OwnerChain(OfficialId directOwner, OfficialId sectionHead, OfficialId responsibleLeader) implements Archivable {
  /** @throws NullPointerException if a part is null */
  public OwnerChain {
    Objects.requireNonNull(directOwner, "directOwner");
    Objects.requireNonNull(sectionHead, "sectionHead");
    Objects.requireNonNull(responsibleLeader, "responsibleLeader");
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder()
        .put("directOwner", directOwner)
        .put("sectionHead", sectionHead)
        .put("responsibleLeader", responsibleLeader)
        .build();
  }
}
