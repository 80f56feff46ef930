package org.lianfang.application.organization;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.internal.Ids;
import org.lianfang.organization.Post;
import org.lianfang.organization.PostId;
import org.lianfang.organization.Unit;

/** Registers a post (S-2). */
final class RegisterPostHandler implements CommandHandler<RegisterPost, PostId> {
  private final Ids ids;

  RegisterPostHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<PostId> execute(Session s, RegisterPost c) {
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(Refusals.unknown("单位", "unit", c.unit()));
    }
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.MANAGE_ORGANIZATION, unit.get(),
        Refusals.unknown("单位", "unit", c.unit()));
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (s.store().posts().inUnit(c.unit()).stream().anyMatch(p -> p.code().equals(c.code()))) {
      return Outcome.refused(Refusals.rule("本单位岗位编码已被使用：" + c.code(), "post code already used in the unit: "
          + c.code()));
    }
    PostId id = new PostId(ids.next());
    s.store().posts().insert(s.record(Post.register(id, c.unit(), c.code(), c.name(), c.profile(), c.section())));
    return Outcome.accepted(id);
  }
}
