package org.lianfang.checks;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.lianfang.Archivable;
import org.lianfang.ArchiveObject;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;

/**
 * One item of a public appraisal (评议事项, P-25): the question put to the public about one risk point, post or service
 * commitment of the round's unit, and who answers for fixing what the public finds wrong with it (责任人, each 不满意 with a
 * comment becomes a rectification item of theirs). That the subject and the owner are the unit's is for the caller to
 * check. Immutable and thread-safe.
 *
 * @param question what the public is asked
 * @param point the risk point it asks about
 * @param post the post it asks about
 * @param commitment the service commitment it asks about
 * @param owner who answers for its rectification items
 */
public record AppraisalItem(String question, Optional<RiskPointId> point, Optional<PostId> post,
    Optional<ServiceCommitmentId> commitment, OfficialId owner) implements Archivable {
  /**
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException unless it names exactly one subject
   */
  public AppraisalItem {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(owner, "owner");
    if (Stream.of(point, post, commitment).filter(Optional::isPresent).count() != 1) {
      throw new IllegalArgumentException("an appraisal item asks about one point, post or commitment");
    }
  }

  @Override
  public ArchiveObject toArchive() {
    return ArchiveObject.builder().put("question", question).put("point", point).put("post", post)
        .put("commitment", commitment).put("owner", owner).build();
  }
}
