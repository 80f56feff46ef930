package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.lianfang.application.control.RecordEducation;
import org.lianfang.application.monitoring.Dispatcher;
import org.lianfang.application.monitoring.IssueWarning;
import org.lianfang.application.monitoring.ReplyInput;
import org.lianfang.application.monitoring.WarningStep;
import org.lianfang.control.EducationForm;
import org.lianfang.memory.InMemoryNotificationSender;
import org.lianfang.monitoring.DueItem;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.TickReport;
import org.lianfang.monitoring.WarningId;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;
import org.lianfang.spi.NotificationSender;

/**
 * The tick (issue 12, ARCHITECTURE.md decision 5) as scenarios on a {@link World}, run on the in-memory store and on
 * every database: a reply is reminded of 7, 3 and 1 days before its day (those still ahead when it was set) and found
 * overdue the day after, once each; a reply ends its deadline and an acceptance starts the verification's; a late
 * tick says only what is true then; the same instant twice and two tickers at once raise each alert once.
 */
public final class TickScenarios {
  private TickScenarios() {}

  private static final LocalDate ISSUED = LocalDate.of(2010, 10, 21);

  private static IssueWarning reminder(World w) {
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    OfficialId liu = WarningScenarios.disciplineLeader(w);
    return WarningScenarios.reminder(w, point, liu);
  }

  /**
   * The world's appointments had their 任职廉政谈话 on their first day (P-15), so that only the deadlines of the
   * scenario's own records are due.
   */
  static void talksHeld(World w) {
    w.lianfang.control().recordEducation(w.landLeader, EducationScenarios.activity(w, EducationForm.APPOINTMENT_TALK,
        World.START, Optional.empty(), List.of(w.zhang, w.wang, w.zhao, w.chen))).orElseThrow();
    RecordEducation planning = Copies.with(Copies.with(EducationScenarios.activity(w,
        EducationForm.APPOINTMENT_TALK, World.START, Optional.empty(), List.of(w.sun)), "unit", w.planning), "posts",
        List.of(w.planner));
    w.lianfang.control().recordEducation(w.planningLeader, planning).orElseThrow();
  }

