package org.lianfang.examples;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.lianfang.application.monitoring.Dispatcher;
import org.lianfang.application.monitoring.IssueWarning;
import org.lianfang.application.monitoring.LinkReport;
import org.lianfang.application.monitoring.OpenCase;
import org.lianfang.application.monitoring.OpenRectification;
import org.lianfang.application.monitoring.ReceiveReport;
import org.lianfang.application.monitoring.RectificationStep;
import org.lianfang.application.monitoring.ReplyInput;
import org.lianfang.application.monitoring.ReportStep;
import org.lianfang.application.monitoring.StepCase;
import org.lianfang.application.monitoring.WarningStep;
import org.lianfang.application.organization.RegisterOfficial;
import org.lianfang.monitoring.Disposal;
import org.lianfang.monitoring.DueItem;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.ReportChannel;
import org.lianfang.monitoring.ReportId;
import org.lianfang.monitoring.SupervisionCaseId;
import org.lianfang.monitoring.TickReport;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.organization.OfficialId;
import org.lianfang.spi.NotificationSender;

/**
 * The third defense line (监测预警, S-9) of the pilot from 2010-10-21 to 12-10, while the measures are put in force:
 * reports come in through the box, the hotline and an audit (P-19), each logged, accepted, disposed of and closed, the
 * hotline's real-name reporter told of the acceptance and the result; electronic supervision watches the land bureau's
 * approvals in working time on 2010's holiday calendar (P-20), one case overdue across National Day and one raised to
 * YELLOW by the tick; on the box's report the city's discipline body warns the first pilot unit over its first point (a
 * reminder, P-18); the unit replies, the reply is accepted and supervised, the verification fails and the warning
 * climbs to an admonishment with a new deadline, the rectification item it opens (P-21) is worked on, submitted,
 * verified and closed, and so is the warning. The host's scheduler is played by a loop: every morning the tick runs
 * (decision 5) and a dispatcher hands what it and the day's changes raised to a sender that prints each notification
 * (decision 4).
 */
final class ThirdLineStage {
  static final LocalDate OPENS = LocalDate.of(2010, 10, 21);
  static final LocalDate CLOSES = LocalDate.of(2010, 12, 10);

  private final PilotFixture f;
  private final List<Consumer<LocalDate>> alongside;
  private int sent;
  private int measureReminders;

  /**
   * @param f the pilot
   * @param alongside what the other stages do on each day of the loop, after the third line's own steps (measures put
   *     in force, monthly checks)
   */
  ThirdLineStage(PilotFixture f, List<Consumer<LocalDate>> alongside) {
    this.f = f;
    this.alongside = List.copyOf(alongside);
  }

