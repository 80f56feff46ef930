package org.lianfang.application.monitoring;

import java.util.List;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Concerned;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.internal.Ids;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.RectificationTerms;
import org.lianfang.monitoring.Warning;
import org.lianfang.organization.Unit;

/**
 * Opens a rectification item (P-21): answered as for a unit that does not exist if the actor may not read the unit's
 * organisation (issue 10, finding 12); refused unless the actor may manage the unit's rectification; the warning, the
 * points and the owner must be the unit's (the owner: or a unit's above it), and the due day today or later.
 */
final class OpenRectificationHandler implements CommandHandler<OpenRectification, RectificationItemId> {
  private final Ids ids;

  OpenRectificationHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<RectificationItemId> execute(Session s, OpenRectification c) {
    Optional<Unit> unit = s.unit(c.unit());
    Refusal unknown = Refusals.unknown("单位", "unit", c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(unknown);
    }
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.MANAGE_RECTIFICATION, unit.get(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    boolean fromWarning = c.origin() == RectificationOrigin.WARNING;
    if (fromWarning != c.warning().isPresent()) {
      return Outcome.refused(Refusals.invalid("warning", "WarningOfTheOrigin", "所整改预警", "warning rectified",
          fromWarning ? "预警整改须指明所整改的预警" : "只有预警整改才指明预警",
          fromWarning ? "an item opened by a warning names the warning"
              : "only an item opened by a warning names one"));
    }
    if (c.warning().isPresent()) {
      Optional<Warning> w = s.store().warnings().find(c.warning().get());
      if (w.isEmpty() || !w.get().unitId().equals(c.unit())) {
        return Outcome.refused(Refusals.invalid("warning", "SameUnit", "所整改预警", "warning rectified",
            "本单位没有该预警", "no such warning in the unit"));
      }
    }
    Optional<Refusal> points = Concerned.points(s, c.unit(), c.points());
    if (points.isPresent()) {
      return Outcome.refused(points.get());
    }
    Optional<Refusal> owner = Concerned.people(s, c.unit(), Optional.empty(), List.of(c.owner()));
    if (owner.isPresent()) {
      return Outcome.refused(owner.get());
    }
    RectificationTerms terms = new RectificationTerms(c.origin(), c.warning(), c.problem(), c.target(), c.measures(),
        c.owner(), c.due(), c.points());
    RectificationItemId id = new RectificationItemId(ids.next());
    return RectificationItem.open(id, c.unit(), terms, s.today()).map(change -> {
      s.store().rectificationItems().insert(s.record(change));
      return id;
    });
  }
}
