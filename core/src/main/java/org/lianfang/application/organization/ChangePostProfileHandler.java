package org.lianfang.application.organization;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;

/** Changes a post's facts; the risk area reacts by marking its risk points stale (P-3). */
final class ChangePostProfileHandler implements CommandHandler<ChangePostProfile, PostId> {
  @Override
  public Outcome<PostId> execute(Session s, ChangePostProfile c) {
    Optional<Post> found = s.store().posts().find(c.post());
    if (found.isEmpty()) {
      return Outcome.refused(Refusals.unknown("岗位", "post", c.post()));
    }
    Post post = found.get();
    Optional<Refusal> denied = s.denyUnseen(Operation.MANAGE_ORGANIZATION, post.unitId(),
        Refusals.unknown("岗位", "post", c.post()));
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> stale = VersionCheck.refuseIfStale(post, c.expectedVersion(), "岗位", "post");
    if (stale.isPresent()) {
      return Outcome.refused(stale.get());
    }
    return post.changeProfile(c.profile()).map(change -> {
      s.store().posts().update(s.record(change));
      return post.id();
    });
  }
}
