package org.lianfang.application.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.lianfang.DomainEvent;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.internal.Reaction;
import org.lianfang.application.internal.Session;
import org.lianfang.monitoring.DueItem;
import org.lianfang.monitoring.MonitoringEvent;
import org.lianfang.monitoring.Recipients;
import org.lianfang.monitoring.ReminderPolicy;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportAction;
import org.lianfang.monitoring.Warning;

/**
 * Keeps the deadlines the tick watches as the third line's records change (ARCHITECTURE.md decision 5), in the
 * command's transaction: a warning's reply from its issue (and from each escalation) until it is replied to, again when
 * a reply is returned; its verification from the reply's acceptance until it is verified or fails; a rectification
 * item's last day until it is verified; every deadline of a warning closed, transferred or cancelled ends with it; a
 * report's forwarding from its receipt until it is forwarded or accepted, and for a real-name report, telling the
 * reporter of the acceptance and of the result (P-19). A report's deadlines go to the discipline body only, and name
 * the report by its channel and day, never its content or reporter (P-11). A deadline's first alert is the first after
 * the change: the notification of the change itself tells the deadline.
 */
final class Deadlines implements Reaction {
  private final ReminderPolicy policy;
  private final Clock clock;

  Deadlines(ReminderPolicy policy, Clock clock) {
    this.policy = policy;
    this.clock = clock;
  }

  @Override
  public Optional<Refusal> react(Session s, DomainEvent event) {
    if (event instanceof MonitoringEvent.WarningIssued e) {
      List<String> to = Recipients.warned(e.subject().official(), e.unitId());
      put(s, e.warningId().value(), DueItem.WARNING_REPLY, e.unitId(), "warning/" + e.warningId(), e.replyDue(), to,
          "预警通知书 " + e.notice().number(), "warning notice " + e.notice().number());
    } else if (event instanceof MonitoringEvent.WarningStepped e) {
      UUID id = e.warningId().value();
      switch (e.action()) {
        case REPLY -> s.store().dues().remove(id, Optional.of(DueItem.WARNING_REPLY));
        case RETURN_REPLY, FAIL_VERIFICATION -> {
          Warning w = s.store().warnings().find(e.warningId()).orElseThrow();
          List<String> to = Recipients.warned(w.subject().official(), e.unitId());
          if (e.action() == org.lianfang.monitoring.WarningAction.FAIL_VERIFICATION) {
            s.store().dues().remove(id, Optional.of(DueItem.WARNING_VERIFICATION));
          }
          LocalDate due = e.due().orElse(w.current().replyDue());
          put(s, id, DueItem.WARNING_REPLY, e.unitId(), "warning/" + e.warningId(), due, to,
              "预警通知书 " + w.notice().number(), "warning notice " + w.notice().number());
        }
        case ACCEPT_REPLY -> {
          Warning w = s.store().warnings().find(e.warningId()).orElseThrow();
          put(s, id, DueItem.WARNING_VERIFICATION, e.unitId(), "warning/" + e.warningId(), e.due().orElseThrow(),
              List.of(Recipients.disciplineBody(e.unitId())), "预警通知书 " + w.notice().number(),
              "warning notice " + w.notice().number());
        }
        case VERIFY -> s.store().dues().remove(id, Optional.of(DueItem.WARNING_VERIFICATION));
        case CLOSE, TRANSFER, CANCEL -> s.store().dues().remove(id, Optional.empty());
        default -> { }
      }
    } else if (event instanceof MonitoringEvent.RectificationOpened e) {
      put(s, e.itemId().value(), DueItem.RECTIFICATION, e.unitId(), "rectification/" + e.itemId(), e.terms().due(),
          List.of(Recipients.official(e.terms().owner()), Recipients.unitLeaders(e.unitId())),
          "整改事项：" + e.terms().problem(), "rectification item: " + e.terms().problem());
    } else if (event instanceof MonitoringEvent.RectificationStepped e
        && e.action() == org.lianfang.monitoring.RectificationAction.VERIFY) {
      s.store().dues().remove(e.itemId().value(), Optional.empty());
    } else if (event instanceof MonitoringEvent.ReportReceived e) {
      put(s, e.reportId().value(), DueItem.REPORT_FORWARD, e.unitId(), "report/" + e.reportId(), e.forwardBy(),
          List.of(Recipients.disciplineBody(e.unitId())), Reports.titleZh(e.channel(), e.day()),
          Reports.titleEn(e.channel(), e.day()));
    } else if (event instanceof MonitoringEvent.ReportStepped e) {
      report(s, e);
    }
    return Optional.empty();
  }

  private void report(Session s, MonitoringEvent.ReportStepped e) {
    UUID id = e.reportId().value();
    switch (e.action()) {
      case FORWARD -> s.store().dues().remove(id, Optional.empty());
      case ACCEPT -> s.store().dues().remove(id, Optional.of(DueItem.REPORT_FORWARD));
      case TELL_ACCEPTANCE -> s.store().dues().remove(id, Optional.of(DueItem.REPORT_ACCEPTANCE));
      case TELL_RESULT -> s.store().dues().remove(id, Optional.of(DueItem.REPORT_RESULT));
      default -> { }
    }
    if (e.due().isPresent()) { // a real-name report accepted or closed: its reporter is to be told
      Report r = s.store().reports().find(e.reportId()).orElseThrow();
      String what = e.action() == ReportAction.ACCEPT ? DueItem.REPORT_ACCEPTANCE : DueItem.REPORT_RESULT;
      put(s, id, what, e.unitId(), "report/" + e.reportId(), e.due().get(),
          List.of(Recipients.disciplineBody(e.unitId())), Reports.titleZh(r.intake().channel(), r.intake().received()),
          Reports.titleEn(r.intake().channel(), r.intake().received()));
    }
  }

  private void put(Session s, UUID record, String what, UnitId unit, String link, LocalDate due, List<String> to,
      String titleZh, String titleEn) {
    Instant now = s.now();
    Optional<Instant> next = policy.nextAfter(due, clock.getZone(), now);
    if (next.isEmpty()) { // overdue already when set: the next tick says so
      next = Optional.of(now);
    }
    s.store().dues().put(List.of(new DueItem(record, what, unit, link, due, to, titleZh, titleEn, next.get())));
  }
}
