package org.lianfang.application.checks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.lianfang.DomainEvent;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.internal.Reaction;
import org.lianfang.application.internal.Recurrence;
import org.lianfang.application.internal.Session;
import org.lianfang.checks.CheckEvent;
import org.lianfang.checks.CheckPolicy;
import org.lianfang.checks.HalfYear;
import org.lianfang.checks.SelfCheckAction;
import org.lianfang.checks.SelfCheckReport;
import org.lianfang.control.ControlEvent;
import org.lianfang.monitoring.DueItem;
import org.lianfang.monitoring.Recipients;
import org.lianfang.monitoring.ReminderPolicy;
import org.lianfang.organization.Unit;
import org.lianfang.spi.Store;

/**
 * Keeps each unit's half-year self-check as a deadline the tick watches (P-23: reported within {@link
 * CheckPolicy#selfCheckDays()} days after each half, 15 [G]), in the command's transaction. A unit owes self-checks
 * from the day its first measure is put in force (a root unit, with no unit above to report to, owes none): the
 * deadline is the first half from then whose self-check is not
 * submitted, moved to the next such half when that half's is submitted. The tick reminds the unit's leaders on the
 * {@link ReminderPolicy}'s days as it reminds of every deadline, says once that it is overdue, and the deadline then
 * comes back for the next half ({@link Recurrence}), so a missed half is said once.
 */
final class SelfCheckDeadlines implements Reaction, Recurrence {
  private final CheckPolicy policy;
  private final ReminderPolicy reminders;
  private final ZoneId zone;

  SelfCheckDeadlines(CheckPolicy policy, ReminderPolicy reminders, ZoneId zone) {
    this.policy = policy;
    this.reminders = reminders;
    this.zone = zone;
  }

  @Override
  public Optional<Refusal> react(Session s, DomainEvent event) {
    if (event instanceof ControlEvent.MeasurePutInForce e && owed(s, e.unitId()).isEmpty()) {
      Unit unit = s.store().units().find(e.unitId()).orElseThrow();
      if (unit.parent().isEmpty()) {
        return Optional.empty(); // a root reports to no unit above it: it owes no self-check
      }
      HalfYear half = firstOwed(s.store(), e.unitId(), HalfYear.of(s.today()));
      s.store().dues().put(List.of(new DueItem(unit.id().value(), DueItem.SELF_CHECK_DUE, unit.id(),
          "unit/" + unit.id(), policy.selfCheckDue(half), List.of(Recipients.unitLeaders(unit.id())),
          unit.name() + " 的 " + half + " 自查报告", "the " + half + " self-check of " + unit.code(),
          alert(policy.selfCheckDue(half), s.now()))));
    } else if (event instanceof CheckEvent.SelfCheckStepped e && e.action() == SelfCheckAction.SUBMIT) {
      SelfCheckReport r = s.store().selfCheckReports().find(e.reportId()).orElseThrow();
      Optional<DueItem> owed = owed(s, e.unitId());
      if (owed.isPresent() && halfOf(owed.get()).equals(r.half())) {
        s.store().dues().put(List.of(due(owed.get(), firstOwed(s.store(), e.unitId(), r.half().next()),
            s.now())));
      }
    }
    return Optional.empty();
  }

  @Override
  public DueItem next(DueItem overdue, Store store, ZoneId zone, Instant asOf) {
    return due(overdue, firstOwed(store, overdue.unitId(), halfOf(overdue).next()), asOf);
  }

  /** The same unit's deadline for another half, alerting first at its first reminder after {@code after}. */
  private DueItem due(DueItem d, HalfYear half, Instant after) {
    String was = halfOf(d).toString();
    return new DueItem(d.recordId(), d.what(), d.unitId(), d.link(), policy.selfCheckDue(half), d.recipients(),
        d.titleZh().replace(was, half.toString()), d.titleEn().replace(was, half.toString()),
        alert(policy.selfCheckDue(half), after));
  }

  /** @return the first reminder of a due day after an instant, or the instant itself if it is overdue already */
  private Instant alert(java.time.LocalDate due, Instant after) {
    return reminders.nextAfter(due, zone, after).orElse(after);
  }

  private static Optional<DueItem> owed(Session s, UnitId unit) {
    return s.store().dues().of(unit.value()).stream().filter(d -> d.what().equals(DueItem.SELF_CHECK_DUE))
        .findFirst();
  }

  /** @return the first half from {@code from} on whose self-check of the unit is not submitted yet */
  private static HalfYear firstOwed(Store store, UnitId unit, HalfYear from) {
    Set<HalfYear> submitted = new HashSet<>();
    store.selfCheckReports().inUnit(unit).stream().filter(r -> r.figures().isPresent())
        .forEach(r -> submitted.add(r.half()));
    HalfYear h = from;
    while (submitted.contains(h)) {
      h = h.next();
    }
    return h;
  }

  /**
   * @return the half a deadline is for: its due day less more days than a policy allows (90) and fewer than a half
   *     has (181), so a policy changed while the deadline waits still finds it
   */
  private static HalfYear halfOf(DueItem d) {
    return HalfYear.of(d.due().minusDays(91));
  }
}