  /**
   * Decision 5 for the earlier stages' deadlines: each new appointment's 任职廉政谈话 (due 30 days after the tenure began,
   * P-15) is reminded to the unit's leaders until a talk with the official is recorded, then found overdue; a talk
   * withdrawn as recorded in error puts its attendees' deadlines back; a measure's due date (P-13) is reminded to its
   * owner and the leaders until it is in force; a notice's last day (P-5) is reminded to the leaders and, once it has
   * passed, they are told to confirm, until the point is confirmed.
   *
   * @param w a fresh world, its appointments begun on 2010-08-31
   */
  public static void d5_p13_p5_p15_theEarlierStagesDeadlinesAreInTheTick(World w) {
    assertEquals(List.of("education.talk.due@unit-leaders", "education.talk.due@unit-leaders",
        "education.talk.due@unit-leaders", "education.talk.due@unit-leaders", "education.talk.due@unit-leaders"),
        tickAndDeliver(w, LocalDate.of(2010, 9, 27)),
        "five appointments of 08-31 (four in the land bureau, one in planning), due 09-30: three days left");
    w.clock.setDay(LocalDate.of(2010, 9, 28));
    org.lianfang.control.EducationActivityId talk = w.lianfang.control().recordEducation(w.landLeader,
        EducationScenarios.activity(w, EducationForm.APPOINTMENT_TALK, LocalDate.of(2010, 9, 28), Optional.empty(),
            List.of(w.zhang, w.wang))).orElseThrow();
    assertEquals(List.of("education.talk.overdue@unit-leaders", "education.talk.overdue@unit-leaders",
        "education.talk.overdue@unit-leaders"),
        tickAndDeliver(w, LocalDate.of(2010, 10, 1)), "the two who had their talk are no longer due");
    w.lianfang.control().withdrawEducation(w.landLeader, new org.lianfang.application.control.WithdrawEducation(talk,
        "登记有误：谈话未举行 / recorded in error: the talk was not held")).orElseThrow();
    w.clock.advance(java.time.Duration.ofHours(1));
    w.lianfang.schedule().tick(at(w, LocalDate.of(2010, 10, 1), 10));
    assertEquals(List.of("education.talk.overdue@unit-leaders", "education.talk.overdue@unit-leaders"), deliver(w),
        "the talk withdrawn, the two are owed theirs again");
    w.lianfang.schedule().tick(at(w, LocalDate.of(2010, 10, 1), 11));
    assertEquals(List.of(), deliver(w), "overdue is said once");

    RiskPointId point = w.published(w.aPointOnApprover().build());
    assertEquals(List.of(LocalDate.of(2010, 10, 7)), w.store.dues().of(point.value()).stream().map(DueItem::due)
        .toList(), "published 10-01 for seven days: its last day is 10-07");
    List<org.lianfang.monitoring.Notification> ended = new ArrayList<>();
    w.clock.setDay(LocalDate.of(2010, 10, 8));
    w.lianfang.schedule().tick(at(w, LocalDate.of(2010, 10, 8), 9));
    InMemoryNotificationSender inbox = new InMemoryNotificationSender();
    try (Dispatcher d = w.lianfang.dispatcher(inbox)) {
      d.drain(100);
    }
    ended.addAll(inbox.delivered());
    assertTrue(ended.stream().anyMatch(n -> n.kind().equals("notice.end.overdue")
        && n.bodyZh().contains("公示期已满，待集体研究确认")), ended.toString());
    w.lianfang.risks().confirm(w.landLeader, new org.lianfang.application.risk.ConfirmRiskPoint(point, "局党组会议",
        w.clock.today())).orElseThrow();
    assertEquals(List.of(), w.store.dues().of(point.value()), "confirmed: nothing more to say");

    org.lianfang.control.ControlMeasureId measure = w.lianfang.control().draft(w.landLeader,
        ControlScenarios.onlinePublication(w, List.of(point))).orElseThrow();
    LocalDate due = w.store.dues().of(measure.value()).get(0).due();
    assertEquals(w.clock.today().plusDays(60), due, "the measure's due date");
    assertEquals(List.of("measure.due.due@official", "measure.due.due@unit-leaders"),
        tickAndDeliver(w, due.minusDays(3)));
    w.lianfang.control().step(w.landLeader, org.lianfang.application.control.MeasureStep.register(measure))
        .orElseThrow();
    w.lianfang.control().step(w.inspector, org.lianfang.application.control.MeasureStep.putInForce(measure))
        .orElseThrow();
    assertEquals(List.of(), w.store.dues().of(measure.value()), "in force: met");
    assertEquals(List.of(), tickAndDeliver(w, due.plusDays(1)));
  }

  private static Instant at(World w, LocalDate day, int hour) {
    return day.atTime(LocalTime.of(hour, 0)).atZone(w.clock.getZone()).toInstant();
  }

  /** Ticks at 09:00 of a day and delivers what it raised; returns the kinds and days left said, in order. */
  private static List<String> tickAndDeliver(World w, LocalDate day) {
    w.clock.setDay(day);
    w.lianfang.schedule().tick(at(w, day, 9));
    return deliver(w);
  }

  private static List<String> deliver(World w) {
    return w.deliver().stream().map(n -> n.kind() + "@" + n.recipient().substring(0, n.recipient()
        .indexOf(':'))).sorted().toList();
  }

