package org.lianfang.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.lianfang.Actor;
import org.lianfang.Outcome;
import org.lianfang.Refusal;
import org.lianfang.UnitId;
import org.lianfang.access.AccessDecision;
import org.lianfang.access.Operation;
import org.lianfang.application.DefaultAccessPolicy;
import org.lianfang.application.Lianfang;
import org.lianfang.application.monitoring.LinkReport;
import org.lianfang.application.monitoring.MonitoringArea;
import org.lianfang.application.monitoring.ReceiveReport;
import org.lianfang.application.monitoring.ReportStep;
import org.lianfang.kinds.AggregateKinds;
import org.lianfang.ledger.JournalEntry;
import org.lianfang.monitoring.Disposal;
import org.lianfang.monitoring.DueItem;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.OutboxMessage;
import org.lianfang.monitoring.Recipients;
import org.lianfang.monitoring.Report;
import org.lianfang.monitoring.ReportAction;
import org.lianfang.monitoring.ReportChannel;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.ReportState;
import org.lianfang.monitoring.WarningId;
import org.lianfang.risk.RiskPointId;

/**
 * Reports (检举控告 / 信访, issue 12, P-19, P-11) as scenarios on a {@link World}, run on the in-memory store and on
 * every database: a real-name report forwarded or accepted, its reporter told, disposed of, closed and fed back on
 * working-day deadlines the tick watches; an anonymous one that no one is told of; its reporter and content sealed
 * from everyone without clearance; bad input refused naming the field and the rule in both languages with state,
 * journal and outbox unchanged.
 */
public final class ReportScenarios {
  /** The reporter's name, marked so that a search for it finds nothing else. */
  public static final String NAME = "实名举报人甲乙丙";
  /** The reporter's contact. */
  public static final String CONTACT = "0871-63101234-举报人";
  /** The content. */
  public static final String CONTENT = "反映审批科科员赵磊在建设用地审批中收受申请人购物卡，地点在某茶楼（机密内容）";

  private ReportScenarios() {}

  /** What a refusal must leave unchanged: every unit's reports and journal, the deadlines and the outbox. */
  record State(List<Report> reports, List<JournalEntry> journal, List<DueItem> dues, long outbox) {
    static State of(World w) {
      List<Report> rs = new ArrayList<>();
      List<JournalEntry> js = new ArrayList<>();
      List<DueItem> ds = new ArrayList<>();
      for (UnitId u : List.of(w.city, w.land, w.planning)) {
        for (Report r : w.store.reports().inUnit(u)) {
          rs.add(r);
          ds.addAll(w.store.dues().of(r.id().value()));
        }
        js.addAll(w.store.journal().read(u, 1, 100_000));
      }
      return new State(rs, js, ds, w.store.outbox().size());
    }
  }

  /**
   * @param w a world
   * @param point a point of the land bureau
   * @return a real-name hotline report received today about 赵磊 on the approver's post and the point
   */
  public static ReceiveReport byHotline(World w, RiskPointId point) {
    return ReceiveReport.anonymous(w.land, ReportChannel.HOTLINE, w.clock.today(), CONTENT)
        .concerning(Optional.of(w.approver), Optional.of(w.zhao), List.of(point)).byName(NAME, CONTACT);
  }

