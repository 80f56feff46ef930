package org.lianfang.application.control;

import java.util.Optional;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.control.DisclosureContent;
import org.lianfang.control.PowerDisclosure;
import org.lianfang.control.PowerDisclosureId;
import org.lianfang.internal.Ids;
import org.lianfang.organization.PowerItem;

/** Publishes a power item, first or again over its live disclosure (P-16). */
final class PublishPowerHandler implements CommandHandler<PublishPower, PowerDisclosureId> {
  private final Ids ids;

  PublishPowerHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<PowerDisclosureId> execute(Session s, PublishPower c) {
    Optional<PowerItem> found = s.store().powerItems().find(c.powerItem());
    Refusal unknown = Refusals.unknown("职权", "power item", c.powerItem());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    PowerItem item = found.get();
    Optional<Refusal> denied = s.denyUnseen(Operation.PUBLISH_POWER, item.unitId(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (c.until().map(u -> u.isBefore(c.from())).orElse(false)) {
      return Outcome.refused(Refusals.invalid("until", "NotBeforeFrom", "公开截止日期", "last day",
          "公开截止日期早于公开起始日期 " + c.from(), "the last day is before the first day, " + c.from()));
    }
    DisclosureContent content = new DisclosureContent(c.fields(), c.channels(), c.from(), c.until());
    Optional<PowerDisclosure> live = s.store().powerDisclosures().inUnit(item.unitId()).stream()
        .filter(d -> d.powerItem().equals(item.id()) && d.live()).findFirst();
    if (live.isPresent()) {
      return live.get().republish(item, content, s.today()).map(change -> {
        s.store().powerDisclosures().update(s.record(change));
        return live.get().id();
      });
    }
    PowerDisclosureId id = new PowerDisclosureId(ids.next());
    Outcome<Change<PowerDisclosure>> first = PowerDisclosure.publish(id, item, content, s.today());
    return first.map(change -> {
      s.store().powerDisclosures().insert(s.record(change));
      return id;
    });
  }
}
