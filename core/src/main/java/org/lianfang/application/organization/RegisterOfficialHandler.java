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
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Unit;

/** Registers an official on a unit's staff. */
final class RegisterOfficialHandler implements CommandHandler<RegisterOfficial, OfficialId> {
  private final Ids ids;

  RegisterOfficialHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<OfficialId> execute(Session s, RegisterOfficial c) {
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(Refusals.unknown("单位", "unit", c.unit()));
    }
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.MANAGE_ORGANIZATION, unit.get(),
        Refusals.unknown("单位", "unit", c.unit()));
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (s.store().officials().inUnit(c.unit()).stream().anyMatch(o -> o.staffNumber().equals(c.staffNumber()))) {
      return Outcome.refused(Refusals.rule("本单位工号已被使用：" + c.staffNumber(),
          "staff number already used in the unit: " + c.staffNumber()));
    }
    OfficialId id = new OfficialId(ids.next());
    s.store().officials().insert(s.record(Official.register(id, c.unit(), c.staffNumber(), c.name())));
    return Outcome.accepted(id);
  }
}
