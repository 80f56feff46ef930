package org.lianfang.application.organization;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.internal.Ids;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitReferences;

/** Adds a power item to a unit's power list (S-2). */
final class RegisterPowerItemHandler implements CommandHandler<RegisterPowerItem, PowerItemId> {
  private final Ids ids;

  RegisterPowerItemHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<PowerItemId> execute(Session s, RegisterPowerItem c) {
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(Refusals.unknown("单位", "unit", c.unit()));
    }
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.MANAGE_ORGANIZATION, unit.get(),
        Refusals.unknown("单位", "unit", c.unit()));
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> posts = UnitReferences.posts(c.unit(), c.posts(), s.store().posts()::find);
    if (posts.isPresent()) {
      return Outcome.refused(posts.get());
    }
    if (s.store().powerItems().inUnit(c.unit()).stream().anyMatch(p -> p.code().equals(c.code()))) {
      return Outcome.refused(Refusals.rule("本单位职权编码已被使用：" + c.code(),
          "power item code already used in the unit: " + c.code()));
    }
    PowerItemId id = new PowerItemId(ids.next());
    s.store().powerItems().insert(s.record(PowerItem.register(id, c.unit(), c.code(), c.name(), c.kind(),
        c.legalBasis(), c.boundary(), c.responsibility(), c.posts())));
    return Outcome.accepted(id);
  }
}