  /**
   * Decision 5: a reminder issued on 10-21 is due 10-28. The 7-day reminder has passed when it is set, so the tick
   * reminds the official and the unit's leaders on 10-25 (3 days) and 10-27 (1 day), finds it overdue on 10-29, and
   * says nothing more; a second tick at the same instant changes nothing.
   *
   * @param w a world
   */
  public static void d5_aReplyIsRemindedBeforeItsDayAndFoundOverdueOnceEach(World w) {
    talksHeld(w);
    IssueWarning c = reminder(w);
    w.clock.setDay(ISSUED);
    WarningId id = w.lianfang.monitoring().issueWarning(w.inspector, c).orElseThrow();
    deliver(w); // the notice itself
    List<String> due = List.of("warning.reply.due@official", "warning.reply.due@unit-leaders");
    List<String> overdue = List.of("warning.reply.overdue@official", "warning.reply.overdue@unit-leaders");
    for (LocalDate day = ISSUED.plusDays(1); !day.isAfter(LocalDate.of(2010, 11, 5)); day = day.plusDays(1)) {
      List<String> said = tickAndDeliver(w, day);
      List<String> expected = switch (day.toString()) {
        case "2010-10-25", "2010-10-27" -> due;
        case "2010-10-29" -> overdue;
        default -> List.of();
      };
      assertEquals(expected, said, day.toString());
    }
    assertEquals(List.of(), w.store.dues().of(id.value()), "said overdue, the deadline ends");
    assertEquals(TickReport.NONE, w.lianfang.schedule().tick(at(w, LocalDate.of(2010, 11, 5), 9)), "same instant");
  }

