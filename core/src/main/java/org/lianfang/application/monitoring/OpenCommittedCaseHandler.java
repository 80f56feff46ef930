package org.lianfang.application.monitoring;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.access.Operation;
import org.lianfang.application.internal.CommandHandler;
import org.lianfang.application.internal.Refusals;
import org.lianfang.application.internal.Session;
import org.lianfang.control.CommitmentState;
import org.lianfang.control.CommitmentTerms;
import org.lianfang.control.ServiceCommitment;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.WorkingTime;

/**
 * Opens a case under a service commitment (P-17, P-20): answered as for a commitment that does not exist if the actor
 * may not read its unit's organisation; refused unless the actor may record the unit's monitoring data, the commitment
 * is published or in progress, promises a time limit and its period covers the day the case started; the limit is
 * the commitment's working days in the instance's working hours. The rest is {@link OpenCaseHandler}'s.
 */
final class OpenCommittedCaseHandler implements CommandHandler<OpenCommittedCase, SupervisionCaseId> {
  private final OpenCaseHandler cases;
  private final WorkingTime time;
  private final ZoneId zone;

  OpenCommittedCaseHandler(OpenCaseHandler cases, WorkingTime time, ZoneId zone) {
    this.cases = cases;
    this.time = time;
    this.zone = zone;
  }

  @Override
  public Outcome<SupervisionCaseId> execute(Session s, OpenCommittedCase c) {
    Refusal unknown = Refusals.unknown("服务承诺", "service commitment", c.commitment());
    Optional<ServiceCommitment> found = s.store().serviceCommitments().find(c.commitment());
    if (found.isEmpty()) {
      return Outcome.refused(unknown);
    }
    ServiceCommitment k = found.get();
    Optional<Refusal> denied = s.denyUnseen(Operation.RECORD_MONITORING, k.unitId(), unknown);
    if (denied.isPresent()) {
      return Outcome.refused(denied.get());
    }
    if (k.state() != CommitmentState.PUBLISHED && k.state() != CommitmentState.IN_PROGRESS) {
      return Outcome.refused(Refusal.of(Refusal.Code.RULE_VIOLATED,
          "服务承诺处于“" + k.state().chinese() + "”状态，公示后才据以监察办件",
          "the commitment is " + k.state().code() + "; cases are watched by it once it is published"));
    }
    CommitmentTerms terms = k.terms();
    if (terms.timeLimitDays().isEmpty()) {
      return Outcome.refused(Refusals.invalid("commitment", "HasTimeLimit", "服务承诺", "service commitment",
          "该服务承诺没有办结时限", "the commitment promises no time limit"));
    }
    LocalDate day = LocalDate.ofInstant(c.started(), zone);
    if (day.isBefore(terms.from()) || day.isAfter(terms.until())) {
      return Outcome.refused(Refusals.invalid("started", "WithinThePeriod", "受理时间", "started",
          "受理日期 " + day + " 不在承诺期 " + terms.from() + " 至 " + terms.until() + " 内",
          "the day started, " + day + ", is outside the commitment's period " + terms.from() + " to " + terms.until()));
    }
    java.time.Duration limit = time.hours().perDay().multipliedBy(terms.timeLimitDays().get());
    if (limit.compareTo(org.lianfang.monitoring.CaseTerms.LONGEST) > 0
        || !limit.equals(java.time.Duration.ofMinutes(limit.toMinutes()))) {
      return Outcome.refused(Refusals.invalid("commitment", "Limit", "服务承诺", "service commitment",
          "该承诺的办结时限折合工作时间超过一年或不是整分钟", "the commitment's limit in working time is over a year or not whole "
              + "minutes"));
    }
    return cases.open(s, k.unitId(), c.powerItem(), c.number(), c.started(), limit, Optional.of(k.id()));
  }
}
