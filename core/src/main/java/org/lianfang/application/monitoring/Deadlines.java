package org.lianfang.application.monitoring;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.lianfang.DomainEvent;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.internal.Reaction;
import org.lianfang.application.internal.Session;
import org.lianfang.control.ControlEvent;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationForm;
import org.lianfang.control.EducationObligation;
import org.lianfang.control.EducationPolicy;
import org.lianfang.control.MeasurePlan;
import org.lianfang.control.ObligationKind;
import org.lianfang.control.UnitEducation;
import org.lianfang.internal.Texts;
import org.lianfang.monitoring.DueItem;
import org.lianfang.monitoring.MonitoringEvent;
import org.lianfang.monitoring.RectificationItem;
import org.lianfang.monitoring.Recipients;
import org.lianfang.monitoring.ReminderPolicy;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportAction;
import org.lianfang.monitoring.Warning;
import org.lianfang.organization.Official;
import org.lianfang.organization.OrganizationEvent;
import org.lianfang.organization.Tenure;
import org.lianfang.risk.RiskEvent;
import org.lianfang.risk.RiskPoint;

/**
 * Keeps the deadlines the tick watches as the third line's records change (ARCHITECTURE.md decision 5), in the
 * command's transaction: a warning's reply from its issue (and from each escalation) until it is replied to, again when
 * a reply is returned; its verification from the reply's acceptance until it is verified or fails; a rectification
 * item's last day until it is verified, moved to its new one when it is carried over at the close of a year; every
 * deadline of a warning closed, transferred or cancelled ends with it; a report's forwarding from its receipt until it
 * is forwarded or accepted, and for a real-name report, telling the reporter of the acceptance and of the result
 * (P-19). A report's deadlines go to the discipline body only, and name the report by its channel and day, never its
 * content or reporter (P-11). A deadline's first alert is the first after the change: the notification of the change
 * itself tells the deadline.
 */
final class Deadlines implements Reaction {
  private final ReminderPolicy policy;
  private final Clock clock;
  private final EducationPolicy education;