  /**
   * Decision 5: the body of a reminder names the deadline and the days left, in Chinese and English; a reply ends the
   * reply's deadline, and accepting it starts the verification's, which reminds the discipline body.
   *
   * @param w a world
   */
  public static void d5_aReplyEndsItsDeadlineAndAnAcceptanceStartsTheVerifications(World w) {
    talksHeld(w);
    IssueWarning c = reminder(w);
    w.clock.setDay(ISSUED);
    WarningId id = w.lianfang.monitoring().issueWarning(w.inspector, c).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 10, 25));
    w.lianfang.schedule().tick(at(w, LocalDate.of(2010, 10, 25), 9));
    InMemoryNotificationSender inbox = new InMemoryNotificationSender();
    try (Dispatcher d = w.lianfang.dispatcher(inbox)) {
      d.drain(100);
    }
    Notification n = inbox.delivered().stream().filter(x -> x.kind().equals("warning.reply.due")).findFirst()
        .orElseThrow();
    assertTrue(n.bodyZh().contains(c.number()) && n.bodyZh().contains("2010-10-28") && n.bodyZh().contains("还剩 3 天"),
        n.bodyZh());
    assertTrue(n.bodyEn().contains("3 day(s) left"), n.bodyEn());
    assertEquals("warning/" + id, n.link());
    w.lianfang.monitoring().stepWarning(w.landLeader, WarningStep.acknowledge(id)).orElseThrow();
    w.lianfang.monitoring().stepWarning(w.landLeader, WarningStep.reply(id, new ReplyInput("剖析", "承诺", "措施")))
        .orElseThrow();
    w.lianfang.monitoring().stepWarning(w.inspector, WarningStep.accept(id, LocalDate.of(2010, 11, 10)))
        .orElseThrow();
    assertEquals(List.of(DueItem.WARNING_VERIFICATION), w.store.dues().of(id.value()).stream().map(DueItem::what)
        .toList(), "the reply's deadline ended, the verification's began");
    deliver(w);
    assertEquals(List.of(), tickAndDeliver(w, LocalDate.of(2010, 10, 29)), "no reply is overdue any more");
    assertEquals(List.of("warning.verification.due@discipline"), tickAndDeliver(w, LocalDate.of(2010, 11, 3)));
    w.clock.setDay(LocalDate.of(2010, 11, 8));
    w.lianfang.monitoring().stepWarning(w.inspector, WarningStep.verify(id, "已核实")).orElseThrow();
    assertEquals(List.of(), w.store.dues().of(id.value()));
  }

  /**
   * Decision 5: a tick that comes late — the scheduler was down for a week — says only what is true at its instant:
   * overdue, not the reminders it missed.
   *
   * @param w a world
   */
  public static void d5_aLateTickSaysOnlyWhatIsTrueAtItsInstant(World w) {
    talksHeld(w);
    IssueWarning c = reminder(w);
    w.clock.setDay(ISSUED);
    w.lianfang.monitoring().issueWarning(w.inspector, c).orElseThrow();
    deliver(w);
    assertEquals(List.of("warning.reply.overdue@official", "warning.reply.overdue@unit-leaders"),
        tickAndDeliver(w, LocalDate.of(2010, 11, 2)));
    assertEquals(List.of(), tickAndDeliver(w, LocalDate.of(2010, 11, 3)));
  }

  /**
   * Decision 5: two instances tick the same instant at once over many deadlines; each alert is raised once, and a
   * third tick then finds nothing.
   *
   * @param w a world
   * @param warnings how many warnings (two recipients each)
   * @throws Exception if a ticker fails
   */
  public static void d5_twoTickersAtOnceRaiseEachAlertOnce(World w, int warnings) throws Exception {
    talksHeld(w);
    IssueWarning c = reminder(w);
    w.clock.setDay(ISSUED);
    for (int i = 0; i < warnings; i++) {
      w.lianfang.monitoring().issueWarning(w.inspector, Copies.with(c, "number", "昆纪预〔2010〕" + i + "号"))
          .orElseThrow();
    }
    Map<String, Integer> keys = new ConcurrentHashMap<>();
    NotificationSender counting = n -> keys.merge(n.idempotencyKey(), 1, Integer::sum);
    try (Dispatcher d = w.lianfang.dispatcher(counting)) {
      d.drain(10_000);
    }
    keys.clear();
    LocalDate day = LocalDate.of(2010, 10, 25);
    w.clock.setDay(day);
    Instant asOf = at(w, day, 9);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<TickReport>> ticks = new ArrayList<>();
    try {
      for (int t = 0; t < 2; t++) {
        ticks.add(pool.submit(() -> w.lianfang.schedule().tick(asOf)));
      }
      int deadlines = 0;
      for (Future<TickReport> f : ticks) {
        deadlines += f.get(120, TimeUnit.SECONDS).deadlines();
      }
      assertEquals(warnings, deadlines, "each deadline taken by one ticker");
    } finally {
      pool.shutdownNow();
    }
    assertEquals(TickReport.NONE, w.lianfang.schedule().tick(asOf));
    try (Dispatcher d = w.lianfang.dispatcher(counting)) {
      d.drain(10_000);
    }
    assertEquals(2 * warnings, keys.size());
    assertEquals(Optional.empty(), keys.values().stream().filter(n -> n != 1).findAny(), "none twice");
  }

  /**
   * Decision 5, P-21: a rectification item is reminded of before its last day, to its owner and the unit's leaders,
   * and its deadline ends once it is verified.
   *
   * @param w a world
   */
  public static void d5_p21_anItemIsRemindedUntilItIsVerified(World w) {
    talksHeld(w);
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    OfficialId liu = WarningScenarios.disciplineLeader(w);
    w.clock.setDay(ISSUED);
    WarningId warning = w.lianfang.monitoring().issueWarning(w.inspector, WarningScenarios.reminder(w, point, liu))
        .orElseThrow();
    w.lianfang.monitoring().stepWarning(w.landLeader, WarningStep.acknowledge(warning)).orElseThrow();
    w.lianfang.monitoring().stepWarning(w.landLeader, WarningStep.reply(warning, new ReplyInput("剖析", "承诺",
        "措施"))).orElseThrow();
    var item = w.lianfang.monitoring().openRectification(w.inspector, Copies.with(RectificationScenarios.forWarning(w,
        warning, point), "due", LocalDate.of(2010, 11, 20))).orElseThrow();
    deliver(w);
    assertEquals(List.of(), tickAndDeliver(w, LocalDate.of(2010, 11, 12)));
    assertEquals(List.of("rectification.due@official", "rectification.due@unit-leaders"),
        tickAndDeliver(w, LocalDate.of(2010, 11, 13)), "7 days before");
    w.lianfang.monitoring().stepRectification(w.landLeader,
        org.lianfang.application.monitoring.RectificationStep.submit(item, "台账")).orElseThrow();
    w.lianfang.monitoring().stepRectification(w.inspector,
        org.lianfang.application.monitoring.RectificationStep.verify(item, "已核实")).orElseThrow();
    assertEquals(List.of(), w.store.dues().of(item.value()));
    assertEquals(List.of("rectification.submitted@discipline", "rectification.verified@official"), deliver(w));
    assertEquals(List.of(), tickAndDeliver(w, LocalDate.of(2010, 11, 19)), "verified: no reminder any more");
  }
}
