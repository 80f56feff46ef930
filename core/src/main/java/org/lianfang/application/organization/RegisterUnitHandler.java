package org.lianfang.application.organization;

import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.AccessTarget;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.internal.Ids;
import org.lianfang.organization.Unit;

/** Registers a unit (S-2, S-18). */
final class RegisterUnitHandler implements CommandHandler<RegisterUnit, UnitId> {
  private final Ids ids;

  RegisterUnitHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<UnitId> execute(Session s, RegisterUnit c) {
    Optional<Refusal> denied;
    if (c.parent().isPresent()) {
      Optional<Unit> parent = s.store().units().find(c.parent().get());
      if (parent.isEmpty()) {
        return Outcome.refused(Refusals.unknown("上级单位", "parent unit", c.parent().get()));
      }
      denied = s.denyUnseenUnit(Operation.MANAGE_ORGANIZATION, parent.get(),
          Refusals.unknown("上级单位", "parent unit", c.parent().get()));
    } else {
      denied = s.deny(Operation.MANAGE_ORGANIZATION, AccessTarget.newRoot());
    }
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (s.store().units().byCode(c.code()).isPresent()) {
      return Outcome.refused(Refusals.rule("单位编码已被使用：" + c.code(), "unit code already in use: " + c.code()));
    }
    UnitId id = new UnitId(ids.next());
    s.store().units().insert(s.record(Unit.register(id, c.code(), c.name(), c.kind(), c.parent())));
    return Outcome.accepted(id);
  }
}
