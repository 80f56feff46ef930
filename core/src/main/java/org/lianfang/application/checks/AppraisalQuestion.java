package org.lianfang.application.checks;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.stream.Stream;
import org.lianfang.Limits;
import org.lianfang.checks.AppraisalItem;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.PostId;
import org.lianfang.risk.RiskPointId;

/**
 * One item of a public appraisal as its plan gives it (P-25): the question, exactly one subject of the round's unit,
 * and who answers for its rectification.
 *
 * @param question what the public is asked
 * @param point the unit's risk point it asks about
 * @param post the unit's post it asks about
 * @param commitment the unit's service commitment it asks about
 * @param owner who answers for the rectification items its dissatisfied comments open: an official of the unit or a
 *     unit above it
 */
public record AppraisalQuestion(
    @NotBlank @Size(max = Limits.TEXT) String question,
    @NotNull Optional<RiskPointId> point,
    @NotNull Optional<PostId> post,
    @NotNull Optional<ServiceCommitmentId> commitment,
    @NotNull OfficialId owner) {
  /** @param question what is asked @param point the risk point @param owner who answers @return the item */
  public static AppraisalQuestion ofPoint(String question, RiskPointId point, OfficialId owner) {
    return new AppraisalQuestion(question, Optional.of(point), Optional.empty(), Optional.empty(), owner);
  }

  /** @param question what is asked @param post the post @param owner who answers @return the item */
  public static AppraisalQuestion ofPost(String question, PostId post, OfficialId owner) {
    return new AppraisalQuestion(question, Optional.empty(), Optional.of(post), Optional.empty(), owner);
  }

  /** @param question what is asked @param commitment the commitment @param owner who answers @return the item */
  public static AppraisalQuestion ofCommitment(String question, ServiceCommitmentId commitment, OfficialId owner) {
    return new AppraisalQuestion(question, Optional.empty(), Optional.empty(), Optional.of(commitment), owner);
  }

  /** @return whether it names exactly one subject */
  boolean oneSubject() {
    return Stream.of(point, post, commitment).filter(Optional::isPresent).count() == 1;
  }

  /** @return the item it is, once {@link #oneSubject()} holds */
  AppraisalItem toItem() {
    return new AppraisalItem(question, point, post, commitment, owner);
  }
}
