package org.lianfang.application.control;

import java.util.List;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.control.CommitmentTerms;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.control.ServiceCommitmentId;
import org.lianfang.internal.Ids;
import org.lianfang.organization.Unit;
import org.lianfang.organization.UnitReferences;
import org.lianfang.organization.UnitsOf;

/** Proposes a service commitment of a unit (P-17). */
final class ProposeCommitmentHandler implements CommandHandler<ProposeCommitment, ServiceCommitmentId> {
  private final Ids ids;

  ProposeCommitmentHandler(Ids ids) {
    this.ids = ids;
  }

  @Override
  public Outcome<ServiceCommitmentId> execute(Session s, ProposeCommitment c) {
    Optional<Unit> unit = s.unit(c.unit());
    if (unit.isEmpty()) {
      return Outcome.refused(Refusals.unknown("单位", "unit", c.unit()));
    }
    Optional<Refusal> denied = s.denyUnseenUnit(Operation.MANAGE_COMMITMENTS, unit.get(),
        Refusals.unknown("单位", "unit", c.unit()));
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (c.until().isBefore(c.from())) {
      return Outcome.refused(Refusals.invalid("until", "NotBeforeFrom", "承诺截止日期", "last day",
          "承诺截止日期早于起始日期 " + c.from(), "the last day is before the first day, " + c.from()));
    }
    UnitsOf found = s.store().unitsOf(c.post(), List.of(c.holder()));
    Optional<Refusal> holder = UnitReferences.officialIn(s.path(c.unit()), c.holder(),
        Optional.ofNullable(found.officials().get(c.holder())));
    if (holder.isPresent()) {
      return Outcome.refused(holder.get());
    }
    if (c.post().isPresent()) {
      Optional<Refusal> post = UnitReferences.postIn(c.unit(), c.post().get(), found.post());
      if (post.isPresent()) {
        return Outcome.refused(post.get());
      }
    }
    CommitmentTerms terms = new CommitmentTerms(c.dimension(), c.content(), c.target(), c.timeLimitDays(),
        c.holder(), c.post(), c.from(), c.until());
    ServiceCommitmentId id = new ServiceCommitmentId(ids.next());
    return ServiceCommitment.propose(id, c.unit(), terms, s.today()).map(change -> {
      s.store().serviceCommitments().insert(s.record(change));
      return id;
    });
  }
}
