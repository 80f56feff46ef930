package org.lianfang.application.organization;

import java.util.Optional;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.Staleness;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;
import org.lianfang.organization.UnitReferences;

/** Revises a power item and marks the risk points tied to it stale (P-3). */
final class RevisePowerItemHandler implements CommandHandler<RevisePowerItem, PowerItemId> {
  @Override
  public Outcome<PowerItemId> execute(Session s, RevisePowerItem c) {
    Optional<PowerItem> found = s.store().powerItems().find(c.powerItem());
    if (found.isEmpty()) {
      return Outcome.refused(Refusals.unknown("职权", "power item", c.powerItem()));
    }
    PowerItem item = found.get();
    Optional<Refusal> denied = s.deny(Operation.MANAGE_ORGANIZATION, item.unitId());
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> posts = UnitReferences.posts(item.unitId(), c.posts(), s.store().posts()::find);
    if (posts.isPresent()) {
      return Outcome.refused(posts.get());
    }
    Outcome<Change<PowerItem>> change = item.revise(c.name(), c.kind(), c.legalBasis(), c.boundary(),
        c.responsibility(), c.posts());
    if (change instanceof Outcome.Refused<Change<PowerItem>> refused) {
      return Outcome.refused(refused.refusal());
    }
    PowerItem revised = s.record(change.orElseThrow());
    s.store().powerItems().update(revised);
    java.util.Set<org.lianfang.organization.PostId> touched = new java.util.HashSet<>(item.posts());
    touched.addAll(revised.posts());
    java.util.Set<org.lianfang.risk.StepRef> steps = new java.util.HashSet<>();
    for (org.lianfang.process.BusinessProcess p : s.store().processes().inUnit(item.unitId())) {
      p.steps().stream().filter(step -> step.powers().contains(item.id()))
          .forEach(step -> steps.add(new org.lianfang.risk.StepRef(p.id(), step.id())));
    }
    String cause = "职权变化 / power item revised: " + item.name();
    Staleness.markAround(s, item.unitId(), touched, steps, cause);
    Staleness.mark(s, s.store().riskPoints().inUnit(item.unitId()).stream()
        .filter(r -> r.location().powerItem().filter(item.id()::equals).isPresent()).toList(), cause);
    return Outcome.accepted(item.id());
  }
}