  /** Walks the reports, the warning and its item day by day, ticking and dispatching every morning. */
  void run() {
    PilotFixture.Finding finding = f.findings.get(0);
    PilotFixture.Pilot unit = finding.unit();
    NotificationSender console = this::print;
    OfficialId owner = f.lianfang.risks().queries().riskPoint(f.inspector, finding.id()).orElseThrow().owners()
        .orElseThrow().directOwner();
    f.clock.advanceTo(OPENS);
    OfficialId leader = f.lianfang.organization().registerOfficial(f.inspector, new RegisterOfficial(f.city,
        "KMJW-001", "刘正清")).orElseThrow();
    WarningId warning = null;
    RectificationItemId item = null;
    ReportId box = null;
    ReportId hotline = null;
    PilotFixture.Finding other = f.findings.stream().filter(x -> !x.unit().equals(unit)).findFirst().orElseThrow();
    PilotFixture.Pilot land = f.pilot("市国土资源管理局");
    SupervisionCaseId running = null;
    try (Dispatcher dispatcher = f.lianfang.dispatcher(console)) {
      for (LocalDate day = OPENS; !day.isAfter(CLOSES); day = day.plusDays(1)) {
        f.clock.advanceTo(day);
        TickReport tick = f.lianfang.schedule().tick();
        if (tick.deadlines() > 0) {
          f.log("每日例行检查（tick）：到期提醒 " + tick.reminders() + " 项，逾期 " + tick.overdue() + " 项"
              + (tick.signals() > 0 ? "，电子监察亮灯 " + tick.signals() + " 件" : ""));
        }
        switch (day.toString()) {
          case "2010-10-21" -> {
            box = f.lianfang.monitoring().receiveReport(f.inspector, ReceiveReport.anonymous(unit.id(),
                ReportChannel.BOX, day, "反映" + unit.name() + "办理业务超过承诺时限，群众多次往返").concerning(
                    Optional.empty(), Optional.empty(), List.of(finding.id()))).orElseThrow();
            f.lianfang.monitoring().stepReport(f.inspector, ReportStep.accept(box)).orElseThrow();
            f.log("市纪委开启举报箱：一件匿名举报，当日受理（P-19）");
            warning = f.lianfang.monitoring().issueWarning(f.inspector, new IssueWarning(unit.id(),
                Optional.empty(), Optional.empty(), List.of(finding.id()), WarningLevel.REMINDER, WarningOrigin.REPORT,
                "昆纪预〔2010〕1号", "群众通过举报箱反映该风险点所涉业务存在超时限办理问题",
                "收到通知后七日内书面说明情况，提出整改措施", leader)).orElseThrow();
            f.lianfang.monitoring().linkReport(f.inspector, new LinkReport(box, List.of(), List.of(warning)))
                .orElseThrow();
            f.log("市纪委向" + unit.name() + "发出预警通知书（提醒，P-18），与该举报关联");
            // e-supervision goes live: the approval system reports a case accepted before National Day
            Instant accepted = at(LocalDate.of(2010, 9, 29), 9, 0);
            SupervisionCaseId holiday = f.lianfang.monitoring().openCase(land.leader(), new OpenCase(land.id(),
                f.powers.get("GT-Q01"), "KMGT-2010-0929-003", accepted, Duration.ofHours(21))).orElseThrow();
            f.lianfang.monitoring().stepCase(land.leader(), StepCase.step(holiday, "受理", accepted)).orElseThrow();
            f.lianfang.monitoring().stepCase(land.leader(), StepCase.complete(holiday,
                at(LocalDate.of(2010, 10, 11), 15, 0))).orElseThrow();
            f.log("电子监察接入：09-29 受理的建设用地审查报批，承诺 3 个工作日（09-29、09-30 和节后 10-08），"
                + "10-09 调休上班日起超时，10-11 办结：黄牌（P-20）");
          }
          case "2010-10-22" -> {
            f.lianfang.monitoring().stepReport(f.inspector, ReportStep.dispose(box, Disposal.PRELIMINARY_VERIFICATION,
                "随预警跟踪核实")).orElseThrow();
          }
          case "2010-10-25" -> {
            hotline = f.lianfang.monitoring().receiveReport(f.inspector, ReceiveReport.anonymous(other.unit().id(),
                ReportChannel.HOTLINE, day, "来电反映该单位工作人员在办理业务时暗示申请人请客送礼").concerning(
                    Optional.empty(), Optional.empty(), List.of(other.id())).byName("张某", "0871-6xxxxxxx"))
                .orElseThrow();
            f.log("举报电话：一件实名举报（举报人身份保密，P-11），五个工作日内转办或受理");
          }
          case "2010-10-26" -> {
            f.lianfang.monitoring().stepWarning(unit.leader(), WarningStep.acknowledge(warning)).orElseThrow();
            f.lianfang.monitoring().stepWarning(unit.leader(), WarningStep.reply(warning, new ReplyInput(
                "对超时限办理问题作了剖析", "严格执行限时办结制度", "建立办件台账，每周通报"))).orElseThrow();
            f.log(unit.name() + "签收并回复预警");
          }
          case "2010-10-27" -> {
            f.lianfang.monitoring().stepWarning(f.inspector, WarningStep.accept(warning, LocalDate.of(2010, 11, 5)))
                .orElseThrow();
            f.log("市纪委受理回复，跟踪督办至 11-05");
          }
          case "2010-10-29" -> {
            f.lianfang.monitoring().stepReport(f.inspector, ReportStep.accept(hotline)).orElseThrow();
            f.lianfang.monitoring().linkReport(f.inspector, new LinkReport(hotline, List.of(other.id()), List.of()))
                .orElseThrow();
            f.log("市纪委受理电话举报，关联" + other.unit().name() + "的风险点，供年度修订参考（S-12）");
          }
          case "2010-11-01" -> {
            running = f.lianfang.monitoring().openCase(land.leader(), new OpenCase(land.id(), f.powers.get("GT-Q01"),
                "KMGT-2010-1101-012", f.clock.instant(), Duration.ofHours(14))).orElseThrow();
            f.log(land.name() + "受理建设用地审查报批一件，承诺 2 个工作日，电子监察计时");
          }
          case "2010-11-03" -> {
            ReportId audit = f.lianfang.monitoring().receiveReport(f.inspector, ReceiveReport.anonymous(unit.id(),
                ReportChannel.AUDIT, day, "审计发现部分办件无受理登记")).orElseThrow();
            f.lianfang.monitoring().stepReport(f.inspector, ReportStep.accept(audit)).orElseThrow();
            f.lianfang.monitoring().linkReport(f.inspector, new LinkReport(audit, List.of(finding.id()), List.of()))
                .orElseThrow();
            f.lianfang.monitoring().stepReport(f.inspector, ReportStep.dispose(audit, Disposal.CONCLUDED,
                "并入已发预警的整改")).orElseThrow();
            f.lianfang.monitoring().stepReport(f.inspector, ReportStep.close(audit, "随预警整改一并落实")).orElseThrow();
            f.log("审计发现：登记、受理，并入预警整改后办结");
          }
          case "2010-11-04" -> {
            f.lianfang.monitoring().stepCase(land.leader(), StepCase.complete(running, f.clock.instant()))
                .orElseThrow();
            f.log(land.name() + "办结该件，超时一个工作日，黄牌留档");
          }
          case "2010-11-05" -> {
            f.lianfang.monitoring().stepReport(f.inspector, ReportStep.tellAcceptance(hotline)).orElseThrow();
            f.lianfang.monitoring().stepWarning(f.inspector, WarningStep.failVerification(warning,
                "抽查十件仍有三件超时")).orElseThrow();
            f.log("已告知实名举报人受理情况；预警验证未通过：预警升级为告诫，十日内重新回复");
          }
          case "2010-11-08" -> {
            f.lianfang.monitoring().stepWarning(unit.leader(), WarningStep.acknowledge(warning)).orElseThrow();
            f.lianfang.monitoring().stepWarning(unit.leader(), WarningStep.reply(warning, new ReplyInput(
                "再次剖析，找出制度漏洞", "主要负责人签字承诺", "修订限时办结制度，超时件由科长说明"))).orElseThrow();
            f.lianfang.monitoring().stepWarning(f.inspector, WarningStep.accept(warning, LocalDate.of(2010, 11, 30)))
                .orElseThrow();
            item = f.lianfang.monitoring().openRectification(f.inspector, new OpenRectification(unit.id(),
                RectificationOrigin.WARNING, Optional.of(warning), "业务办理超时限", "所有申请在承诺时限内办结",
                "修订限时办结制度，建立办件台账", owner, LocalDate.of(2010, 11, 25),
                List.of(finding.id()))).orElseThrow();
            f.log("告诫已回复并受理；开具整改事项，限 11-25 前完成（P-21）");
          }
          case "2010-11-10" -> {
            f.lianfang.monitoring().stepReport(f.inspector, ReportStep.dispose(hotline, Disposal.TALK_OR_INQUIRY,
                "由分管领导与被反映人谈话")).orElseThrow();
            f.lianfang.monitoring().stepReport(f.inspector, ReportStep.close(hotline, "经谈话函询，所反映问题不属实"))
                .orElseThrow();
            f.log("电话举报经谈话函询后办结，十五个工作日内向举报人反馈");
          }
          case "2010-11-19" -> {
            f.lianfang.monitoring().stepReport(f.inspector, ReportStep.tellResult(hotline)).orElseThrow();
            f.lianfang.monitoring().stepRectification(unit.leader(), RectificationStep.submit(item,
                "修订后的制度文本和十一月办件台账")).orElseThrow();
            f.log(unit.name() + "提交整改材料");
          }
          case "2010-11-22" -> {
            f.lianfang.monitoring().stepRectification(f.inspector, RectificationStep.verify(item, "抽查二十件均按时办结"))
                .orElseThrow();
            f.lianfang.monitoring().stepRectification(f.inspector, RectificationStep.close(item)).orElseThrow();
            f.log("整改事项验证合格，销号");
          }
          case "2010-11-30" -> {
            f.lianfang.monitoring().stepWarning(f.inspector, WarningStep.verify(warning, "整改到位")).orElseThrow();
            f.lianfang.monitoring().stepWarning(f.inspector, WarningStep.close(warning)).orElseThrow();
            f.lianfang.monitoring().stepReport(f.inspector, ReportStep.close(box, "经预警整改，所反映问题已纠正"))
                .orElseThrow();
            f.log("预警验证通过，销号；举报箱举报随之办结");
          }
          default -> { }
        }
        for (Consumer<LocalDate> stage : alongside) {
          stage.accept(day);
        }
        dispatcher.drain(100);
        if (measureReminders > 0) {
          f.out.println("            → 通知（防控措施落实提醒）" + measureReminders + " 条，发给责任人和单位领导，不逐条列出");
          measureReminders = 0;
        }
      }
    }
    f.log("第三道防线：共发出通知 " + sent + " 条（每条经主机的发送通道，至少一次，按幂等键去重）");
  }

  private Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(f.clock.getZone()).toInstant();
  }

  private void print(Notification n) {
    sent++;
    if (n.kind().startsWith(DueItem.MEASURE_DUE + ".")) {
      measureReminders++;
      return;
    }
    f.out.println("            → 通知 " + n.recipient().substring(0, n.recipient().indexOf(':')) + "：" + n.subjectZh()
        + " —— " + n.bodyZh());
  }
}
