package org.lianfang.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.lianfang.application.monitoring.Dispatcher;
import org.lianfang.application.monitoring.IssueWarning;
import org.lianfang.application.monitoring.OpenRectification;
import org.lianfang.application.monitoring.RectificationStep;
import org.lianfang.application.monitoring.ReplyInput;
import org.lianfang.application.monitoring.WarningStep;
import org.lianfang.application.organization.RegisterOfficial;
import org.lianfang.monitoring.Notification;
import org.lianfang.monitoring.RectificationItemId;
import org.lianfang.monitoring.RectificationOrigin;
import org.lianfang.monitoring.TickReport;
import org.lianfang.monitoring.WarningId;
import org.lianfang.monitoring.WarningLevel;
import org.lianfang.monitoring.WarningOrigin;
import org.lianfang.organization.OfficialId;
import org.lianfang.spi.NotificationSender;

/**
 * The third defense line (监测预警, S-9) of the pilot from 2010-10-21 to 12-10, while the measures are put in force:
 * the city's discipline body warns the first pilot unit over its first point (a reminder, P-18); the unit replies, the
 * reply is accepted and supervised, the verification fails and the warning climbs to an admonishment with a new
 * deadline, the rectification item it opens (P-21) is worked on, submitted, verified and closed, and so is the warning.
 * The host's scheduler is played by a loop: every morning the tick runs (decision 5) and a dispatcher hands what it
 * and the day's changes raised to a sender that prints each notification (decision 4).
 */
final class ThirdLineStage {
  static final LocalDate OPENS = LocalDate.of(2010, 10, 21);
  static final LocalDate CLOSES = LocalDate.of(2010, 12, 10);

  private final PilotFixture f;
  private int sent;

  ThirdLineStage(PilotFixture f) {
    this.f = f;
  }

  /** Walks the warning and its item day by day, ticking and dispatching every morning. */
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
    try (Dispatcher dispatcher = f.lianfang.dispatcher(console)) {
      for (LocalDate day = OPENS; !day.isAfter(CLOSES); day = day.plusDays(1)) {
        f.clock.advanceTo(day);
        TickReport tick = f.lianfang.schedule().tick();
        if (tick.deadlines() > 0) {
          f.log("每日例行检查（tick）：到期提醒 " + tick.reminders() + " 项，逾期 " + tick.overdue() + " 项");
        }
        switch (day.toString()) {
          case "2010-10-21" -> {
            warning = f.lianfang.monitoring().issueWarning(f.inspector, new IssueWarning(unit.id(),
                Optional.empty(), Optional.empty(), List.of(finding.id()), WarningLevel.REMINDER, WarningOrigin.REPORT,
                "昆纪预〔2010〕1号", "群众通过举报箱反映该风险点所涉业务存在超时限办理问题",
                "收到通知后七日内书面说明情况，提出整改措施", leader)).orElseThrow();
            f.log("市纪委向" + unit.name() + "发出预警通知书（提醒，P-18）");
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
          case "2010-11-05" -> {
            f.lianfang.monitoring().stepWarning(f.inspector, WarningStep.failVerification(warning,
                "抽查十件仍有三件超时")).orElseThrow();
            f.log("验证未通过：预警升级为告诫，十日内重新回复");
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
          case "2010-11-19" -> {
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
            f.log("预警验证通过，销号");
          }
          default -> { }
        }
        dispatcher.drain(100);
      }
    }
    f.log("第三道防线：共发出通知 " + sent + " 条（每条经主机的发送通道，至少一次，按幂等键去重）");
  }

  private void print(Notification n) {
    sent++;
    f.out.println("            → 通知 " + n.recipient().substring(0, n.recipient().indexOf(':')) + "：" + n.subjectZh()
        + " —— " + n.bodyZh());
  }
}
