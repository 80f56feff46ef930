package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.application.Lianfang;
import org.lianfang.application.control.ControlArea;
import org.lianfang.application.control.EvidenceInput;
import org.lianfang.application.control.RecordEducation;
import org.lianfang.application.control.WithdrawEducation;
import org.lianfang.application.risk.RetireRiskPoint;
import org.lianfang.control.EducationActivity;
import org.lianfang.control.EducationActivityId;
import org.lianfang.control.EducationForm;
import org.lianfang.control.EducationObligation;
import org.lianfang.control.EducationPolicy;
import org.lianfang.control.EducationReport;
import org.lianfang.control.ObligationKind;
import org.lianfang.control.ObligationStatus;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.organization.OfficialId;
import org.lianfang.risk.RiskPointId;

/**
 * Education on the first defense line (issue 11, P-15) as scenarios on a {@link World}, run on the in-memory store
 * and on every database: activities recorded and withdrawn with every step journaled; the year's obligations (the
 * principal leader's 党课, the unit's 警示教育, a 任职廉政谈话 for every tenure begun) met, due and overdue; bad input
 * refused naming the field and the rule in both languages with state and journal unchanged; access by role and unit
 * tree. In the world, four tenures of the land bureau begin on {@link World#START} (2010-08-31), the director's (张国强)
 * on a principal leader's post.
 */
public final class EducationScenarios {
  private static final Year YEAR = Year.of(2010);

  private EducationScenarios() {}

  /**
   * @param w a world
   * @param form the form
   * @param held the day held
   * @param lecturer the lecturer's id, if an official
   * @param attendees who attended
   * @return an activity of the land bureau, aimed at the approver's post, with a sign-in sheet as evidence
   */
  public static RecordEducation activity(World w, EducationForm form, LocalDate held, Optional<OfficialId> lecturer,
      List<OfficialId> attendees) {
    return new RecordEducation(w.land, form, held, "土地审批廉政风险防控：\n典型案例剖析（𠮷）", lecturer.isPresent()
        ? "张国强" : "市纪委 王监察", lecturer, attendees, new BigDecimal("1.5"), List.of(w.approver), List.of(),
        List.of(new EvidenceInput("签到表", "OA/2010/教育/" + held, Optional.empty())));
  }

  /** What a refusal must leave unchanged: every unit's activities and journal. */
  record State(List<EducationActivity> activities, List<JournalEntry> journal) {
    static State of(World w) {
      List<EducationActivity> as = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        as.addAll(w.store.educationActivities().inUnit(u));
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(as, js);
    }
  }