  /**
   * P-19 on working days: a real-name report received on Tuesday 2010-08-31 is to be forwarded or accepted by
   * Tuesday 09-07 (five working days), its reporter told of the acceptance by 09-21 (fifteen), and of the result
   * fifteen working days after the close; the discipline body hears of it at once and of each deadline from the tick;
   * accepted, it is linked to the point and to the warning it raised, disposed of, closed and fed back, each step a
   * journal entry of the unit, every deadline gone once met.
   *
   * @param w a world
   */
  public static void p19_aRealNameReportIsAcceptedDisposedClosedAndFedBackOnWorkingDayDeadlines(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    long before = w.store.journal().head(w.land).orElseThrow().sequence();
    assertEquals(LocalDate.of(2010, 8, 31), w.clock.today());
    ReportId id = m.receiveReport(w.inspector, byHotline(w, point)).orElseThrow();

    assertEquals(List.of(LocalDate.of(2010, 9, 7)), dues(w, id, DueItem.REPORT_FORWARD));
    List<Notification> told = waiting(w);
    assertEquals(List.of(Recipients.disciplineBody(w.land)), told.stream().map(Notification::recipient).toList(),
        "only the discipline body hears of a report");
    assertTrue(told.get(0).bodyZh().contains("2010-09-07"), told.get(0).bodyZh());

    w.clock.setDay(LocalDate.of(2010, 9, 2));
    m.stepReport(w.inspector, ReportStep.accept(id)).orElseThrow();
    assertEquals(List.of(), dues(w, id, DueItem.REPORT_FORWARD), "accepted in time: forwarding is no longer due");
    assertEquals(List.of(LocalDate.of(2010, 9, 21)), dues(w, id, DueItem.REPORT_ACCEPTANCE));
    WarningId warning = m.issueWarning(w.inspector, WarningScenarios.reminder(w, point,
        WarningScenarios.disciplineLeader(w))).orElseThrow();
    m.linkReport(w.inspector, new LinkReport(id, List.of(point), List.of(warning))).orElseThrow();
    m.stepReport(w.inspector, ReportStep.tellAcceptance(id)).orElseThrow();
    assertEquals(List.of(), dues(w, id, DueItem.REPORT_ACCEPTANCE));
    w.clock.setDay(LocalDate.of(2010, 9, 10));
    m.stepReport(w.inspector, ReportStep.dispose(id, Disposal.PRELIMINARY_VERIFICATION, "转审批科所在党支部初步核实"))
        .orElseThrow();
    // closed on Friday 10-08: fifteen working days later is Friday 10-29
    w.clock.setDay(LocalDate.of(2010, 10, 8));
    m.stepReport(w.inspector, ReportStep.close(id, "初步核实属实，已对赵磊诫勉谈话并发出预警")).orElseThrow();
    assertEquals(List.of(LocalDate.of(2010, 10, 29)), dues(w, id, DueItem.REPORT_RESULT));
    w.clock.setDay(LocalDate.of(2010, 10, 12));
    m.stepReport(w.inspector, ReportStep.tellResult(id)).orElseThrow();

    Report done = m.queries().report(w.inspector, id).orElseThrow();
    assertEquals(ReportState.FED_BACK, done.state());
    assertEquals(NAME, done.intake().reporter().orElseThrow().name(), "the discipline body reads the reporter");
    assertEquals(CONTENT, done.intake().content());
    assertEquals(List.of(point), done.links().points());
    assertEquals(List.of(warning), done.links().warnings());
    assertEquals(Disposal.PRELIMINARY_VERIFICATION, done.life().disposal().orElseThrow().way());
    assertEquals(List.of(), w.store.dues().of(id.value()), "every deadline met");
    List<String> types = w.store.journal().read(w.land, before + 1, 100).stream().map(JournalEntry::eventType)
        .filter(t -> t.startsWith("report.")).toList();
    assertEquals(List.of("report.received", "report.accepted", "report.linked", "report.acceptance-told",
        "report.disposed", "report.closed", "report.result-told"), types);
    assertTrue(w.lianfang.ledger().queries().verifyJournal(w.auditor, w.land).orElseThrow().intact());
    assertTrue(w.lianfang.ledger().queries().verifyRecords(w.inspector, w.land).orElseThrow().intact());
  }

