package org.lianfang.application.monitoring;

import java.util.ArrayList;
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
import org.lianfang.monitoring.Warning;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningNotice;
import org.lianfang.monitoring.WarningPolicy;
import org.lianfang.monitoring.WarningSubject;
import org.lianfang.organization.OfficialId;
import org.lianfang.organization.Unit;

/**
 * Issues a warning (P-8, P-18): answered as for a unit that does not exist if the actor may not read the unit's
 * organisation (issue 10, finding 12); refused unless the actor may manage the unit's warnings; its post, points,
 * official and approver must be the unit's (officials: or a unit's above it).
 */
final class IssueWarningHandler implements CommandHandler<IssueWarning, WarningId> {
  private final Ids ids;
  private final WarningPolicy policy;

  IssueWarningHandler(Ids ids, WarningPolicy policy) {
    this.ids = ids;
    this.policy = policy;
  }

  @Override
  public Outcome<WarningId> execute(Session s, IssueWarning c) {
    Optional<Unit> unit = s.unit(c.unit());
    Refusal unknown = Refusals.unknown("单位", "unit", c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(unknown);
    }
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.MANAGE_WARNINGS, unit.get(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    Optional<Refusal> points = Concerned.points(s, c.unit(), c.points());
    if (points.isPresent()) {
      return Outcome.refused(points.get());
    }
    List<OfficialId> officials = new ArrayList<>();
    c.official().ifPresent(officials::add);
    officials.add(c.approver());
    Optional<Refusal> people = Concerned.people(s, c.unit(), c.post(), officials);
    if (people.isPresent()) {
      return Outcome.refused(people.get());
    }
    WarningId id = new WarningId(ids.next());
    WarningSubject subject = new WarningSubject(c.post(), c.official(), c.points());
    WarningNotice notice = new WarningNotice(c.number(), c.origin(), c.facts(), c.requirements(), c.approver());
    s.store().warnings().insert(s.record(Warning.issue(id, c.unit(), subject, notice, c.level(), s.today(),
        policy)));
    return Outcome.accepted(id);
  }
}