  /**
   * P-15: the land bureau owes in 2010 its director's 党课, one 警示教育 and a 任职廉政谈话 for each of the four tenures
   * begun on 08-31, due 30 days later (09-30). A talk on 09-10 meets two of them; on 10-05 the other two are overdue
   * and the yearly ones due; a talk that day meets a third, late; the director's 党课 meets his; a 警示教育 withdrawn
   * as entered by mistake meets nothing. Every step is a journal entry, and the journal proves the records.
   *
   * @param w a world
   */
  public static void p15_s7_activitiesMeetTheYearsObligationsEachStepJournaled(World w) {
    ControlArea control = w.lianfang.control();
    long before = w.store.journal().head(w.land).orElseThrow().sequence();
    EducationReport start = control.queries().educationObligations(w.auditor, w.land, YEAR);
    assertEquals(6, start.rows().size(), "one 党课, one 警示教育, four talks: " + start);
    assertEquals(6, start.count(ObligationStatus.DUE));

    w.clock.setDay(LocalDate.of(2010, 9, 10));
    EducationActivityId talk = control.recordEducation(w.landLeader, activity(w, EducationForm.APPOINTMENT_TALK,
        LocalDate.of(2010, 9, 10), Optional.empty(), List.of(w.zhang, w.wang))).orElseThrow();
    w.clock.setDay(LocalDate.of(2010, 10, 5));
    EducationReport october = control.queries().educationObligations(w.auditor, w.land, YEAR);
    Map<OfficialId, EducationObligation> talks = talks(october);
    assertEquals(Optional.of(talk), talks.get(w.zhang).metBy());
    assertEquals(Optional.of(talk), talks.get(w.wang).metBy());
    assertEquals(ObligationStatus.OVERDUE, talks.get(w.zhao).status());
    assertEquals(ObligationStatus.OVERDUE, talks.get(w.chen).status());
    assertEquals(LocalDate.of(2010, 9, 30), talks.get(w.chen).due());
    assertEquals(ObligationStatus.DUE, only(october, ObligationKind.PARTY_LECTURE).status());
    assertEquals(Optional.of(w.zhang), only(october, ObligationKind.PARTY_LECTURE).official(),
        "the director's post is a principal leader's");
    assertEquals(ObligationStatus.DUE, only(october, ObligationKind.WARNING_EDUCATION).status());

    control.recordEducation(w.inspector, activity(w, EducationForm.APPOINTMENT_TALK, LocalDate.of(2010, 10, 5),
        Optional.empty(), List.of(w.zhao))).orElseThrow();
    EducationActivityId lecture = control.recordEducation(w.landLeader, activity(w, EducationForm.PARTY_LECTURE,
        LocalDate.of(2010, 10, 1), Optional.of(w.zhang), List.of(w.li, w.wang, w.zhao))).orElseThrow();
    EducationActivityId warning = control.recordEducation(w.landLeader, activity(w,
        EducationForm.WARNING_EDUCATION, LocalDate.of(2010, 10, 5), Optional.empty(), List.of(w.li))).orElseThrow();
    control.withdrawEducation(w.landLeader, new WithdrawEducation(warning, "误录：该次活动为交流研讨")).orElseThrow();

    EducationReport now = control.queries().educationObligations(w.auditor, w.land, YEAR);
    talks = talks(now);
    assertEquals(ObligationStatus.MET, talks.get(w.zhao).status());
    assertTrue(talks.get(w.zhao).late(), "held on 10-05, after its due day 09-30");
    assertTrue(!talks.get(w.zhang).late());
    assertEquals(ObligationStatus.OVERDUE, talks.get(w.chen).status());
    assertEquals(Optional.of(lecture), only(now, ObligationKind.PARTY_LECTURE).metBy());
    assertEquals(ObligationStatus.DUE, only(now, ObligationKind.WARNING_EDUCATION).status(),
        "a withdrawn record meets nothing");
    assertEquals(Optional.of("陈静"), now.rows().stream().filter(r -> r.obligation().official()
        .equals(Optional.of(w.chen))).findFirst().orElseThrow().officialName());

    List<String> types = w.store.journal().read(w.land, before + 1, 100).stream().map(JournalEntry::eventType)
        .toList();
    assertEquals(List.of("education.recorded", "education.recorded", "education.recorded", "education.recorded",
        "education.withdrawn"), types);
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.auditor, w.land).orElseThrow().intact());
    List<EducationActivity> all = control.queries().education(w.auditor, w.land);
    assertEquals(4, all.size());
    assertEquals(1, all.stream().filter(a -> !a.counts()).count());
    assertEquals(List.of(), control.queries().education(w.visitor, w.land), "the public reads no records");
    assertEquals(List.of(), control.queries().educationObligations(w.visitor, w.city, YEAR).rows());
  }

  /**
   * P-15: the numbers are the instance's. Two 警示教育 a year and talks within 15 days, no 党课: the one talk of
   * 09-10 is then late for both officials it names, and the land bureau owes two warnings.
   *
   * @param w a world
   */
  public static void p15_theEducationPolicyIsTheInstancesChoice(World w) {
    w.clock.setDay(LocalDate.of(2010, 9, 20));
    w.lianfang.control().recordEducation(w.landLeader, activity(w, EducationForm.APPOINTMENT_TALK,
        LocalDate.of(2010, 9, 20), Optional.empty(), List.of(w.zhang, w.wang))).orElseThrow();
    Lianfang strict = Lianfang.builder(w.store).clock(w.clock).educationPolicy(EducationPolicy.of(0, 2, 15)).build();
    EducationReport r = strict.control().queries().educationObligations(w.auditor, w.land, YEAR);
    assertEquals(0, r.rows().stream().filter(x -> x.obligation().kind() == ObligationKind.PARTY_LECTURE).count());
    assertEquals(2, r.rows().stream().filter(x -> x.obligation().kind() == ObligationKind.WARNING_EDUCATION).count());
    Map<OfficialId, EducationObligation> talks = talks(r);
    assertEquals(LocalDate.of(2010, 9, 15), talks.get(w.zhang).due());
    assertTrue(talks.get(w.zhang).late() && talks.get(w.wang).late());
    assertEquals(ObligationStatus.OVERDUE, talks.get(w.zhao).status());
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    RiskPointId retired = w.draft(w.aPointOnApprover().described("拟撤销的风险点").build());
    w.lianfang.risks().retire(w.landLeader, new RetireRiskPoint(retired, "职能已调整")).orElseThrow();
    RecordEducation good = activity(w, EducationForm.TOPIC_TRAINING, w.clock.today(), Optional.of(w.zhang),
        List.of(w.wang, w.zhao));
    EducationActivityId withdrawn = w.lianfang.control().recordEducation(w.landLeader, good).orElseThrow();
    w.lianfang.control().withdrawEducation(w.landLeader, new WithdrawEducation(withdrawn, "重复登记")).orElseThrow();
    List<BadInput> bad = List.of(
        new BadInput("a blank topic", x -> record(x, Copies.with(good, "topic", " \u3000")), Refusal.Code.INVALID_INPUT,
            "topic", "主题"),
        new BadInput("a topic past 4,000 characters", x -> record(x, Copies.with(good, "topic", "廉".repeat(4001))),
            Refusal.Code.INVALID_INPUT, "topic", "主题"),
        new BadInput("a NUL in the lecturer", x -> record(x, Copies.with(good, "lecturer", "王\u0000")),
            Refusal.Code.INVALID_INPUT, "lecturer", "主讲人"),
        new BadInput("no attendee", x -> record(x, Copies.with(good, "attendees", List.of())),
            Refusal.Code.INVALID_INPUT, "attendees", "参加人员"),
        new BadInput("an attendee twice", x -> record(x,
            Copies.with(good, "attendees", List.of(x.wang, x.zhao, x.wang))),
            Refusal.Code.INVALID_INPUT, "attendees", "参加人员"),
        new BadInput("an attendee of another bureau", x -> record(x, Copies.with(good, "attendees", List.of(x.sun))),
            Refusal.Code.UNKNOWN_REFERENCE, null, "不属于本单位或上级单位"),
        new BadInput("an unknown lecturer", x -> record(x, Copies.with(good, "lecturerId",
            Optional.of(new OfficialId(UUID.randomUUID())))), Refusal.Code.UNKNOWN_REFERENCE, null,
            "不属于本单位或上级单位"),
        new BadInput("held tomorrow", x -> record(x, Copies.with(good, "held", x.clock.today().plusDays(1))),
            Refusal.Code.RULE_VIOLATED, null, "举办后才能登记"),
        new BadInput("held in the year 10000", x -> record(x, Copies.with(good, "held", LocalDate.of(10000, 1, 1))),
            Refusal.Code.INVALID_INPUT, "held", "举办日期"),
        new BadInput("no hours", x -> record(x, Copies.with(good, "hours", BigDecimal.ZERO)),
            Refusal.Code.INVALID_INPUT,
            "hours", "学时"),
        new BadInput("hours in hundredths", x -> record(x, Copies.with(good, "hours", new BigDecimal("1.25"))),
            Refusal.Code.INVALID_INPUT, "hours", "学时"),
        new BadInput("a thousand hours", x -> record(x, Copies.with(good, "hours", new BigDecimal("1000"))),
            Refusal.Code.INVALID_INPUT, "hours", "学时"),
        new BadInput("another bureau's post", x -> record(x,
            Copies.with(good, "posts", List.of(x.approver, x.planner))),
            Refusal.Code.INVALID_INPUT, "posts[1]", "本单位没有该岗位"),
        new BadInput("an unknown point", x -> record(x, Copies.with(good, "points",
            List.of(new RiskPointId(UUID.randomUUID())))), Refusal.Code.INVALID_INPUT, "points[0]", "本单位没有该风险点"),
        new BadInput("a retired point", x -> record(x, Copies.with(good, "points", List.of(retired))),
            Refusal.Code.INVALID_INPUT, "points[0]", "已撤销"),
        new BadInput("a blank evidence location", x -> record(x, Copies.with(good, "evidence",
            List.of(new EvidenceInput("签到表", "", Optional.empty())))), Refusal.Code.INVALID_INPUT,
            "evidence[0].location", "存放位置"),
        new BadInput("withdrawn twice", x -> x.lianfang.control().withdrawEducation(x.landLeader,
            new WithdrawEducation(withdrawn, "再次撤回")), Refusal.Code.ILLEGAL_TRANSITION, null, "撤回"),
        new BadInput("a withdrawal without its reason", x -> x.lianfang.control().withdrawEducation(x.landLeader,
            new WithdrawEducation(withdrawn, "")), Refusal.Code.INVALID_INPUT, "reason", "撤回理由"),
        new BadInput("an unknown record", x -> x.lianfang.control().withdrawEducation(x.landLeader,
            new WithdrawEducation(new EducationActivityId(UUID.randomUUID()), "误录")),
            Refusal.Code.UNKNOWN_REFERENCE, null, "教育活动记录"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  /**
   * Access: the unit's leader and the discipline body record its education; an auditor reads it and records none; a
   * section head and a post holder record none; another bureau's leader and the public learn nothing of it.
   *
   * @param w a world
   */
  public static void onlyTheUnitsLeaderAndTheDisciplineBodyRecordItsEducation(World w) {
    RecordEducation good = activity(w, EducationForm.SEMINAR, w.clock.today(), Optional.empty(), List.of(w.zhao));
    EducationActivityId id = w.lianfang.control().recordEducation(w.inspector, good).orElseThrow();
    // who may read the unit's risks is told it may not; a post holder, who may not read them, learns nothing of it
    List<Object[]> denied = List.of(new Object[] {w.auditor, Refusal.Code.ACCESS_DENIED},
        new Object[] {w.sectionHead, Refusal.Code.ACCESS_DENIED},
        new Object[] {w.approverHolder, Refusal.Code.UNKNOWN_REFERENCE});
    WithdrawEducation withdraw = new WithdrawEducation(id, "误录");
    for (Object[] d : denied) {
      Actor actor = (Actor) d[0];
      State before = State.of(w);
      assertEquals(Refusal.Code.ACCESS_DENIED, refusal(w.lianfang.control().recordEducation(actor, good)).code(),
          actor.id());
      assertEquals(d[1], refusal(w.lianfang.control().withdrawEducation(actor, withdraw)).code(), actor.id());
      assertEquals(before, State.of(w));
    }
    for (Actor outside : List.of(w.planningLeader, w.visitor)) {
      State before = State.of(w);
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(w.lianfang.control().withdrawEducation(outside,
          withdraw)).code(), outside.id() + " learns nothing of the record (finding 12)");
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(w.lianfang.control().recordEducation(outside, good))
          .code(), outside.id());
      assertEquals(List.of(), w.lianfang.control().queries().education(outside, w.land));
      assertEquals(before, State.of(w));
    }
    assertEquals(List.of(w.planning), w.lianfang.control().queries().educationObligations(w.planningLeader, w.city,
        YEAR).rows().stream().map(EducationReport.Row::unit).distinct().toList(),
        "a bureau's leader is told of the bureau's own obligations only");
    assertTrue(w.lianfang.control().withdrawEducation(w.landLeader, withdraw).isAccepted());
  }

  private static Outcome<EducationActivityId> record(World w, RecordEducation c) {
    return w.lianfang.control().recordEducation(w.landLeader, c);
  }

  private static Map<OfficialId, EducationObligation> talks(EducationReport r) {
    return r.rows().stream().map(EducationReport.Row::obligation)
        .filter(o -> o.kind() == ObligationKind.APPOINTMENT_TALK)
        .collect(Collectors.toMap(o -> o.official().orElseThrow(), o -> o));
  }

  private static EducationObligation only(EducationReport r, ObligationKind kind) {
    List<EducationObligation> of = r.rows().stream().map(EducationReport.Row::obligation)
        .filter(o -> o.kind() == kind).toList();
    assertEquals(1, of.size(), kind + ": " + of);
    return of.get(0);
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