  Deadlines(ReminderPolicy policy, Clock clock, EducationPolicy education) {
    this.policy = policy;
    this.clock = clock;
    this.education = education;
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
    } else if (event instanceof MonitoringEvent.RectificationCarried e) {
      RectificationItem item = s.store().rectificationItems().find(e.itemId()).orElseThrow();
      if (item.state() != org.lianfang.monitoring.RectificationState.VERIFIED) { // a verified one is due no more
        put(s, e.itemId().value(), DueItem.RECTIFICATION, e.unitId(), "rectification/" + e.itemId(), e.due(),
            List.of(Recipients.official(item.terms().owner()), Recipients.unitLeaders(e.unitId())),
            "整改事项：" + item.terms().problem(), "rectification item: " + item.terms().problem());
      }
    } else if (event instanceof MonitoringEvent.RectificationStepped e
        && e.action() == org.lianfang.monitoring.RectificationAction.VERIFY) {
      s.store().dues().remove(e.itemId().value(), Optional.empty());
    } else if (event instanceof MonitoringEvent.ReportReceived e) {
      put(s, e.reportId().value(), DueItem.REPORT_FORWARD, e.unitId(), "report/" + e.reportId(), e.forwardBy(),
          List.of(Recipients.disciplineBody(e.unitId())), Reports.titleZh(e.channel(), e.day()),
          Reports.titleEn(e.channel(), e.day()));
    } else if (event instanceof MonitoringEvent.ReportStepped e) {
      report(s, e);
    } else if (event instanceof ControlEvent || event instanceof RiskEvent || event instanceof OrganizationEvent) {
      otherStages(s, event);
    }
    return Optional.empty();
  }

  /**
   * The earlier stages' deadlines: a measure's due date from its drafting until it is in force, retired or
   * superseded; a notice's last day from its publication until the point is confirmed, reviewed, retired or stale; a
   * new appointment's talk (as the education policy owes it for the year the tenure began; one that fell due before
   * this year is history) from the tenure's start until a talk with the official is recorded or the
   * tenure ends; a talk withdrawn puts back the deadline of each tenure no other talk covers (one that fell due
   * before the year of the withdrawal stays history).
   */
  private void otherStages(Session s, DomainEvent event) {
    if (event instanceof ControlEvent.MeasureDrafted e) {
      MeasurePlan plan = e.plan();
      put(s, e.measureId().value(), DueItem.MEASURE_DUE, e.unitId(), "measure/" + e.measureId(), plan.due(),
          List.of(Recipients.official(plan.owners().directOwner()), Recipients.unitLeaders(e.unitId())),
          "防控措施：" + Texts.clip(plan.content(), 40), "control measure: " + Texts.clip(plan.content(), 40));
    } else if (event instanceof ControlEvent.MeasurePutInForce e) {
      s.store().dues().remove(e.measureId().value(), Optional.of(DueItem.MEASURE_DUE));
    } else if (event instanceof ControlEvent.MeasureRetired e) {
      s.store().dues().remove(e.measureId().value(), Optional.of(DueItem.MEASURE_DUE));
    } else if (event instanceof ControlEvent.MeasureSuperseded e) {
      s.store().dues().remove(e.measureId().value(), Optional.of(DueItem.MEASURE_DUE));
    } else if (event instanceof RiskEvent.RiskPointPublished e) {
      String code = s.store().riskPoints().find(e.riskPointId()).map(RiskPoint::code).orElse("");
      put(s, e.riskPointId().value(), DueItem.NOTICE_END, e.unitId(), "risk/" + e.riskPointId(),
          e.end().minusDays(1), List.of(Recipients.unitLeaders(e.unitId())), "风险点 " + code + " 的公示",
          "the notice of risk point " + code);
    } else if (event instanceof RiskEvent.RiskPointConfirmed || event instanceof RiskEvent.RiskPointReviewed
        || event instanceof RiskEvent.RiskPointRetired || event instanceof RiskEvent.RiskPointMarkedStale) {
      s.store().dues().remove(((RiskEvent) event).riskPointId().value(), Optional.of(DueItem.NOTICE_END));
    } else if (event instanceof OrganizationEvent.TenureBegun e) {
      talkOwed(s, Tenure.restore(e.tenureId(), e.unitId(), e.postId(), e.officialId(), e.start(), Optional.empty(),
          0));
    } else if (event instanceof ControlEvent.EducationWithdrawn e) {
      talksWithdrawn(s, e);
    } else if (event instanceof OrganizationEvent.TenureEnded e) {
      s.store().dues().remove(e.tenureId().value(), Optional.of(DueItem.APPOINTMENT_TALK));
    } else if (event instanceof ControlEvent.EducationRecorded e
        && e.content().form() == EducationForm.APPOINTMENT_TALK) {
      for (Tenure t : s.store().tenures().inUnit(e.unitId())) {
        if (e.content().attendees().contains(t.officialId()) && !e.content().held().isBefore(t.start())) {
          s.store().dues().remove(t.id().value(), Optional.of(DueItem.APPOINTMENT_TALK));
        }
      }
    }
  }

  /**
   * The appointment talk a new tenure is owed (P-15), as a deadline: the policy owes a talk to the appointments of the
   * year they began; a talk that fell due before this year (an organisation set up with its staff) is history, not a
   * deadline.
   */
  private void talkOwed(Session s, Tenure t) {
    Optional<LocalDate> due = education.obligations(new UnitEducation(t.unitId(), Year.from(t.start()), Set.of(),
        List.of(t), List.of()), s.today()).stream().filter(o -> o.kind() == ObligationKind.APPOINTMENT_TALK)
        .map(EducationObligation::due).filter(d -> !d.isBefore(Year.from(s.today()).atDay(1))).findFirst();
    if (due.isPresent()) {
      String name = s.store().officials().find(t.officialId()).map(Official::name).orElse("");
      put(s, t.id().value(), DueItem.APPOINTMENT_TALK, t.unitId(), "tenure/" + t.id(), due.get(),
          List.of(Recipients.unitLeaders(t.unitId())), "新任职人员 " + name + " 的任职廉政谈话",
          "the appointment talk with " + name);
    }
  }

  /**
   * A withdrawn appointment talk (recorded in error) no longer meets the talks it stood for: each open tenure of an
   * attendee that no other talk in force covers is owed its talk again, with the deadline it had.
   */
  private void talksWithdrawn(Session s, ControlEvent.EducationWithdrawn e) {
    EducationActivity withdrawn = s.store().educationActivities().find(e.activityId()).orElseThrow();
    if (withdrawn.content().form() != EducationForm.APPOINTMENT_TALK) {
      return;
    }
    List<EducationActivity> talks = s.store().educationActivities().inUnit(e.unitId()).stream()
        .filter(a -> !a.id().equals(e.activityId()) && a.withdrawal().isEmpty()
            && a.content().form() == EducationForm.APPOINTMENT_TALK).toList();
    for (Tenure t : s.store().tenures().inUnit(e.unitId())) {
      if (t.end().isEmpty() && talkWith(withdrawn, t) && talks.stream().noneMatch(a -> talkWith(a, t))) {
        talkOwed(s, t);
      }
    }
  }

  /** @return whether the talk was held with the tenure's official once the tenure had begun */
  private static boolean talkWith(EducationActivity talk, Tenure t) {
    return talk.content().attendees().contains(t.officialId()) && !talk.content().held().isBefore(t.start());
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