  /**
   * P-19: an anonymous report forwarded to the body that handles it leaves no deadline behind, and no one is told of
   * it: an anonymous reporter has no one to tell.
   *
   * @param w a world
   */
  public static void p19_anAnonymousReportIsForwardedAndNoReporterIsTold(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    ReportId id = m.receiveReport(w.inspector, ReceiveReport.anonymous(w.land, ReportChannel.BOX,
        w.clock.today().minusDays(3), "举报箱来信，反映财务科报销不规范")).orElseThrow();
    assertEquals(List.of(LocalDate.of(2010, 9, 3)), dues(w, id, DueItem.REPORT_FORWARD),
        "received on Saturday 08-28: five working days run from Monday 08-30");
    State before = State.of(w);
    Refusal r = refusal(m.stepReport(w.inspector, ReportStep.tellAcceptance(id)));
    assertEquals(Refusal.Code.ILLEGAL_TRANSITION, r.code(), "not accepted yet");
    assertEquals(before, State.of(w));
    w.clock.setDay(LocalDate.of(2010, 9, 2));
    w.lianfang.monitoring().schedule().tick();
    List<Notification> reminded = waiting(w).stream().filter(n -> n.kind().equals("report.forward.due")).toList();
    assertEquals(List.of(Recipients.disciplineBody(w.land)), reminded.stream().map(Notification::recipient).toList());
    assertEquals("举报（举报箱，2010-08-28 收到）：转办或受理期限为 2010-09-03，还剩 1 天。", reminded.get(0).bodyZh(),
        "the tick reminds the discipline body the working day before");
    m.stepReport(w.inspector, ReportStep.forward(id, "市财政局纪检组")).orElseThrow();
    assertEquals(ReportState.FORWARDED, m.queries().report(w.inspector, id).orElseThrow().state());
    assertEquals(List.of(), w.store.dues().of(id.value()));
    assertFalse(State.of(w).equals(before));
    ReportId accepted = m.receiveReport(w.inspector, ReceiveReport.anonymous(w.land, ReportChannel.ONLINE,
        w.clock.today(), "网上举报")).orElseThrow();
    m.stepReport(w.inspector, ReportStep.accept(accepted)).orElseThrow();
    assertEquals(List.of(), w.store.dues().of(accepted.value()), "no acceptance to tell an anonymous reporter");
    State atAccepted = State.of(w);
    assertEquals(Refusal.Code.RULE_VIOLATED, refusal(m.stepReport(w.inspector, ReportStep.tellAcceptance(accepted)))
        .code());
    assertEquals(atAccepted, State.of(w));
  }

