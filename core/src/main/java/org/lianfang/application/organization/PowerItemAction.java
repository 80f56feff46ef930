package org.lianfang.application.organization;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import org.lianfang.Change;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.application.internal.VersionCheck;
import org.lianfang.organization.PowerItem;
import org.lianfang.organization.PowerItemId;

/**
 * The shape every change of a power item shares (a revision, a classification): find the item, answer as for one that
 * does not exist if the actor may not read the unit's organisation (issue 10, finding 12), check the actor may manage
 * it, refuse it as stale if the command expected another version, let the item decide, store the result.
 */
final class PowerItemAction {
  private PowerItemAction() {}

  static Outcome<PowerItemId> apply(Session s, PowerItemId id, OptionalLong expectedVersion,
      Function<PowerItem, Outcome<Change<PowerItem>>> change) {
    Optional<PowerItem> found = s.store().powerItems().find(id);
    if (found.isEmpty()) {
      return Outcome.refused(Refusals.unknown("职权", "power item", id));
    }
    PowerItem item = found.get();
    Optional<Refusal> denied = s.denyUnseen(Operation.MANAGE_ORGANIZATION, item.unitId(),
        Refusals.unknown("职权", "power item", id));
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> stale = VersionCheck.refuseIfStale(item, expectedVersion, "职权", "power item");
    if (stale.isPresent()) {
      return Outcome.refused(stale.get());
    }
    return change.apply(item).map(c -> {
      s.store().powerItems().update(s.record(c));
      return id;
    });
  }
}
