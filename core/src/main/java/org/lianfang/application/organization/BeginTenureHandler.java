package org.lianfang.application.organization;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.internal.Ids;
import org.lianfang.organization.Official;
import org.lianfang.organization.Post;
import org.lianfang.organization.Tenure;
import org.lianfang.organization.TenureId;
import org.lianfang.organization.UnitReferences;

/**
 * An official takes up a post. When someone else held or holds the post, this is a change of holder (轮岗) and the
 * risk area reacts by marking the post's risk points stale (P-3); the first holder changes nothing about them.
 */
final class BeginTenureHandler implements CommandHandler<BeginTenure, TenureId> {
  private final Ids ids;

  BeginTenureHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<TenureId> execute(Session s, BeginTenure c) {
    Optional<Post> post = s.store().posts().find(c.post());
    if (post.isEmpty()) {
      return Outcome.refused(Refusals.unknown("岗位", "post", c.post()));
    }
    Optional<Refusal> denied = s.denyUnseen(Operation.MANAGE_ORGANIZATION, post.get().unitId(),
        Refusals.unknown("岗位", "post", c.post()));
    if (denied.isPresent()) { // before the official is looked up: no one without the right learns who exists
      return Outcome.refused(denied.get());
    }
    Optional<Official> official = s.store().officials().find(c.official());
    if (official.isEmpty()) {
      return Outcome.refused(Refusals.unknown("人员", "official", c.official()));
    }
    Optional<Refusal> staff = UnitReferences.official(s.path(post.get().unitId()), c.official(), official);
    if (staff.isPresent()) {
      return Outcome.refused(staff.get());
    }
    boolean overlapping = s.store().tenures().ofPost(c.post()).stream()
        .anyMatch(t -> t.officialId().equals(c.official())
            && t.end().map(e -> e.isAfter(c.start())).orElse(true));
    if (overlapping) {
      return Outcome.refused(Refusals.rule("该人员在此期间已任此岗位", "the official already holds the post then"));
    }
    TenureId id = new TenureId(ids.next());
    s.store().tenures().insert(s.record(Tenure.begin(id, post.get().unitId(), c.post(), c.official(), c.start())));
    return Outcome.accepted(id);
  }
}