  /**
   * P-11, P-19: only the discipline body logs, handles and reads reports; to the leaders of the unit reported on, an
   * auditor, a section head, a post holder and the public the report commands answer as for an unknown report and the
   * report queries return nothing; a reader of reports without clearance for sealed identities (who may not handle
   * them either), a reader of the unit's ledger and of its journal see neither the reporter, nor the content, nor whom
   * it concerns, nor what its triage linked it to.
   *
   * @param w a world
   */
  public static void p11_onlyTheDisciplineBodyReadsReportsAndNoOneElseSeesTheReporterOrTheContent(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    ReportId id = m.receiveReport(w.inspector, byHotline(w, point)).orElseThrow();
    m.stepReport(w.inspector, ReportStep.accept(id)).orElseThrow();
    RiskPointId linked = w.reviewedAndGraded(w.aPointOnApprover().described("另一风险点").build());
    WarningId warning = m.issueWarning(w.inspector, WarningScenarios.reminder(w, linked,
        WarningScenarios.disciplineLeader(w))).orElseThrow();
    m.linkReport(w.inspector, new LinkReport(id, List.of(linked), List.of(warning))).orElseThrow();
    for (Actor other : List.of(w.landLeader, w.auditor, w.sectionHead, w.approverHolder, w.planningLeader,
        w.visitor)) {
      State before = State.of(w);
      assertEquals(List.of(), m.queries().reports(other, w.land), other.id());
      assertEquals(Optional.empty(), m.queries().report(other, id), other.id());
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(m.stepReport(other, ReportStep.accept(id))).code(),
          other.id() + " learns nothing of the report");
      assertEquals(Refusal.Code.UNKNOWN_REFERENCE, refusal(m.linkReport(other, new LinkReport(id, List.of(point),
          List.of()))).code(), other.id());
      assertFalse(m.receiveReport(other, byHotline(w, point)).isAccepted(), other.id());
      assertEquals(before, State.of(w));
    }
    Lianfang uncleared = Lianfang.builder(w.store).clock(w.clock).accessPolicy((actor, op, target) ->
        op == Operation.READ_SEALED || op == Operation.MANAGE_REPORTS ? AccessDecision.deny("无权", "not allowed")
            : new DefaultAccessPolicy().decide(actor, op, target)).build();
    Report seen = uncleared.monitoring().queries().report(w.inspector, id).orElseThrow();
    assertEquals(Refusal.Code.ACCESS_DENIED, refusal(uncleared.monitoring().stepReport(w.inspector,
        ReportStep.tellAcceptance(id))).code(), "one who reads reports but may not handle them is told so");
    assertEquals(List.of(seen), uncleared.monitoring().queries().reports(w.inspector, w.land));
    List<Report> inLedger = w.lianfang.ledger().queries().records(w.landLeader, w.land, AggregateKinds.REPORTS)
        .orElseThrow();
    assertEquals(List.of(seen), inLedger, "the unit's ledger shows its reports as sealed");
    String shown = org.lianfang.ledger.CanonicalJson.of(AggregateKinds.state(seen));
    List<String> secrets = List.of(NAME, CONTACT, CONTENT, w.zhao.toString(), w.approver.toString(),
        point.toString(), linked.toString(), warning.toString());
    for (String secret : secrets) {
      assertFalse(shown.contains(secret), "sealed: " + shown);
    }
    for (JournalEntry e : w.lianfang.ledger().queries().journal(w.landLeader, w.land, 1, 1000).orElseThrow()) {
      for (String secret : secrets) {
        assertFalse(e.eventType().startsWith("report.") && e.payload().contains(secret), e.payload());
      }
    }
    assertEquals(ReportChannel.HOTLINE, seen.intake().channel());
    assertTrue(seen.intake().realName(), "that it was made in a name shows; the name does not");
  }

  /**
   * Bad input: each refused with its code, naming the field and the rule in Chinese and English, and nothing changes.
   *
   * @param w a world
   */
  public static void badInputIsRefusedNamingTheFieldAndChangesNothing(World w) {
    MonitoringArea m = w.lianfang.monitoring();
    RiskPointId point = w.reviewedAndGraded(w.aPointOnApprover().build());
    ReceiveReport good = byHotline(w, point);
    ReportId received = m.receiveReport(w.inspector, good).orElseThrow();
    ReportId anonymous = m.receiveReport(w.inspector, ReceiveReport.anonymous(w.land, ReportChannel.LETTER,
        w.clock.today(), "来信")).orElseThrow();
    m.stepReport(w.inspector, ReportStep.accept(anonymous)).orElseThrow();
    WarningId elsewhere = m.issueWarning(w.inspector, new org.lianfang.application.monitoring.IssueWarning(w.planning,
        Optional.empty(), Optional.empty(), List.of(), org.lianfang.monitoring.WarningLevel.REMINDER,
        org.lianfang.monitoring.WarningOrigin.REPORT, "规纪预2号", "规划审批超时", "说明情况",
        WarningScenarios.disciplineLeader(w))).orElseThrow();
    List<BadInput> bad = List.of(
        new BadInput("blank content", x -> receive(x, Copies.with(good, "content", "\u3000\n")),
            Refusal.Code.INVALID_INPUT, "content", "举报内容"),
        new BadInput("content past 4,000 characters", x -> receive(x, Copies.with(good, "content", "举".repeat(4001))),
            Refusal.Code.INVALID_INPUT, "content", "举报内容"),
        new BadInput("a name over two lines", x -> receive(x, Copies.with(good, "reporterName",
            Optional.of("张\n三"))), Refusal.Code.INVALID_INPUT, "reporterName", "举报人姓名"),
        new BadInput("a name without a contact", x -> receive(x, Copies.with(good, "reporterContact",
            Optional.empty())), Refusal.Code.INVALID_INPUT, "reporterContact", "联系方式"),
        new BadInput("received tomorrow", x -> receive(x, Copies.with(good, "received", x.clock.today().plusDays(1))),
            Refusal.Code.INVALID_INPUT, "received", "晚于今天"),
        new BadInput("a reporter named for an audit's finding", x -> receive(x, Copies.with(good, "channel",
            ReportChannel.AUDIT)), Refusal.Code.INVALID_INPUT, "reporterName", "没有举报人"),
        new BadInput("no channel", x -> receive(x, Copies.with(good, "channel", null)), Refusal.Code.INVALID_INPUT,
            "channel", "举报渠道"),
        new BadInput("another bureau's official", x -> receive(x, Copies.with(good, "official", Optional.of(x.sun))),
            Refusal.Code.UNKNOWN_REFERENCE, null, "不属于本单位或上级单位"),
        new BadInput("a point named twice", x -> receive(x, Copies.with(good, "points", List.of(point, point))),
            Refusal.Code.INVALID_INPUT, "points", "只能列一次"),
        new BadInput("an unknown unit", x -> receive(x, Copies.with(good, "unit", new UnitId(UUID.randomUUID()))),
            Refusal.Code.UNKNOWN_REFERENCE, null, "单位"),
        new BadInput("disposed of before it is accepted", x -> step(x, ReportStep.dispose(received, Disposal.CONCLUDED,
            "了结")), Refusal.Code.ILLEGAL_TRANSITION, null, "已登记"),
        new BadInput("a disposal without its way", x -> step(x, new ReportStep(anonymous, ReportAction.DISPOSE,
            Optional.empty(), Optional.of("了结"), OptionalLong.empty())), Refusal.Code.INVALID_INPUT, "disposal",
            "处置方式"),
        new BadInput("a disposal without its note", x -> step(x, new ReportStep(anonymous, ReportAction.DISPOSE,
            Optional.of(Disposal.CONCLUDED), Optional.empty(), OptionalLong.empty())), Refusal.Code.INVALID_INPUT,
            "remark", "处置意见"),
        new BadInput("an anonymous reporter told", x -> step(x, ReportStep.tellAcceptance(anonymous)),
            Refusal.Code.RULE_VIOLATED, null, "匿名举报"),
        new BadInput("a link before it is accepted", x -> link(x, new LinkReport(received, List.of(point),
            List.of())), Refusal.Code.ILLEGAL_TRANSITION, null, "受理后"),
        new BadInput("a link to nothing", x -> link(x, new LinkReport(anonymous, List.of(), List.of())),
            Refusal.Code.INVALID_INPUT, "points", "至少一个"),
        new BadInput("a link to another bureau's warning", x -> link(x, new LinkReport(anonymous, List.of(),
            List.of(elsewhere))), Refusal.Code.INVALID_INPUT, "warnings[0]", "本单位没有该预警"),
        new BadInput("an unknown report", x -> step(x, ReportStep.accept(new ReportId(UUID.randomUUID()))),
            Refusal.Code.UNKNOWN_REFERENCE, null, "举报"),
        new BadInput("an expected version the store no longer has", x -> step(x, ReportStep.accept(received)
            .expecting(7)), Refusal.Code.STALE, null, "第 7 版"));
    BadInput.assertEachRefusedChangingNothing(w, bad, State::of);
  }

  private static List<LocalDate> dues(World w, ReportId id, String what) {
    return w.store.dues().of(id.value()).stream().filter(d -> d.what().equals(what)).map(DueItem::due).toList();
  }

  private static List<Notification> waiting(World w) {
    return w.store.outbox().claim("peek", w.clock.instant().plus(Duration.ofDays(365)), Duration.ofMillis(1), 1000)
        .stream().map(OutboxMessage::notification).toList();
  }

  private static Outcome<ReportId> receive(World w, ReceiveReport c) {
    return w.lianfang.monitoring().receiveReport(w.inspector, c);
  }

  private static Outcome<ReportId> step(World w, ReportStep c) {
    return w.lianfang.monitoring().stepReport(w.inspector, c);
  }

  private static Outcome<ReportId> link(World w, LinkReport c) {
    return w.lianfang.monitoring().linkReport(w.inspector, c);
  }

  private static Refusal refusal(Outcome<?> outcome) {
    return assertInstanceOf(Outcome.Refused.class, outcome).refusal();
  }
}
